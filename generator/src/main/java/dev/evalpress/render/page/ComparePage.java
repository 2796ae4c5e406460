package dev.evalpress.render.page;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.analyse.ModelSummary;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.model.SiteSettings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compare page, {@code compare/index.html}: a picker of two versions whose comparison, on every
 * eval both were measured on, {@code compare.js} computes in the browser from {@link CompareData}.
 * Any of the n² pairs is reachable from one page and one data file. The picker's choice lives in
 * the query string ({@code ?a=BEFORE&b=AFTER}), so a comparison can be linked. Without JavaScript
 * the page says so and links to each model page, which compares the version with its predecessor.
 */
public final class ComparePage {

  public static final String PATH = "compare/index.html";
  public static final String DATA = "compare/data.js";
  public static final String SCRIPT = "assets/compare.js";

  /** A version in the picker. */
  public record Option(String id, String name) {}

  /** The versions of one family, in release order. */
  public record Family(String name, List<Option> versions) {}

  /** A version's page, and the predecessor it is compared with there (null for none). */
  public record Fallback(Link model, String predecessor) {}

  /** Everything the compare template shows. */
  public record View(List<Family> families, List<Fallback> fallbacks, String data, String script) {}

  private ComparePage() {}

  /** The page and its data file. */
  public static List<RenderedPage> render(
      SiteSettings settings, Analysis analysis, TemplateRenderer templates) {
    Map<String, List<Option>> byFamily = new LinkedHashMap<>();
    List<Fallback> fallbacks = new ArrayList<>();
    for (ModelSummary m : analysis.models()) {
      ModelVersion v = m.model();
      byFamily
          .computeIfAbsent(v.family(), f -> new ArrayList<>())
          .add(new Option(v.id(), v.name()));
      fallbacks.add(
          new Fallback(
              new Link(v.name(), SitePaths.relative(PATH, SitePaths.model(v.id()))),
              m.predecessor().map(ModelVersion::name).orElse(null)));
    }
    List<Family> families =
        byFamily.entrySet().stream().map(e -> new Family(e.getKey(), e.getValue())).toList();
    View view =
        new View(
            families, fallbacks, SitePaths.relative(PATH, DATA), SitePaths.relative(PATH, SCRIPT));
    String html =
        templates.page(
            "compare",
            Map.of("chrome", Chrome.of(settings, "Compare two versions", PATH), "page", view));
    return List.of(
        new RenderedPage(PATH, html, List.of()),
        new RenderedPage(DATA, CompareData.script(analysis), List.of()));
  }

  /**
   * The link from the page at {@code from} to the comparison of {@code before} (null: let the page
   * choose) with {@code after}.
   */
  public static String href(String from, String before, String after) {
    return SitePaths.relative(from, PATH)
        + (before == null ? "?" : "?a=" + encode(before) + "&")
        + "b="
        + encode(after);
  }

  private static String encode(String id) {
    // %20 rather than '+' for a space: the page decodes with URLSearchParams, which reads both
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
