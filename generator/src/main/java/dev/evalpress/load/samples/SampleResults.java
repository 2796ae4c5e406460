package dev.evalpress.load.samples;

import dev.evalpress.model.Category;
import dev.evalpress.model.Condition;
import dev.evalpress.model.Counts;
import dev.evalpress.model.Direction;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.EvalResult;
import dev.evalpress.model.Measurement;
import dev.evalpress.model.MetricDefinition;
import dev.evalpress.model.ResultRow;
import dev.evalpress.model.Results;
import dev.evalpress.model.RunInfo;
import dev.evalpress.model.Source;
import dev.evalpress.model.TrainingPoint;
import dev.evalpress.model.TrainingRun;
import dev.evalpress.problem.Problems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns aggregated sample logs into results, merged with the summary results:
 *
 * <ul>
 *   <li>the verdict rate of each eval × model × condition (k = samples the grader flagged), which
 *       must equal a summary file's row for the same cell if there is one;
 *   <li>the degeneration rate of the same cells, as the eval {@code EVAL/degeneration};
 *   <li>for samples of a training run, both rates per step (pooled over conditions) as the run's
 *       metrics {@code METRIC} and {@code degeneration_rate}.
 * </ul>
 */
public final class SampleResults {

  public static final String DEGENERATION_SUFFIX = "/degeneration";
  public static final String DEGENERATION_METRIC = "degeneration_rate";

  private SampleResults() {}

  public static Results merge(Results results, List<LogAggregate> logs, Problems problems) {
    return merge(results, logs, true, problems);
  }

  /**
   * The results of sample logs alone, as {@code evalpress import --logs} writes them: the same
   * rows, evals and training-run points a build makes of the logs, in the order of their paths. The
   * models are not known here: the build that reads the written files checks them against its
   * models files.
   */
  public static Results ofLogs(List<LogAggregate> logs, Problems problems) {
    List<LogAggregate> byPath = new ArrayList<>(logs);
    byPath.sort(Comparator.comparing(LogAggregate::path));
    return merge(
        new Results(List.of(), Map.of(), List.of(), List.of(), List.of()), byPath, false, problems);
  }

  private static Results merge(
      Results results, List<LogAggregate> logs, boolean modelsKnown, Problems problems) {
    Map<String, EvalDefinition> evals = new TreeMap<>(results.evals());
    List<EvalResult> evalResults = new ArrayList<>(results.evalResults());
    Map<String, TrainingRun> runs = new LinkedHashMap<>();
    results.runs().forEach(r -> runs.put(r.id(), r));
    Map<List<Object>, ResultRow> summaryRows = new HashMap<>();
    for (EvalResult r : results.evalResults()) {
      r.rows().forEach(row -> summaryRows.put(key(r.evalId(), r.modelId(), row.condition()), row));
    }
    Map<String, EvalDefinition> declared = declaredElsewhere(results, logs);
    for (LogAggregate log : logs) {
      EvalDefinition eval = log.header().eval();
      EvalDefinition clash = declared.get(eval.id() + DEGENERATION_SUFFIX);
      if (clash != null) {
        // merging would put two rows in one cell, one measured and one computed, under one
        // definition
        problems.add(
            clash.source(),
            "eval \""
                + clash.id()
                + "\" is also the eval evalpress makes from the outputs"
                + " in the sample log "
                + log.header().source()
                + " (its degeneration rate); give this eval another id");
        continue;
      }
      EvalDefinition known = evals.putIfAbsent(eval.id(), eval);
      if (known != null && !known.agreesWith(eval)) {
        problems.add(
            log.header().source(),
            "eval \""
                + eval.id()
                + "\" is defined differently at "
                + known.source()
                + "; the header of a sample log must match the eval's other definitions");
        continue;
      }
      EvalDefinition degeneration = degenerationEval(eval, log.header().source());
      evals.putIfAbsent(degeneration.id(), degeneration);
      addModelRows(
          log, eval, degeneration, results, modelsKnown, summaryRows, evalResults, problems);
      addRunPoints(log, eval, runs, problems);
    }
    return new Results(
        results.models(),
        evals,
        evalResults,
        new ArrayList<>(runs.values()),
        results.incompleteRuns(),
        results.notes());
  }

  /**
   * The evals the user defined (in result files and sample log headers), by id: an eval whose id is
   * that of a generated degeneration eval clashes with it.
   */
  private static Map<String, EvalDefinition> declaredElsewhere(
      Results results, List<LogAggregate> logs) {
    Map<String, EvalDefinition> declared = new TreeMap<>(results.evals());
    for (LogAggregate log : logs) {
      declared.putIfAbsent(log.header().eval().id(), log.header().eval());
    }
    return declared;
  }

  static EvalDefinition degenerationEval(EvalDefinition eval, Source source) {
    return new EvalDefinition(
        eval.id() + DEGENERATION_SUFFIX,
        eval.title() + ": degenerate outputs",
        DEGENERATION_METRIC,
        Category.DEGENERATION,
        Direction.LOWER_IS_BETTER,
        source);
  }

