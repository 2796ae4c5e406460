package dev.evalpress.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The published samples: by eval, then by model version or training run, each list in publishing
 * order, and how many samples each has in all. Empty for evals whose transcripts are not published.
 * The load stage fills it while sample logs stream, keeping only these capped few.
 */
public record SampleLibrary(
    Map<String, Map<String, List<ReviewedSample>>> byEval, Map<String, Long> totals) {

  public static final SampleLibrary EMPTY = new SampleLibrary(Map.of(), Map.of());

  public SampleLibrary {
    byEval = Collections.unmodifiableMap(new TreeMap<>(byEval));
    totals = Collections.unmodifiableMap(new TreeMap<>(totals));
  }

  /**
   * How many samples an owner ({@code models/ID} or {@code runs/ID}) has in an eval, published or
   * not.
   */
  public long total(String evalId, String owner) {
    return totals.getOrDefault(totalKey(evalId, owner), 0L);
  }

  /** The key of {@link #totals}: an eval and an owner, joined by a character no id holds. */
  public static String totalKey(String evalId, String owner) {
    return evalId + "\u0000" + owner;
  }

  public List<ReviewedSample> samples(String evalId, String owner) {
    return byEval.getOrDefault(evalId, Map.of()).getOrDefault(owner, List.of());
  }

  public Optional<ReviewedSample> find(String evalId, String owner, String sampleId) {
    return samples(evalId, owner).stream()
        .filter(s -> s.sample().id().equals(sampleId))
        .findFirst();
  }
}
