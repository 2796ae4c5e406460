package dev.evalpress.render.page;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.analyse.EvalComparison;
import dev.evalpress.analyse.ModelSummary;
import dev.evalpress.analyse.Verdict;
import dev.evalpress.model.SiteSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The models index ({@code models/index.html}): every model version grouped by family (families in
 * name order, versions in release order), each with how many evals it was measured on and how many
 * of their pooled rates improved, regressed or did not detectably change against its nearest
 * measured ancestor. One row per version, so the page grows with versions only.
 */
public final class ModelIndexPage {

  /** One version; {@code predecessor} is null without one, {@code released} empty when undated. */
  public record VersionRow(
      Link version,
      String family,
      String released,
      Link predecessor,
      int evals,
      int improved,
      int regressed,
      int unchanged,
      String findings) {}

  /** The versions of one family, in release order. */
  public record Family(String name, String anchor, List<VersionRow> versions) {}

  /** Everything the models index template shows. */
  public record View(int count, List<Link> families, List<Family> groups) {}

  static final String PATH = SitePaths.MODELS_INDEX;

  private ModelIndexPage() {}

  public static RenderedPage render(
      SiteSettings settings, Analysis analysis, TemplateRenderer templates) {
    Map<String, List<VersionRow>> byFamily = new TreeMap<>();
    for (ModelSummary m : analysis.models()) {
      byFamily.computeIfAbsent(m.model().family(), f -> new ArrayList<>()).add(row(PATH, m));
    }
    List<Family> groups = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, List<VersionRow>> f : byFamily.entrySet()) {
      // families are free text: the anchor is their position, so any name makes a valid id
      groups.add(new Family(f.getKey(), "family-" + ++n, f.getValue()));
    }
    View view =
        new View(
            analysis.models().size(),
            groups.stream()
                .map(g -> new Link(g.name() + " (" + g.versions().size() + ")", "#" + g.anchor()))
                .toList(),
            groups);
    String html =
        templates.page(
            "models", Map.of("chrome", Chrome.of(settings, "Models", PATH), "page", view));
    return new RenderedPage(PATH, html, List.of());
  }

  /** A version's row, with links relative to the page at {@code path}. */
  static VersionRow row(String path, ModelSummary m) {
    int improved = 0;
    int regressed = 0;
    int unchanged = 0;
    int findings = 0;
    for (EvalComparison e : m.evals()) {
      Verdict verdict = e.pooledComparison().map(c -> c.verdict()).orElse(null);
      if (verdict == Verdict.IMPROVED) {
        improved++;
      } else if (verdict == Verdict.REGRESSED) {
        regressed++;
      } else if (verdict == Verdict.NO_DETECTABLE_CHANGE) {
        unchanged++;
      }
      findings += e.findings().size();
    }
    return new VersionRow(
        new Link(m.model().name(), SitePaths.relative(path, SitePaths.model(m.model().id()))),
        m.model().family(),
        m.model().released().map(Object::toString).orElse(""),
        m.predecessor()
            .map(p -> new Link(p.name(), SitePaths.relative(path, SitePaths.model(p.id()))))
            .orElse(null),
        m.evals().size(),
        improved,
        regressed,
        unchanged,
        findings == 0 ? "" : findings + (findings == 1 ? " finding" : " findings"));
  }
}
