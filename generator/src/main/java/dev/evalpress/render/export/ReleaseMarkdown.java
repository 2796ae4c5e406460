package dev.evalpress.render.export;

import dev.evalpress.analyse.EvalComparison;
import dev.evalpress.analyse.ReleaseSummary;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.model.StatisticsSettings;
import dev.evalpress.model.TrainingRun;
import dev.evalpress.render.format.FindingText;
import dev.evalpress.render.page.SitePaths;
import java.util.List;
import java.util.Optional;

/**
 * A release summary as GitHub-flavoured Markdown, for a release or a pull-request comment: the
 * gate's verdict, a table per group of evals, training runs, footnotes for the methods and the
 * inputs' provenance. Kept under {@link #LIMIT} characters (GitHub cuts release bodies at 125,000):
 * the input digests go first, then the other evals' rows, each cut said in the text.
 */
public final class ReleaseMarkdown {

  /** The most characters a summary may have. */
  public static final int LIMIT = 100_000;

  private ReleaseMarkdown() {}

  /**
   * @param baseUrl the published site's address, for links to its pages; empty for no links
   */
  public static String render(
      ReleaseSummary release,
      StatisticsSettings statistics,
      Provenance provenance,
      Optional<String> baseUrl) {
    String full = render(release, statistics, provenance, baseUrl, Integer.MAX_VALUE, true);
    if (full.length() <= LIMIT) {
      return full;
    }
    String noDigests = render(release, statistics, provenance, baseUrl, Integer.MAX_VALUE, false);
    if (noDigests.length() <= LIMIT) {
      return noDigests;
    }
    int others = release.others().size();
    while (others > 0) {
      others /= 2;
      String cut = render(release, statistics, provenance, baseUrl, others, false);
      if (cut.length() <= LIMIT) {
        return cut;
      }
    }
    return render(release, statistics, provenance, baseUrl, 0, false);
  }

  private static String render(
      ReleaseSummary release,
      StatisticsSettings statistics,
      Provenance provenance,
      Optional<String> baseUrl,
      int otherRows,
      boolean digests) {
    ModelVersion model = release.summary().model();
    StringBuilder md = new StringBuilder();
    md.append("# Release summary: ")
        .append(link(MarkdownText.escape(model.name()), baseUrl, SitePaths.model(model.id())))
        .append("\n\n");
    if (release.passes()) {
      md.append("**Release gate: passed.** No tracked eval regresses or breaches its threshold.\n");
    } else {
      md.append("**Release gate: failed.** ")
          .append(release.findings().size())
          .append(release.findings().size() == 1 ? " finding" : " findings")
          .append(" on tracked evals:\n\n");
      release
          .findings()
          .forEach(
              f ->
                  md.append("- ")
                      .append(MarkdownText.escape(f.kind().label()))
                      .append(": ")
                      .append(MarkdownText.escape(FindingText.describe(f)))
                      .append('\n'));
    }
    md.append('\n');
    md.append("Model version: `")
        .append(code(model.id()))
        .append("`")
        .append(model.released().map(d -> ", released " + d).orElse(""))
        .append(
            release
                .summary()
                .predecessor()
                .map(p -> "; predecessor " + MarkdownText.escape(p.name()))
                .orElse("; no predecessor"))
        .append(".\n\n");
    String level = statistics.levelLabel();
    table(md, "Tracked evals", release.tracked(), release, level, baseUrl, Integer.MAX_VALUE);
    if (!release.trackedNotMeasured().isEmpty()) {
      md.append("Tracked evals not measured on this version: ")
          .append(
              String.join(
                  ", ",
                  release.trackedNotMeasured().stream().map(id -> "`" + code(id) + "`").toList()))
          .append(".\n\n");
    }
    table(md, "Other evals measured on it", release.others(), release, level, baseUrl, otherRows);
    runs(md, release.runs(), baseUrl);
    md.append("## Provenance\n\n");
    md.append("- evalpress ").append(MarkdownText.escape(provenance.version())).append('\n');
    md.append("- Built: ")
        .append(
            provenance
                .built()
                .map(i -> i.toString() + " (SOURCE\\_DATE\\_EPOCH)")
                .orElse("undated (SOURCE\\_DATE\\_EPOCH not set)"))
        .append('\n');
    md.append("- Inputs: ").append(provenance.inputs().size()).append(" files");
    if (digests) {
      md.append(", SHA-256:\n\n");
      provenance
          .inputs()
          .forEach(
              d ->
                  md.append("  - `")
                      .append(d.sha256())
                      .append("` ")
                      .append(MarkdownText.escape(d.path()))
                      .append('\n'));
    } else {
      md.append(" (their SHA-256 digests are left out to keep this under ")
          .append(LIMIT)
          .append(" characters; the JSON export lists them)\n");
    }
    md.append('\n');
    md.append("[^interval]: Rates are pooled over conditions; intervals are ")
        .append(level)
        .append(' ')
        .append(
            "clopper-pearson".equals(statistics.interval()) ? "Clopper-Pearson" : "Wilson score")
        .append(" intervals for rates and normal intervals for scores.\n");
    md.append("[^change]: The change is the difference from the baseline (the predecessor, or the")
        .append(" nearest earlier version measured on the eval) with a ")
        .append(level)
        .append(" Newcombe hybrid score interval for rates (normal for scores). Verdicts come from")
        .append(" the named test at alpha = ")
        .append(statistics.alpha())
        .append("; \"no detectable change\" does not mean no change.\n");
    return md.toString();
  }

