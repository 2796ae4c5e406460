package dev.evalpress.load;

import dev.evalpress.load.imports.CheckpointOf;
import dev.evalpress.load.imports.ImportedModel;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.EvalResult;
import dev.evalpress.model.Measurement;
import dev.evalpress.model.MetricDefinition;
import dev.evalpress.model.Source;
import dev.evalpress.model.TrainingPoint;
import dev.evalpress.model.TrainingRun;
import dev.evalpress.problem.Problems;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The training runs of the results: v1 training-run files, and runs imported a step at a time
 * (checkpoints of one model, each in its own file), joined into one run. A run id defined twice, or
 * a step imported twice, is a problem. Not thread-safe; one per load.
 */
final class TrainingRuns {

  private final Problems problems;
  private final Map<String, TrainingRun> runs = new TreeMap<>();
  private final Set<String> imported = new HashSet<>();

  TrainingRuns(Problems problems) {
    this.problems = problems;
  }

  /** A run of a v1 training-run file. */
  void add(TrainingRun run) {
    TrainingRun earlier = runs.putIfAbsent(run.id(), run);
    if (earlier != null) {
      problems.add(
          run.source(),
          "duplicate training run id \"" + run.id() + "\"; first defined at " + earlier.source());
    }
  }

  /**
   * Imported checkpoints become points of their training runs, made from their final results, so
   * that a copy counted once, a settled rerun and a sample size taken from the series are the same
   * on the run's chart as on the version's pages.
   */
  void addCheckpoints(
      Collection<ImportedModel> models,
      List<EvalResult> results,
      Map<String, EvalDefinition> evals) {
    for (ImportedModel m : models) {
      if (m.checkpoint().isEmpty()) {
        continue;
      }
      CheckpointOf c = m.checkpoint().get();
      Map<String, MetricDefinition> metrics = new TreeMap<>();
      TreeMap<String, Measurement> values = new TreeMap<>();
      Source at = null;
      for (EvalResult r : results) {
        if (r.modelId().equals(m.id())
            && r.evalId().startsWith(c.evalPrefix())
            && r.rows().size() == 1
            && r.rows().get(0).condition().isEmpty()) {
          String metric = r.evalId().substring(c.evalPrefix().length());
          metrics.put(metric, new MetricDefinition(metric, evals.get(r.evalId()).direction()));
          values.put(metric, r.rows().get(0).measurement());
          at = at == null ? r.source() : at;
        }
      }
      if (!values.isEmpty()) {
        addImported(
            new TrainingRun(
                c.runId(),
                c.model() + " checkpoints",
                Optional.of(c.model()),
                Optional.empty(),
                Optional.empty(),
                metrics,
                List.of(new TrainingPoint(c.step(), values)),
                at));
      }
    }
  }

  /**
   * A run an importer read (one step of it, or more): joined with the run's other imported steps.
   */
  void addImported(TrainingRun run) {
    TrainingRun earlier = runs.get(run.id());
    if (earlier == null) {
      runs.put(run.id(), run);
      imported.add(run.id());
      return;
    }
    if (!imported.contains(run.id())) {
      problems.add(
          run.source(), "training run \"" + run.id() + "\" is also defined at " + earlier.source());
      return;
    }
    TreeMap<Long, TrainingPoint> points = new TreeMap<>();
    earlier.points().forEach(p -> points.put(p.step(), p));
    for (TrainingPoint p : run.points()) {
      if (points.putIfAbsent(p.step(), p) != null) {
        problems.add(
            run.source(),
            "step " + p.step() + " of training run \"" + run.id() + "\" is imported twice");
      }
    }
    Map<String, MetricDefinition> metrics = new TreeMap<>(earlier.metrics());
    metrics.putAll(run.metrics());
    runs.put(
        run.id(),
        new TrainingRun(
            earlier.id(),
            earlier.title(),
            earlier.model(),
            earlier.method(),
            earlier.base(),
            metrics,
            new ArrayList<>(points.values()),
            earlier.source()));
  }

  /** The runs, sorted by id. */
  List<TrainingRun> list() {
    return new ArrayList<>(runs.values());
  }
}
