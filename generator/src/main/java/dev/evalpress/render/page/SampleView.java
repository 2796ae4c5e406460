package dev.evalpress.render.page;

import dev.evalpress.model.DegenerationReport;
import dev.evalpress.model.Message;
import dev.evalpress.model.RepetitionLoop;
import dev.evalpress.model.ReviewedSample;
import dev.evalpress.model.Sample;
import dev.evalpress.model.SamplePolicy;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One sample as a page or a card shows it, with the publishing policy's redactions applied. The
 * output is split around the repeated span so templates can mark it without computing anything;
 * every string stays text, escaped by the templates.
 */
public record SampleView(
    String id,
    String condition,
    String verdict,
    boolean flagged,
    boolean alarm,
    String score,
    String rationale,
    String degeneration,
    boolean degenerate,
    List<Message> input,
    String outputBefore,
    String outputLoop,
    String outputAfter,
    boolean longOutput,
    String outputPreview,
    int outputLength,
    List<Fact> metadata,
    Link page) {

  static final String REDACTED = "[redacted]";

  /** Outputs longer than this are collapsed behind a "show" control. */
  static final int LONG = 3000;

  public static SampleView of(
      ReviewedSample reviewed, SamplePolicy policy, VerdictWords words, Link page) {
    Sample s = reviewed.sample();
    DegenerationReport d = reviewed.degeneration();
    String output = policy.redacts("output") ? REDACTED : s.output();
    int start = 0;
    int end = 0;
    if (!policy.redacts("output") && d.degenerate() && d.loop().isPresent()) {
      start = d.loop().get().start();
      end = d.loop().get().end();
    }
    List<Message> input =
        policy.redacts("input") ? List.of(new Message("input", REDACTED)) : s.input();
    List<Fact> metadata =
        s.metadata().entrySet().stream()
            .map(
                e ->
                    new Fact(
                        e.getKey(),
                        policy.redacts("metadata." + e.getKey()) ? REDACTED : e.getValue()))
            .toList();
    return new SampleView(
        s.id(),
        s.condition().label(),
        words.word(s.verdict()),
        s.verdict(),
        words.alarm(s.verdict()),
        s.score().isPresent() ? String.format(Locale.ROOT, "%.3f", s.score().getAsDouble()) : "",
        policy.redacts("rationale") ? REDACTED : s.rationale().orElse(""),
        describe(d, policy.degeneration().seqRepN()),
        d.degenerate(),
        input,
        output.substring(0, start),
        output.substring(start, end),
        output.substring(end),
        output.length() > LONG,
        output.substring(0, Math.min(output.length(), 600)),
        output.length(),
        metadata,
        page);
  }

  /**
   * {@code degenerate: a 6-token phrase repeated 5 times at the end · seq-rep-4 0.62 over 40
   * tokens}
   */
  static String describe(DegenerationReport d, int n) {
    String seqRep =
        String.format(Locale.ROOT, "seq-rep-%d %.2f over %d tokens", n, d.seqRep(), d.tokens());
    if (d.loop().isEmpty()) {
      return "no repetition at the end · " + seqRep;
    }
    RepetitionLoop loop = d.loop().get();
    return (d.degenerate() ? "degenerate: " : "not a loop: ")
        + "a "
        + loop.phraseLength()
        + "-token phrase repeated "
        + loop.repeats()
        + " times at the end · "
        + seqRep;
  }

  /** Data attributes for the list's filter script. */
  public Map<String, String> filters() {
    return Map.of(
        "verdict", flagged ? "flagged" : "not-flagged", "degenerate", degenerate ? "yes" : "no");
  }
}
