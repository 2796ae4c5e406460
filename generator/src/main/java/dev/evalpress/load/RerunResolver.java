package dev.evalpress.load;

import dev.evalpress.model.Condition;
import dev.evalpress.model.EvalResult;
import dev.evalpress.model.Measurement;
import dev.evalpress.model.RerunPolicy;
import dev.evalpress.model.ResultNote;
import dev.evalpress.model.ResultRow;
import dev.evalpress.model.ResultSettings;
import dev.evalpress.model.Source;
import dev.evalpress.problem.Problems;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Settles an eval measured on one model and condition by several runs (reruns; the same run in
 * several files was already counted once), by the eval's {@link RerunPolicy}: the latest run by its
 * own timestamp, the runs pooled, or an error. A result a later run replaced is named in a {@link
 * ResultNote}. Conflicts between the same two files are reported as one problem with a count, not
 * one per eval.
 */
final class RerunResolver {

  private record Key(String evalId, String modelId, Condition condition) {}

  private record Occurrence(int result, int row) {}

  /**
   * One kind of conflict with an earlier file: reported once, with every file and eval it concerns.
   */
  private record Conflict(String why, String earlierFile) {}

  private final List<MeasuredResult> measured;
  private final ResultSettings settings;
  private final Problems problems;
  private final List<ResultNote> notes = new ArrayList<>();

  /** Rows changed, by result and row index: a new measurement, or empty when the row is dropped. */
  private final Map<Occurrence, Optional<Measurement>> changed = new HashMap<>();

  private final Map<Conflict, List<String>> conflicts = new LinkedHashMap<>();
  private final Map<Conflict, Source> conflictPlaces = new HashMap<>();
  private final Map<Conflict, Source> earlierPlaces = new HashMap<>();
  private final Map<Conflict, Set<String>> conflictFiles = new HashMap<>();
  private final Map<Conflict, Set<String>> conflictModels = new HashMap<>();

  private RerunResolver(List<MeasuredResult> measured, ResultSettings settings, Problems problems) {
    this.measured = measured;
    this.settings = settings;
    this.problems = problems;
  }

  /** The results with each rerun settled, and the notes saying how. */
  record Settled(List<EvalResult> results, List<ResultNote> notes) {}

  static Settled settle(List<MeasuredResult> measured, ResultSettings settings, Problems problems) {
    RerunResolver r = new RerunResolver(measured, settings, problems);
    Map<Key, List<Occurrence>> byKey = new LinkedHashMap<>();
    for (int i = 0; i < measured.size(); i++) {
      EvalResult e = measured.get(i).result();
      for (int j = 0; j < e.rows().size(); j++) {
        byKey
            .computeIfAbsent(
                new Key(e.evalId(), e.modelId(), e.rows().get(j).condition()),
                k -> new ArrayList<>())
            .add(new Occurrence(i, j));
      }
    }
    byKey.forEach(
        (key, occurrences) -> {
          if (occurrences.size() > 1) {
            r.settle(key, occurrences);
          }
        });
    r.reportConflicts();
    return new Settled(r.rebuild(), List.copyOf(r.notes));
  }

  private void settle(Key key, List<Occurrence> occurrences) {
    Set<String> runs = new LinkedHashSet<>();
    occurrences.forEach(o -> runs.add(measured.get(o.result()).runKey()));
    if (runs.size() == 1) {
      Occurrence first = occurrences.get(0);
      for (Occurrence o : occurrences.subList(1, occurrences.size())) {
        problems.add(
            row(o).source(),
            "eval \""
                + key.evalId()
                + "\" on model \""
                + key.modelId()
                + "\" with condition "
                + key.condition().label()
                + " is already measured at "
                + row(first).source());
        changed.put(o, Optional.empty());
      }
      return;
    }
    RerunPolicy policy = settings.reruns(key.evalId());
    switch (policy) {
      case ERROR ->
          conflict(key, occurrences, "reruns: error is set for this eval in evalpress.yaml");
      case LATEST -> latest(key, occurrences);
      case POOL -> pool(key, occurrences);
      default -> throw new IllegalStateException(policy.name());
    }
  }

  private void latest(Key key, List<Occurrence> occurrences) {
    Comparator<Occurrence> byStart =
        Comparator.comparing(o -> measured.get(o.result()).started().orElseThrow());
    boolean timed =
        occurrences.stream().allMatch(o -> measured.get(o.result()).started().isPresent());
    Occurrence latest = timed ? occurrences.stream().max(byStart).orElseThrow() : null;
    if (latest == null
        || occurrences.stream()
            .filter(o -> o != latest)
            .anyMatch(o -> byStart.compare(o, latest) == 0)) {
      conflict(
          key,
          occurrences,
          (timed ? "the runs started at the same time" : "a run does not say when it ran")
              + ", so the latest cannot be chosen; keep one file (or list the other under ignore:), or set reruns: pool"
              + " for the eval under evals: in evalpress.yaml");
      return;
    }
    MeasuredResult kept = measured.get(latest.result());
    for (Occurrence o : occurrences) {
      if (o != latest) {
        changed.put(o, Optional.empty());
        MeasuredResult earlier = measured.get(o.result());
        note(
            ResultNote.Kind.EARLIER_RUN,
            key,
            "An earlier run of "
                + started(earlier)
                + " ("
                + earlier.file()
                + ") was replaced by the rerun of "
                + started(kept)
                + " ("
                + kept.file()
                + ").",
            row(o).source());
      }
    }
  }

