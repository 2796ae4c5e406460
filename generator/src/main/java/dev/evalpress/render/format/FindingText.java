package dev.evalpress.render.format;

import dev.evalpress.analyse.PolicyFinding;

/** A policy finding as one sentence, for pages and for the release gate's output. */
public final class FindingText {

  private FindingText() {}

  /** {@code blackmail_rate of Claude Opus 4 is 74.3%, above the threshold 5%}. */
  public static String describe(PolicyFinding f) {
    String subject = f.eval().metric() + " of " + f.model().name();
    if (f.kind() == PolicyFinding.Kind.BREACH) {
      double t = f.threshold().getAsDouble();
      boolean above = f.eval().direction() == dev.evalpress.model.Direction.LOWER_IS_BETTER;
      String value = EstimateText.value(f.value());
      String threshold = f.value().isRate() ? EstimateText.percent(t) : EstimateText.number(t);
      if (value.equals(threshold)) {
        // Rounded to the same text: show enough digits that "above" is visible.
        value =
            f.value().isRate()
                ? EstimateText.significant(f.value().value() * 100, 4) + "%"
                : EstimateText.significant(f.value().value(), 6);
      }
      return subject
          + " is "
          + value
          + ", "
          + (above ? "above" : "below")
          + " the threshold "
          + threshold;
    }
    return subject
        + " regressed"
        + since(f.predecessor(), f.baseline())
        + ": "
        + EstimateText.delta(f.comparison().orElseThrow());
  }

  /**
   * Nothing when the version was compared with its predecessor; otherwise which version it was
   * compared with, since a reader would assume the predecessor: {@code since A, the nearest version
   * before it measured on this eval (its predecessor B was not)}.
   */
  public static String since(
      java.util.Optional<dev.evalpress.model.ModelVersion> predecessor,
      java.util.Optional<dev.evalpress.model.ModelVersion> baseline) {
    if (baseline.isEmpty()
        || predecessor.isEmpty()
        || predecessor.get().id().equals(baseline.get().id())) {
      return "";
    }
    return " since "
        + baseline.get().name()
        + ", the nearest version before it measured on this eval (its"
        + " predecessor "
        + predecessor.get().name()
        + " was not)";
  }

  /**
   * The policy of a tracked eval: {@code Tracked · threshold 5% · regressions fail the release
   * gate}.
   */
  public static String policy(dev.evalpress.model.TrackedEval t, boolean rate) {
    String threshold =
        t.threshold().isPresent()
            ? " · threshold "
                + (rate
                    ? EstimateText.percent(t.threshold().getAsDouble())
                    : EstimateText.number(t.threshold().getAsDouble()))
            : "";
    return "Tracked"
        + threshold
        + " · regressions "
        + (t.allowRegression() ? "allowed" : "fail the release gate");
  }

  /** {@code agentic-misalignment/blackmail · opus-4: <sentence>}, for the command line. */
  public static String line(PolicyFinding f) {
    return f.kind().label() + ": " + f.eval().id() + " on " + f.model().id() + ": " + describe(f);
  }
}
