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
  public record Row(String condition, boolean pooled, EstimateView estimate, SortKeys keys) {}

  /**
   * A version's rows: the pooled row, then one per condition; the version is named once, in the
   * group's header row.
   */
  public record RowGroup(Link model, List<Row> rows) {}

  /**
   * Provenance of one run; {@code date} and {@code grader} say "not recorded" when absent, {@code
   * note} is the number of the run's note in {@link View#runNotes} (0 for none), so a note shared
   * by many runs is printed once.
   */
  public record RunView(Link model, String date, String grader, int note) {}

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
      String description,
      String metric,
      String category,
      String direction,
      boolean rate,
      List<RowGroup> groups,
      List<ChangeRow> changes,
      String unchanged,
      List<RunView> runs,
      List<String> runNotes,
      List<Link> transcripts,
      List<IncompleteView> incomplete,
      List<NoteView> notes,
      Figure heatmap) {}

  /** What a run did not record. */
  static final String NOT_RECORDED = "not recorded";

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
    List<RowGroup> groups = new ArrayList<>();
    List<RunView> runs = new ArrayList<>();
    List<String> runNotes = new ArrayList<>();
    for (ModelRates m : summary.byModel()) {
      Link model =
          new Link(m.model().name(), SitePaths.relative(path, SitePaths.model(m.model().id())));
      List<Row> rows = new ArrayList<>();
      rows.add(
          new Row(
              Labels.condition(Condition.NONE),
              true,
              EstimateView.of(m.pooled()),
              SortKeys.of(m.pooled())));
      if (hasConditions(m)) {
        m.conditions()
            .forEach(
                c ->
                    rows.add(
                        new Row(
                            c.condition().label(),
                            false,
                            EstimateView.of(c.estimate()),
                            SortKeys.of(c.estimate()))));
      }
      groups.add(new RowGroup(model, rows));
      for (RunInfo run : m.runs()) {
        runs.add(
            new RunView(
                model,
                run.date().map(Object::toString).orElse(NOT_RECORDED),
                run.grader().orElse(NOT_RECORDED),
                run.notes().map(n -> noteNumber(runNotes, n)).orElse(0)));
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
                + " CI)"
                + drawnNote(trend.size()),
            null,
            ChartContents.trend(
                eval,
                Condition.NONE,
                trend,
                settings
                    .tracked(eval.id())
                    .map(t -> t.threshold())
                    .orElse(OptionalDouble.empty())));
    Figure heatmap = heatmap(settings, summary, figures);
    View view =
        new View(
            eval.title(),
            eval.id(),
            eval.description().orElse(null),
            eval.metric(),
            eval.category().label(),
            Labels.direction(eval.direction()),
            summary.isRate(),
            groups,
            changes,
            unchanged(summary, changes.size()),
            runs,
            runNotes,
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
            notes(analysis, eval.id(), path),
            heatmap);
    String html =
        templates.page(
            "eval",
            Map.of(
                "chrome", Chrome.of(settings, eval.title(), path), "page", view, "figure", figure));
    return new RenderedPage(
        path, html, heatmap == null ? List.of(figure) : List.of(figure, heatmap));
  }

  /** "; the latest 40 of 10,000 versions, …, all in the table below" when a chart draws fewer. */
  private static String drawnNote(int versions) {
    String note = ChartContents.notDrawn(versions);
    return note.isEmpty() ? "" : "; " + note + ", all in the table below";
  }

  /** False for a version measured once without a condition: its pooled row says it all. */
  private static boolean hasConditions(ModelRates m) {
    return !(m.conditions().size() == 1 && m.conditions().get(0).condition().isEmpty());
  }

  /**
   * Figure 2, the model × condition heatmap, on an eval with conditions; null without. Columns are
   * the conditions some version was measured under, as the report directive draws them.
   */
  private static Figure heatmap(
      SiteSettings settings, EvalSummary summary, FigureRenderer figures) {
    List<Condition> conditions =
        summary.conditions().stream()
            .filter(c -> !c.isEmpty())
            .filter(c -> summary.byModel().stream().anyMatch(m -> m.condition(c).isPresent()))
            .toList();
    if (conditions.isEmpty()) {
      return null;
    }
    EvalDefinition eval = summary.eval();
    return figures.render(
        "heatmap",
        "Figure 2",
        eval.title()
            + " by model version and condition (empty cell: not measured under that condition; "
            + settings.statistics().levelLabel()
            + " intervals in the table below)"
            + drawnNote(summary.byModel().size()),
        null,
        ChartContents.heatmap(eval, summary.byModel(), conditions));
  }

  /**
   * The 1-based number of {@code note} in {@code notes}, added when new, so that identical notes of
   * many runs are printed once.
   */
  private static int noteNumber(List<String> notes, String note) {
    int index = notes.indexOf(note);
    if (index < 0) {
      notes.add(note);
      return notes.size();
    }
    return index + 1;
  }

  /**
   * Why versions are missing from the table of changes: the first of a model line has no
   * predecessor, and a version whose predecessors were never measured on this eval has nothing to
   * be compared with. Empty when every version is in the table.
   */
  private static String unchanged(EvalSummary summary, int compared) {
    int missing = summary.byModel().size() - compared;
    if (missing <= 0) {
      return "";
    }
    return missing
        + (missing == 1 ? " version is" : " versions are")
        + " not in this table: "
        + (missing == 1 ? "it has" : "they have")
        + " no predecessor, or no version before them in their model line was measured on this"
        + " eval.";
  }
}
