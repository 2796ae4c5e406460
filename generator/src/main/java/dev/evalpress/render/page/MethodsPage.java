package dev.evalpress.render.page;

import dev.evalpress.model.DegenerationThresholds;
import dev.evalpress.model.SiteSettings;
import java.util.List;
import java.util.Map;

/** The Methods page: every statistical method the site uses, with its formula and reference. */
public final class MethodsPage {

  /**
   * The degeneration detector's thresholds as the page states them; {@code evalId} is null for the
   * site's defaults.
   */
  public record ThresholdsView(
      String evalId,
      int maxPhraseLength,
      int minPhraseLength,
      int minRepeatsForShortPhrases,
      int seqRepN) {

    static ThresholdsView of(String evalId, DegenerationThresholds t) {
      return new ThresholdsView(
          evalId,
          t.maxPhraseLength(),
          t.minPhraseLength(),
          t.minRepeatsForShortPhrases(),
          t.seqRepN());
    }
  }

  /**
   * The settings the page states: interval method, level and alpha, the detector's default
   * thresholds and those of evals whose settings change them.
   */
  public record View(
      String intervalMethod,
      String level,
      String alpha,
      ThresholdsView degeneration,
      List<ThresholdsView> degenerationOverrides) {}

  private MethodsPage() {}

  public static RenderedPage render(SiteSettings settings, TemplateRenderer templates) {
    String path = SitePaths.METHODS;
    View view =
        new View(
            Labels.intervalMethod(settings.statistics()),
            settings.statistics().levelLabel(),
            Labels.alpha(settings.statistics()),
            ThresholdsView.of(null, DegenerationThresholds.DEFAULT),
            settings.samples().stream()
                .filter(s -> !s.degeneration().equals(DegenerationThresholds.DEFAULT))
                .map(s -> ThresholdsView.of(s.evalId(), s.degeneration()))
                .toList());
    String html =
        templates.page(
            "methods", Map.of("chrome", Chrome.of(settings, "Methods", path), "page", view));
    return new RenderedPage(path, html, List.of());
  }
}