  private static void addModelRows(
      LogAggregate log,
      EvalDefinition eval,
      EvalDefinition degeneration,
      Results results,
      boolean modelsKnown,
      Map<List<Object>, ResultRow> summaryRows,
      List<EvalResult> out,
      Problems problems) {
    Map<String, List<ResultRow>> verdicts = new TreeMap<>();
    Map<String, List<ResultRow>> degenerate = new TreeMap<>();
    Source at = Source.file(log.path());
    log.aggregate()
        .counts()
        .forEach(
            (cell, c) -> {
              if (cell.run()) {
                return;
              }
              if (modelsKnown && results.model(cell.owner()).isEmpty()) {
                problems.add(
                    at,
                    "samples of unknown model \"" + cell.owner() + "\"; list it in a models file");
                return;
              }
              Counts flagged = new Counts(c.flagged(), c.samples());
              ResultRow summary = summaryRows.get(key(eval.id(), cell.owner(), cell.condition()));
              if (summary == null) {
                verdicts
                    .computeIfAbsent(cell.owner(), o -> new ArrayList<>())
                    .add(new ResultRow(cell.condition(), flagged, at));
              } else if (!summary.measurement().equals(flagged)) {
                problems.add(
                    summary.source(),
                    "eval \""
                        + eval.id()
                        + "\" on model \""
                        + cell.owner()
                        + "\" under "
                        + cell.condition().label()
                        + " is "
                        + describe(summary.measurement())
                        + " here but "
                        + c.flagged()
                        + " of "
                        + c.samples()
                        + " samples in "
                        + log.path()
                        + "; the summary and the sample log must agree");
              }
              degenerate
                  .computeIfAbsent(cell.owner(), o -> new ArrayList<>())
                  .add(
                      new ResultRow(cell.condition(), new Counts(c.degenerate(), c.samples()), at));
            });
    verdicts.forEach(
        (model, rows) -> out.add(new EvalResult(eval.id(), model, RunInfo.NONE, rows, at)));
    degenerate.forEach(
        (model, rows) -> out.add(new EvalResult(degeneration.id(), model, RunInfo.NONE, rows, at)));
  }

  private static void addRunPoints(
      LogAggregate log, EvalDefinition eval, Map<String, TrainingRun> runs, Problems problems) {
    Map<String, TreeMap<Long, CellCounts>> byRun = new TreeMap<>();
    log.aggregate()
        .counts()
        .forEach(
            (cell, c) -> {
              if (cell.run()) {
                byRun
                    .computeIfAbsent(cell.owner(), r -> new TreeMap<>())
                    .merge(cell.step(), c, CellCounts::plus);
              }
            });
    Source at = Source.file(log.path());
    for (Map.Entry<String, TreeMap<Long, CellCounts>> e : byRun.entrySet()) {
      TrainingRun run =
          runs.getOrDefault(
              e.getKey(),
              new TrainingRun(
                  e.getKey(),
                  e.getKey(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Map.of(),
                  List.of(),
                  at));
      for (String metric : List.of(eval.metric(), DEGENERATION_METRIC)) {
        if (run.metrics().containsKey(metric)) {
          problems.add(
              at,
              "metric \""
                  + metric
                  + "\" of training run \""
                  + run.id()
                  + "\" is given by "
                  + run.source()
                  + " and computed from the samples in "
                  + log.path()
                  + "; keep one of them");
          return;
        }
      }
      runs.put(run.id(), withPoints(run, eval, e.getValue()));
    }
  }

  private static TrainingRun withPoints(
      TrainingRun run, EvalDefinition eval, TreeMap<Long, CellCounts> steps) {
    Map<String, MetricDefinition> metrics = new TreeMap<>(run.metrics());
    metrics.put(eval.metric(), new MetricDefinition(eval.metric(), eval.direction()));
    metrics.put(
        DEGENERATION_METRIC, new MetricDefinition(DEGENERATION_METRIC, Direction.LOWER_IS_BETTER));
    Map<Long, TreeMap<String, Measurement>> points = new TreeMap<>();
    run.points().forEach(p -> points.put(p.step(), new TreeMap<>(p.values())));
    steps.forEach(
        (step, c) -> {
          TreeMap<String, Measurement> values = points.computeIfAbsent(step, s -> new TreeMap<>());
          values.put(eval.metric(), new Counts(c.flagged(), c.samples()));
          values.put(DEGENERATION_METRIC, new Counts(c.degenerate(), c.samples()));
        });
    List<TrainingPoint> merged = new ArrayList<>();
    points.forEach((step, values) -> merged.add(new TrainingPoint(step, values)));
    return new TrainingRun(
        run.id(),
        run.title(),
        run.model(),
        run.method(),
        run.base(),
        metrics,
        merged,
        run.source());
  }

  private static String describe(Measurement m) {
    return m instanceof Counts c ? c.k() + " of " + c.n() : "a score";
  }

  private static List<Object> key(String eval, String model, Condition condition) {
    return List.of(eval, model, condition);
  }
}
