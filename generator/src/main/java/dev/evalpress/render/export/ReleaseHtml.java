package dev.evalpress.render.export;

import dev.evalpress.analyse.EvalComparison;
import dev.evalpress.analyse.PolicyFinding;
import dev.evalpress.analyse.ReleaseSummary;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.model.StatisticsSettings;
import dev.evalpress.model.TrainingRun;
import dev.evalpress.render.figure.Figure;
import dev.evalpress.render.format.FindingText;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A release summary as one self-contained HTML file to attach or mail: the site's stylesheet
 * inlined (so it looks like the site, light and dark, and prints the same), no script, and nothing
 * loaded from any host or file. The CSP allows exactly the inlined stylesheet by its SHA-256, which
 * is computed here, since a standalone file cannot load {@code style.css} from {@code 'self'}. Dark
 * mode and print rules are the site's own, so the export follows the site's stylesheet as it
 * changes.
 */
public final class ReleaseHtml {

  private ReleaseHtml() {}

  public static String render(
      ReleaseSummary release,
      StatisticsSettings statistics,
      Provenance provenance,
      List<Figure> trends) {
    ModelVersion model = release.summary().model();
    String level = statistics.levelLabel();
    StringBuilder h = new StringBuilder(32_768);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(StandaloneStyle.contentSecurityPolicy())
        .append("\">\n");
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<meta name=\"color-scheme\" content=\"light dark\">\n");
    h.append("<meta name=\"description\" content=\"Release summary of ")
        .append(HtmlText.escape(model.name()))
        .append(": every tracked eval with its interval, change and verdict\">\n");
    h.append("<title>Release summary: ").append(HtmlText.escape(model.name())).append("</title>\n");
    h.append("<style>")
        .append(StandaloneStyle.CSS)
        .append("</style>\n</head>\n<body>\n<main class=\"wide\">\n");
    h.append("<h1>Release summary: ").append(HtmlText.escape(model.name())).append("</h1>\n");
    h.append("<dl class=\"facts\"><dt>Version</dt><dd><code>")
        .append(HtmlText.escape(model.id()))
        .append("</code></dd>");
    model.released().ifPresent(d -> h.append("<dt>Released</dt><dd>").append(d).append("</dd>"));
    h.append("<dt>Predecessor</dt><dd>")
        .append(release.summary().predecessor().map(p -> HtmlText.escape(p.name())).orElse("none"))
        .append("</dd></dl>\n");
    gate(h, release.findings());
    table(h, "tracked", "Tracked evals", release.tracked(), release, level);
    if (!release.trackedNotMeasured().isEmpty()) {
      h.append("<p class=\"note\">Tracked evals not measured on this version: ")
          .append(
              String.join(
                  ", ",
                  release.trackedNotMeasured().stream()
                      .map(id -> "<code>" + HtmlText.escape(id) + "</code>")
                      .toList()))
          .append(".</p>\n");
    }
    trends(h, trends);
    table(h, "others", "Other evals measured on it", release.others(), release, level);
    runs(h, release.runs());
    methods(h, statistics);
    provenance(h, provenance);
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void gate(StringBuilder h, List<PolicyFinding> findings) {
    if (findings.isEmpty()) {
      h.append("<p class=\"gate passed\">Release gate: passed. No tracked eval regresses or")
          .append(" breaches its threshold.</p>\n");
      return;
    }
    h.append("<div class=\"gate failed\"><p>Release gate: failed. ")
        .append(findings.size())
        .append(findings.size() == 1 ? " finding" : " findings")
        .append(" on tracked evals:</p>\n<ul class=\"flags\">\n");
    for (PolicyFinding f : findings) {
      h.append("<li>")
          .append(HtmlText.escape(f.kind().label()))
          .append(": ")
          .append(HtmlText.escape(FindingText.describe(f)))
          .append("</li>\n");
    }
    h.append("</ul></div>\n");
  }

