package dev.evalpress.model;

import java.util.List;
import java.util.Optional;

/**
 * The site's settings; every field has a default so {@code evalpress.yaml} is optional ({@code
 * description} is empty unless set). {@code tracked} lists the evals on the dashboard and under the
 * release gate; when empty, every eval is shown and none is gated. {@code results} says how result
 * folders are read ({@code ignore}, {@code imports}, {@code evals}).
 */
public record SiteSettings(
    String title,
    Optional<String> description,
    StatisticsSettings statistics,
    List<TrackedEval> tracked,
    List<SamplePolicy> samples,
    ResultSettings results) {

  /**
   * No description: the render stage describes the site from what it holds, so the words are true
   * of it.
   */
  public static final SiteSettings DEFAULT =
      new SiteSettings(
          "Evaluation reports",
          Optional.empty(),
          StatisticsSettings.DEFAULT,
          List.of(),
          List.of(),
          ResultSettings.NONE);

  public SiteSettings {
    tracked = List.copyOf(tracked);
    samples = List.copyOf(samples);
  }

  /** The sample policy of an eval: as set under {@code samples}, or the defaults. */
  public SamplePolicy samplePolicy(String evalId) {
    return samples.stream()
        .filter(s -> s.evalId().equals(evalId))
        .findFirst()
        .orElse(SamplePolicy.defaults(evalId));
  }

  public Optional<TrackedEval> tracked(String evalId) {
    return tracked.stream().filter(t -> t.evalId().equals(evalId)).findFirst();
  }
}
