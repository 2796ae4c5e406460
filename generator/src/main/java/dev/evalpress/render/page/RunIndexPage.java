package dev.evalpress.render.page;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.model.SiteSettings;
import java.util.List;
import java.util.Map;

/**
 * The training runs index ({@code runs/index.html}): every run with its model, method and number of
 * steps.
 */
public final class RunIndexPage {

  /** One run; {@code model} is null when the run names no model version of the site. */
  public record RunRow(Link run, Link model, String method, int steps, String metrics) {}

  static final String PATH = SitePaths.RUNS_INDEX;

  private RunIndexPage() {}

  public static RenderedPage render(
      SiteSettings settings, Analysis analysis, TemplateRenderer templates) {
    List<RunRow> rows =
        analysis.runs().stream()
            .map(
                r ->
                    new RunRow(
                        new Link(
                            r.run().title(), SitePaths.relative(PATH, SitePaths.run(r.run().id()))),
                        r.run()
                            .model()
                            .flatMap(id -> analysis.results().model(id))
                            .map(
                                m ->
                                    new Link(
                                        m.name(),
                                        SitePaths.relative(PATH, SitePaths.model(m.id()))))
                            .orElse(null),
                        r.run().method().orElse(""),
                        r.run().points().size(),
                        String.join(
                            ", ", r.metrics().stream().map(s -> s.metric().name()).toList())))
            .toList();
    String html =
        templates.page(
            "runs", Map.of("chrome", Chrome.of(settings, "Training runs", PATH), "rows", rows));
    return new RenderedPage(PATH, html, List.of());
  }
}