  private static void table(
      StringBuilder h,
      String id,
      String heading,
      List<EvalComparison> evals,
      ReleaseSummary release,
      String level) {
    h.append("<section id=\"").append(id).append("\">\n<h2>").append(heading).append("</h2>\n");
    if (evals.isEmpty()) {
      h.append("<p class=\"empty\">None.</p>\n</section>\n");
      return;
    }
    h.append(
            "<div class=\"table-scroll\"><table class=\"data\">\n<thead><tr><th scope=\"col\">Eval</th>")
        .append("<th scope=\"col\" class=\"num\">Value</th><th scope=\"col\" class=\"num\">")
        .append(level)
        .append(
            " CI</th><th scope=\"col\" class=\"num\">n</th><th scope=\"col\">Compared with</th>")
        .append(
            "<th scope=\"col\" class=\"num\">Then</th><th scope=\"col\" class=\"num\">Change</th>")
        .append("<th scope=\"col\" class=\"num\">")
        .append(level)
        .append(
            " CI of change</th><th scope=\"col\">Verdict and test</th></tr></thead>\n<tbody>\n");
    for (EvalComparison e : evals) {
      ReleaseRow r = ReleaseRow.of(e, release.summary().predecessor());
      h.append("<tr><th scope=\"row\">")
          .append(HtmlText.escape(r.title()))
          .append("<br><code>")
          .append(HtmlText.escape(r.evalId()))
          .append("</code></th><td class=\"num rate\">")
          .append(HtmlText.escape(r.value()))
          .append("</td><td class=\"num ci\">")
          .append(HtmlText.escape(r.interval()))
          .append("</td><td class=\"num\">")
          .append(r.n())
          .append("</td><td>")
          .append(r.baseline().isEmpty() ? "none" : HtmlText.escape(r.baseline()))
          .append("</td><td class=\"num\">")
          .append(HtmlText.escape(r.before()))
          .append("</td><td class=\"num\">")
          .append(HtmlText.escape(r.change()))
          .append("</td><td class=\"num ci\">")
          .append(HtmlText.escape(r.changeInterval()))
          .append("</td><td>")
          .append(HtmlText.escape(r.verdictWithTest()))
          .append(r.ratio().isEmpty() ? "" : "<br>" + HtmlText.escape(r.ratio()))
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table></div>\n</section>\n");
  }

  /** Each tracked eval's chart across versions, numbered in this file, its data beside it. */
  private static void trends(StringBuilder h, List<Figure> trends) {
    if (trends.isEmpty()) {
      return;
    }
    h.append("<section id=\"trends\">\n<h2>Tracked evals across versions</h2>\n");
    int n = 0;
    for (Figure f : trends) {
      n++;
      h.append("<figure class=\"figure\" id=\"figure-")
          .append(n)
          .append("\">\n<img src=\"data:image/svg+xml;base64,")
          .append(Base64.getEncoder().encodeToString(f.svg().getBytes(StandardCharsets.UTF_8)))
          .append("\" alt=\"")
          .append(HtmlText.escape(f.alt()))
          .append("\" width=\"720\" height=\"")
          .append(f.height())
          .append("\">\n<figcaption><span class=\"figure-number\">Figure ")
          .append(n)
          .append(".</span> ")
          .append(HtmlText.escape(f.caption()))
          .append("</figcaption>\n</figure>\n");
    }
    h.append("</section>\n");
  }

  private static void runs(StringBuilder h, List<TrainingRun> runs) {
    h.append("<section id=\"runs\">\n<h2>Training runs that produced it</h2>\n");
    if (runs.isEmpty()) {
      h.append("<p class=\"empty\">None recorded.</p>\n</section>\n");
      return;
    }
    h.append("<ul>\n");
    for (TrainingRun run : runs) {
      h.append("<li>")
          .append(HtmlText.escape(run.title()))
          .append(run.method().map(m -> " (" + HtmlText.escape(m) + ")").orElse(""))
          .append("</li>\n");
    }
    h.append("</ul>\n</section>\n");
  }

  private static void methods(StringBuilder h, StatisticsSettings statistics) {
    String level = statistics.levelLabel();
    h.append("<section id=\"methods\">\n<h2>Methods</h2>\n<p>Rates are pooled over conditions;")
        .append(" intervals are ")
        .append(level)
        .append(' ')
        .append(
            "clopper-pearson".equals(statistics.interval()) ? "Clopper-Pearson" : "Wilson score")
        .append(" intervals for rates and normal intervals for scores. The change is the")
        .append(" difference from the baseline (the predecessor, or the nearest earlier version")
        .append(" measured on the eval) with a ")
        .append(level)
        .append(" Newcombe hybrid score interval for rates (normal for scores). Verdicts come")
        .append(" from the named test at alpha = ")
        .append(statistics.alpha())
        .append("; \u201cno detectable change\u201d does not mean no change.</p>\n</section>\n");
  }

  /** The provenance section, shared with the report export. */
  static void provenance(StringBuilder h, Provenance p) {
    h.append("<section id=\"provenance\">\n<h2>Provenance</h2>\n<dl class=\"facts\">")
        .append("<dt>evalpress</dt><dd>")
        .append(HtmlText.escape(p.version()))
        .append("</dd><dt>Built</dt><dd>")
        .append(
            p.built()
                .map(i -> "<time datetime=\"" + i + "\">" + i + "</time> (SOURCE_DATE_EPOCH)")
                .orElse("undated (SOURCE_DATE_EPOCH not set)"))
        .append("</dd><dt>Inputs</dt><dd>")
        .append(p.inputs().size())
        .append(" files</dd></dl>\n<details><summary>SHA-256 of every input file</summary>\n")
        .append("<ul class=\"digests\">\n");
    for (Provenance.InputDigest d : p.inputs()) {
      h.append("<li><code>")
          .append(d.sha256())
          .append("</code> ")
          .append(HtmlText.escape(d.path()))
          .append("</li>\n");
    }
    h.append("</ul>\n</details>\n</section>\n");
  }
}