  private void pool(Key key, List<Occurrence> occurrences) {
    Optional<Measurement> pooled =
        PooledMeasurement.of(occurrences.stream().map(o -> row(o).measurement()).toList());
    if (pooled.isEmpty()) {
      conflict(
          key,
          occurrences,
          "reruns: pool is set for this eval, but the runs cannot be pooled (counts mixed with"
              + " scores, or a score without a sample size)");
      return;
    }
    Occurrence first = occurrences.get(0);
    changed.put(first, pooled);
    List<String> files = new ArrayList<>();
    for (Occurrence o : occurrences) {
      files.add(measured.get(o.result()).file());
      if (o != first) {
        changed.put(o, Optional.empty());
      }
    }
    note(
        ResultNote.Kind.POOLED_RUNS,
        key,
        occurrences.size()
            + " runs pooled into one result (reruns: pool): "
            + String.join(", ", files)
            + ".",
        row(first).source());
  }

  private void conflict(Key key, List<Occurrence> occurrences, String why) {
    Occurrence first = occurrences.get(0);
    for (Occurrence o : occurrences.subList(1, occurrences.size())) {
      Conflict c = new Conflict(why, measured.get(first.result()).file());
      conflictFiles
          .computeIfAbsent(c, k -> new LinkedHashSet<>())
          .add(measured.get(o.result()).file());
      conflictModels.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(key.modelId());
      conflicts
          .computeIfAbsent(c, k -> new ArrayList<>())
          .add(
              "eval \""
                  + key.evalId()
                  + "\" on model \""
                  + key.modelId()
                  + "\""
                  + (key.condition().isEmpty()
                      ? ""
                      : " with condition " + key.condition().label()));
      conflictPlaces.putIfAbsent(c, row(o).source());
      earlierPlaces.putIfAbsent(c, row(first).source());
      changed.put(o, Optional.empty());
    }
  }

  /**
   * One problem per earlier file and reason, naming up to three of the evals and files concerned: a
   * folder of checkpoints that all name one placeholder model is one line, not one per metric and
   * file.
   */
  private void reportConflicts() {
    conflicts.forEach(
        (c, evals) -> {
          List<String> files = List.copyOf(conflictFiles.get(c));
          List<String> distinct = List.copyOf(new LinkedHashSet<>(evals));
          String what =
              evals.size() == 1
                  ? evals.get(0) + " is"
                  : evals.size()
                      + " results "
                      + (files.size() == 1
                          ? "here"
                          : "in "
                              + files.size()
                              + " files (here, "
                              + firstOf(files.subList(1, files.size()), 2)
                              + ")")
                      + " ("
                      + firstOf(distinct, 3)
                      + ") are";
          String where = evals.size() == 1 ? earlierPlaces.get(c).toString() : c.earlierFile();
          String hint =
              files.size() > 1 && conflictModels.get(c).size() == 1
                  ? "; if these files are checkpoints or"
                      + " runs of different models that the files name alike, name each with imports: in evalpress.yaml"
                  : "";
          problems.add(
              conflictPlaces.get(c),
              what + " also measured by another run at " + where + "; " + c.why() + hint);
        });
  }

  private static String firstOf(List<String> items, int shown) {
    return String.join(", ", items.subList(0, Math.min(shown, items.size())))
        + (items.size() > shown ? " and " + (items.size() - shown) + " more" : "");
  }

  private void note(ResultNote.Kind kind, Key key, String message, Source source) {
    ResultNote note =
        new ResultNote(
            kind, Optional.of(key.evalId()), Optional.of(key.modelId()), message, source);
    if (!notes.contains(note)) {
      notes.add(note);
    }
  }

  private static String started(MeasuredResult r) {
    return r.started().map(Instant::toString).orElse("unknown time");
  }

  private ResultRow row(Occurrence o) {
    return measured.get(o.result()).result().rows().get(o.row());
  }

  private List<EvalResult> rebuild() {
    List<EvalResult> out = new ArrayList<>();
    for (int i = 0; i < measured.size(); i++) {
      EvalResult e = measured.get(i).result();
      List<ResultRow> rows = new ArrayList<>();
      for (int j = 0; j < e.rows().size(); j++) {
        ResultRow row = e.rows().get(j);
        Optional<Measurement> change = changed.get(new Occurrence(i, j));
        if (change == null) {
          rows.add(row);
        } else if (change.isPresent()) {
          rows.add(new ResultRow(row.condition(), change.get(), row.source()));
        }
      }
      if (!rows.isEmpty()) {
        out.add(new EvalResult(e.evalId(), e.modelId(), e.run(), rows, e.source()));
      }
    }
    return out;
  }
}