  private static void table(
      StringBuilder md,
      String heading,
      List<EvalComparison> evals,
      ReleaseSummary release,
      String level,
      Optional<String> baseUrl,
      int rows) {
    md.append("## ").append(heading).append("\n\n");
    if (evals.isEmpty()) {
      md.append("None.\n\n");
      return;
    }
    md.append("| Eval | Value | ")
        .append(level)
        .append(" CI[^interval] | n | Baseline | Change | ")
        .append(level)
        .append(" CI of change[^change] | Verdict and test |\n");
    md.append("|---|--:|--:|--:|---|--:|--:|---|\n");
    int shown = Math.min(rows, evals.size());
    for (EvalComparison e : evals.subList(0, shown)) {
      ReleaseRow r = ReleaseRow.of(e, release.summary().predecessor());
      md.append("| ")
          .append(link(MarkdownText.escape(r.title()), baseUrl, SitePaths.eval(r.evalId())))
          .append(" `")
          .append(code(r.evalId()))
          .append("` | ")
          .append(MarkdownText.escape(r.value()))
          .append(" | ")
          .append(MarkdownText.escape(r.interval()))
          .append(" | ")
          .append(r.n())
          .append(" | ")
          .append(r.baseline().isEmpty() ? "none" : MarkdownText.escape(r.baseline()))
          .append(" | ")
          .append(MarkdownText.escape(r.change()))
          .append(" | ")
          .append(MarkdownText.escape(r.changeInterval()))
          .append(" | ")
          .append(MarkdownText.escape(r.verdictWithTest()))
          .append(" |\n");
    }
    md.append('\n');
    if (shown < evals.size()) {
      md.append(evals.size() - shown)
          .append(" more rows left out to keep this under ")
          .append(LIMIT)
          .append(" characters; the JSON and HTML exports have every row.\n\n");
    }
  }

  private static void runs(StringBuilder md, List<TrainingRun> runs, Optional<String> baseUrl) {
    md.append("## Training runs that produced it\n\n");
    if (runs.isEmpty()) {
      md.append("None recorded.\n\n");
      return;
    }
    for (TrainingRun run : runs) {
      md.append("- ")
          .append(link(MarkdownText.escape(run.title()), baseUrl, SitePaths.run(run.id())))
          .append(run.method().map(m -> " (" + MarkdownText.escape(m) + ")").orElse(""))
          .append('\n');
    }
    md.append('\n');
  }

  /** {@code [text](base/path)}, or the text alone without a base address. */
  private static String link(String text, Optional<String> baseUrl, String path) {
    return baseUrl.map(b -> "[" + text + "](<" + url(b, path) + ">)").orElse(text);
  }

  static String url(String base, String path) {
    String joined = (base.endsWith("/") ? base : base + "/") + path;
    return joined.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E");
  }

  /** A code span's text: a backtick would end it, so it becomes an apostrophe-free placeholder. */
  private static String code(String text) {
    return text.replace('`', '\'').replace('\n', ' ').replace('|', '/');
  }
}
