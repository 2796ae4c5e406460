package dev.evalpress.render.page;

import dev.evalpress.model.SiteSettings;
import java.util.List;
import java.util.Map;

/** The Methods page: every statistical method the site uses, with its formula and reference. */
public final class MethodsPage {

  /** The settings the page states: interval method, level and alpha. */
  public record View(String intervalMethod, String level, String alpha) {}

  private MethodsPage() {}

  public static RenderedPage render(SiteSettings settings, TemplateRenderer templates) {
    String path = SitePaths.METHODS;
    View view =
        new View(
            Labels.intervalMethod(settings.statistics()),
            settings.statistics().levelLabel(),
            Labels.alpha(settings.statistics()));
    String html =
        templates.page(
            "methods", Map.of("chrome", Chrome.of(settings, "Methods", path), "page", view));
    return new RenderedPage(path, html, List.of());
  }
}
