package dev.evalpress.load.samples;

import dev.evalpress.load.degeneration.DegenerationDetector;
import dev.evalpress.model.ReviewedSample;
import dev.evalpress.model.Sample;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Aggregates one eval's samples as they stream: counts per cell, and per model version (or run) the
 * {@code cap} samples whose ids hash lowest — a choice that depends only on the ids, so the
 * published set is the same whatever the file order or thread count. Not thread-safe: the reader
 * gives each worker its own aggregate and merges them.
 */
public final class SampleAggregate implements SampleSink<SampleAggregate> {

  /**
   * Retained samples in publishing order: by id hash, then id, then line. Ids may repeat within a
   * log; without the line, which of two equal ids is kept would depend on which worker saw it
   * first.
   */
  static final Comparator<Retained> ORDER =
      Comparator.comparingLong(Retained::hash)
          .thenComparing(r -> r.sample().sample().id())
          .thenComparingInt(r -> r.sample().sample().source().line());

  record Retained(long hash, ReviewedSample sample) {}

  private final DegenerationDetector detector;
  private final int cap;
  private final Map<SampleCell, CellCounts> counts = new HashMap<>();
  private final Map<String, PriorityQueue<Retained>> retained = new HashMap<>();

  public SampleAggregate(DegenerationDetector detector, int cap) {
    this.detector = detector;
    this.cap = cap;
  }

  @Override
  public void accept(Sample sample) {
    // Counting needs only the loop at the end; the full report (seq-rep reads every token) is made
    // for the
    // few samples that may be published.
    boolean degenerate = detector.detectLoop(sample.output()).degenerate();
    String owner = sample.modelId().orElseGet(() -> sample.runId().orElseThrow());
    SampleCell cell =
        new SampleCell(
            sample.evalId(),
            owner,
            sample.runId().isPresent(),
            sample.step().orElse(-1),
            sample.condition());
    counts.merge(
        cell, new CellCounts(1, sample.verdict() ? 1 : 0, degenerate ? 1 : 0), CellCounts::plus);
    if (cap > 0) {
      String key = ownerKey(sample);
      long hash = hash(sample.id());
      PriorityQueue<Retained> queue = retained.get(key);
      if (queue == null
          || queue.size() < cap
          || ORDER.compare(probe(hash, sample), queue.peek()) < 0) {
        keep(key, new Retained(hash, new ReviewedSample(sample, detector.detect(sample.output()))));
      }
    }
  }

  /** A stand-in to compare a candidate with the queue's worst before doing the full detection. */
  private static Retained probe(long hash, Sample sample) {
    return new Retained(hash, new ReviewedSample(sample, null));
  }

  @Override
  public void merge(SampleAggregate other) {
    other.counts.forEach((cell, c) -> counts.merge(cell, c, CellCounts::plus));
    other.retained.forEach((owner, queue) -> queue.forEach(r -> keep(owner, r)));
  }

  /** Adds counts made elsewhere (a part of a log read by another process) to a cell. */
  void add(SampleCell cell, CellCounts c) {
    counts.merge(cell, c, CellCounts::plus);
  }

  /** Counts per cell, in cell order. */
  public Map<SampleCell, CellCounts> counts() {
    return new TreeMap<>(counts);
  }

  /**
   * The key of a sample's owner in {@link #published()}: {@code models/ID} or {@code runs/ID}, so a
   * model and a run of the same name never mix.
   */
  public static String ownerKey(Sample sample) {
    return sample
        .modelId()
        .map(m -> "models/" + m)
        .orElseGet(() -> "runs/" + sample.runId().orElseThrow());
  }

  /** The published samples of each owner ({@link #ownerKey}), in publishing order. */
  public Map<String, List<ReviewedSample>> published() {
    Map<String, List<ReviewedSample>> out = new TreeMap<>();
    retained.forEach(
        (owner, queue) -> {
          List<Retained> sorted = new ArrayList<>(queue);
          sorted.sort(ORDER);
          out.put(owner, sorted.stream().map(Retained::sample).toList());
        });
    return out;
  }

  private void keep(String owner, Retained r) {
    // A max-heap of the cap lowest hashes: the head is the first to drop.
    PriorityQueue<Retained> queue =
        retained.computeIfAbsent(owner, o -> new PriorityQueue<>(ORDER.reversed()));
    queue.add(r);
    if (queue.size() > cap) {
      queue.poll();
    }
  }

  /** FNV-1a over the id's UTF-8 bytes, then a 64-bit finaliser: stable across JVMs and versions. */
  static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
