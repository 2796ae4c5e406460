package dev.evalpress.analyse.samples;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The published samples: by eval, then by model version or training run, each list in publishing order.
 * Empty for evals whose transcripts are not published.
 */
public record SampleLibrary(Map<String, Map<String, List<ReviewedSample>>> byEval, Map<String, Long> totals) {

  public static final SampleLibrary EMPTY = new SampleLibrary(Map.of(), Map.of());

  public SampleLibrary {
    byEval = Collections.unmodifiableMap(new TreeMap<>(byEval));
    totals = Collections.unmodifiableMap(new TreeMap<>(totals));
  }

  /** How many samples an owner ({@code models/ID} or {@code runs/ID}) has in an eval, published or not. */
  public long total(String evalId, String owner) {
    return totals.getOrDefault(evalId + "\u0000" + owner, 0L);
  }

  public static SampleLibrary of(List<LogAggregate> logs) {
    Map<String, Map<String, List<ReviewedSample>>> byEval = new TreeMap<>();
    Map<String, Long> totals = new TreeMap<>();
    for (LogAggregate log : logs) {
      log.aggregate().counts().forEach((cell, c) -> totals.merge(
          cell.evalId() + "\u0000" + (cell.run() ? "runs/" : "models/") + cell.owner(), c.samples(), Long::sum));
      Map<String, List<ReviewedSample>> owners = byEval.computeIfAbsent(log.header().eval().id(), e -> new TreeMap<>());
      log.aggregate().published().forEach((owner, samples) -> {
        if (!samples.isEmpty()) {
          owners.merge(owner, samples, (a, b) -> {
            List<ReviewedSample> all = new java.util.ArrayList<>(a);
            all.addAll(b);
            return List.copyOf(all);
          });
        }
      });
    }
    byEval.values().removeIf(Map::isEmpty);
    return new SampleLibrary(byEval, totals);
  }

  public List<ReviewedSample> samples(String evalId, String owner) {
    return byEval.getOrDefault(evalId, Map.of()).getOrDefault(owner, List.of());
  }

  public Optional<ReviewedSample> find(String evalId, String owner, String sampleId) {
    return samples(evalId, owner).stream().filter(s -> s.sample().id().equals(sampleId)).findFirst();
  }
}
