package dev.evalpress.model;

import java.util.List;

/**
 * How an eval's samples are published and checked: whether transcripts are included, how many
 * samples at most are shown (chosen deterministically), which fields are redacted ({@code input},
 * {@code output}, {@code rationale}, {@code metadata} or {@code metadata.KEY}), and the
 * degeneration detector's thresholds.
 */
public record SamplePolicy(
    String evalId,
    boolean publish,
    int cap,
    List<String> redact,
    DegenerationThresholds degeneration,
    dev.evalpress.model.Source source) {

  /**
   * Transcripts published, at most 200 per eval and model version, nothing redacted, published
   * thresholds; its source is the settings file, which does not hold it.
   */
  public static SamplePolicy defaults(String evalId) {
    return new SamplePolicy(
        evalId,
        true,
        200,
        List.of(),
        DegenerationThresholds.DEFAULT,
        dev.evalpress.model.Source.file("evalpress.yaml"));
  }

  public SamplePolicy {
    redact = List.copyOf(redact);
  }

  /** True when {@code field} (such as {@code metadata.email}) is redacted by this policy. */
  public boolean redacts(String field) {
    return redact.contains(field) || field.startsWith("metadata.") && redact.contains("metadata");
  }
}
