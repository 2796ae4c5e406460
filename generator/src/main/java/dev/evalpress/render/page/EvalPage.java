package dev.evalpress.render.page;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.analyse.EvalSummary;
import dev.evalpress.analyse.ModelRates;
import dev.evalpress.analyse.ModelSummary;
import dev.evalpress.model.Condition;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.RunInfo;
import dev.evalpress.model.SiteSettings;
import dev.evalpress.render.figure.ChartContents;
import dev.evalpress.render.figure.Figure;
import dev.evalpress.render.figure.FigureRenderer;
import dev.evalpress.render.figure.LabelledEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * An eval: its trend across versions and a table of k, n, rate and CI per version and condition.
 */
public final class EvalPage {

  /** One table row; {@code pooled} marks a version's pooled row. */
  public record Row(
      Link model, String condition, boolean pooled, EstimateView estimate, SortKeys keys) {}

  /** Provenance of one run. */
  public record RunView(Link model, String date, String grader, String notes) {}

  /** A version compared with its predecessor, pooled over conditions. */
  public record ChangeRow(
      Link model,
      Link predecessor,
      EstimateView before,
      EstimateView after,
      ComparisonView comparison,
      SortKeys beforeKeys,
      SortKeys afterKeys,
      SortKeys changeKeys) {}

  /** A run that did not complete, shown so it is not silently lost, never counted. */
  public record IncompleteView(Link model, String status, String detail) {}

  /**
   * A note on the results (left out, assumed, counted once, replaced by a rerun); {@code model} is
   * null when the note is about no one model.
   */
  public record NoteView(String kind, Link model, String message, String source) {}

  /** Everything the eval template shows. */
  public record View(
      String title,
      String id,
      String metric,
      String category,
      String direction,
      boolean rate,
      List<Row> rows,
      List<ChangeRow> changes,
      List<RunView> runs,
      List<Link> transcripts,
      List<IncompleteView> incomplete,
      List<NoteView> notes) {}

  private EvalPage() {}

  /**
   * {@code 1 transcript}, {@code 4 transcripts}: a sample run over several epochs has one per
   * epoch.
   */
  private static String transcriptCount(long n) {
    return n + (n == 1 ? " transcript" : " transcripts");
  }

  /** Links to the published transcripts of this eval, one per model version or run. */
  static List<Link> transcripts(Analysis analysis, EvalDefinition eval, String path) {
    return analysis
        .samples()
        .byEval()
        .getOrDefault(eval.id(), java.util.Map.of())
        .entrySet()
        .stream()
        .map(
            e ->
                new Link(
                    SamplePages.ownerName(analysis, e.getKey())
                        + " ("
                        + e.getValue().size()
                        + " of "
                        + transcriptCount(analysis.samples().total(eval.id(), e.getKey()))
                        + ")",
                    SitePaths.relative(path, SamplePages.listPath(eval.id(), e.getKey(), 1))))
        .toList();
  }

  private static List<NoteView> notes(Analysis analysis, String evalId, String path) {
    return analysis.results().notesOf(evalId).stream()
        .map(
            n ->
                new NoteView(
                    n.kind().label(),
                    n.modelId()
                        .map(
                            id ->
                                new Link(
                                    analysis.results().model(id).map(m -> m.name()).orElse(id),
                                    SitePaths.relative(path, SitePaths.model(id))))
                        .orElse(null),
                    n.message(),
                    n.source().line() > 0 ? n.source().toString() : n.source().path()))
        .toList();
  }

  public static RenderedPage render(
      SiteSettings settings,
      EvalSummary summary,
      Analysis analysis,
      FigureRenderer figures,
      TemplateRenderer templates) {
    List<ModelSummary> models = analysis.models();
    EvalDefinition eval = summary.eval();
    String path = SitePaths.eval(eval.id());
    List<Row> rows = new ArrayList<>();
    List<RunView> runs = new ArrayList<>();
    for (ModelRates m : summary.byModel()) {
      Link model =
          new Link(m.model().name(), SitePaths.relative(path, SitePaths.model(m.model().id())));
      rows.add(
          new Row(
              model,
              Labels.condition(Condition.NONE),
              true,
              EstimateView.of(m.pooled()),
              SortKeys.of(m.pooled())));
      if (!(m.conditions().size() == 1 && m.conditions().get(0).condition().isEmpty())) {
        m.conditions()
            .forEach(
                c ->
                    rows.add(
                        new Row(
                            model,
                            c.condition().label(),
                            false,
                            EstimateView.of(c.estimate()),
                            SortKeys.of(c.estimate()))));
      }
      for (RunInfo run : m.runs()) {
        runs.add(
            new RunView(
                model,
                run.date().map(Object::toString).orElse(""),
                run.grader().orElse(""),
                run.notes().orElse("")));
      }
    }
    List<ChangeRow> changes = new ArrayList<>();
    for (ModelSummary m : models) {
      m.evals().stream()
          .filter(e -> e.eval().id().equals(eval.id()) && e.pooledComparison().isPresent())
          .findFirst()
          .ifPresent(
              e ->
                  changes.add(
                      new ChangeRow(
                          new Link(
                              m.model().name(),
                              SitePaths.relative(path, SitePaths.model(m.model().id()))),
                          new Link(
                              e.baseline().get().name(),
                              SitePaths.relative(path, SitePaths.model(e.baseline().get().id()))),
                          EstimateView.of(e.pooled().predecessor()),
                          EstimateView.of(e.pooled().current()),
                          ComparisonView.of(e.pooledComparison(), path),
                          SortKeys.of(e.pooled().predecessor()),
                          SortKeys.of(e.pooled().current()),
                          SortKeys.ofChange(e.pooledComparison()))));
    }
    List<LabelledEstimate> trend =
        summary.byModel().stream().map(m -> new LabelledEstimate(m.model(), m.pooled())).toList();
    Figure figure =
        figures.render(
            "trend",
            "Figure 1",
            eval.title()
                + " across model versions in release order, pooled over conditions ("
                + settings.statistics().levelLabel()
                + " CI)",
            null,
            ChartContents.trend(
                eval,
                Condition.NONE,
                trend,
                settings
                    .tracked(eval.id())
                    .map(t -> t.threshold())
                    .orElse(OptionalDouble.empty())));
    View view =
        new View(
            eval.title(),
            eval.id(),
            eval.metric(),
            eval.category().label(),
            Labels.direction(eval.direction()),
            summary.isRate(),
            rows,
            changes,
            runs,
            transcripts(analysis, eval, path),
            analysis.results().incompleteRuns().stream()
                .filter(r -> r.evalId().equals(eval.id()))
                .map(
                    r ->
                        new IncompleteView(
                            new Link(
                                analysis
                                    .results()
                                    .model(r.modelId())
                                    .map(m -> m.name())
                                    .orElse(r.modelId()),
                                SitePaths.relative(path, SitePaths.model(r.modelId()))),
                            r.status(),
                            r.detail()))
                .toList(),
            notes(analysis, eval.id(), path));
    String html =
        templates.page(
            "eval",
            Map.of(
                "chrome", Chrome.of(settings, eval.title(), path), "page", view, "figure", figure));
    return new RenderedPage(path, html, List.of(figure));
  }
}
