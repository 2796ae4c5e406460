package dev.evalpress.render.export;

import dev.evalpress.analyse.EvalComparison;
import dev.evalpress.analyse.PolicyFinding;
import dev.evalpress.analyse.ReleaseSummary;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.model.StatisticsSettings;
import dev.evalpress.model.TrainingRun;
import dev.evalpress.render.format.FindingText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

  private static final String STYLESHEET = "/dev/evalpress/assets/style.css";

  /** Additions for the export only, after the site's rules so they win ties. */
  private static final String EXPORT_CSS =
      """

      /* release export */
      .gate { padding: 0.5em 0.75em; border: 2px solid currentColor; }
      .gate.passed { color: inherit; }
      .gate.failed { font-weight: bold; }
      .digests { font-size: 0.8em; overflow-wrap: anywhere; }
      @media print { details { display: block; } details > * { display: block; } }
      """;

  private ReleaseHtml() {}

  public static String render(
      ReleaseSummary release, StatisticsSettings statistics, Provenance provenance) {
    String css = stylesheet() + EXPORT_CSS;
    ModelVersion model = release.summary().model();
    String level = statistics.levelLabel();
    StringBuilder h = new StringBuilder(32_768);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("img-src data:; style-src '")
        .append(sha256Base64(css))
        .append("'; script-src 'none'; base-uri 'none'; form-action 'none'\">\n");
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<meta name=\"color-scheme\" content=\"light dark\">\n");
    h.append("<title>Release summary: ").append(HtmlText.escape(model.name())).append("</title>\n");
    h.append("<style>").append(css).append("</style>\n</head>\n<body>\n<main class=\"wide\">\n");
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

  private static void provenance(StringBuilder h, Provenance p) {
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

  private static String stylesheet() {
    try (InputStream in = ReleaseHtml.class.getResourceAsStream(STYLESHEET)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + STYLESHEET);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code sha256-…} of the text as UTF-8, the CSP source that allows exactly that style. */
  static String sha256Base64(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
