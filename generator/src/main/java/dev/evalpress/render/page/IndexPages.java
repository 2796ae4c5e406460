package dev.evalpress.render.page;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.model.SiteSettings;
import java.util.List;

/** The index pages the header links to: evals, models and training runs. */
public final class IndexPages {

  private IndexPages() {}

  public static List<RenderedPage> render(
      SiteSettings settings, Analysis analysis, TemplateRenderer templates) {
    return List.of(
        EvalIndexPage.render(settings, analysis, templates),
        ModelIndexPage.render(settings, analysis, templates),
        RunIndexPage.render(settings, analysis, templates));
  }
}
