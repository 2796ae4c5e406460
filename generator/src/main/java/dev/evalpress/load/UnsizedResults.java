package dev.evalpress.load;

import dev.evalpress.model.EvalResult;
import dev.evalpress.model.ResultNote;
import dev.evalpress.model.ResultRow;
import dev.evalpress.model.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gives a sample size to imported scores whose file has none (an lm-evaluation-harness v0.3 metric
 * with a standard error of 0 at an early checkpoint): the n that every other result of the same
 * eval agrees on — the same task over the same documents. Without one agreed n the result is left
 * out, with a note saying why.
 */
final class UnsizedResults {

  private UnsizedResults() {}

  /** The sized results and the notes on each unsized result: sized from elsewhere, or left out. */
  record Sized(List<MeasuredResult> results, List<ResultNote> notes) {}

  static Sized size(List<MeasuredResult> unsized, List<MeasuredResult> sized) {
    List<MeasuredResult> out = new ArrayList<>();
    List<ResultNote> notes = new ArrayList<>();
    for (MeasuredResult m : unsized) {
      EvalResult e = m.result();
      Set<Long> ns = new TreeSet<>();
      sized.stream()
          .map(MeasuredResult::result)
          .filter(r -> r.evalId().equals(e.evalId()))
          .flatMap(r -> r.rows().stream())
          .forEach(
              row -> {
                if (row.measurement() instanceof Score s && s.n() > 0) {
                  ns.add(s.n());
                }
              });
      if (ns.size() != 1) {
        notes.add(
            ResultNote.ofEval(
                ResultNote.Kind.LEFT_OUT,
                e.evalId(),
                Optional.of(e.modelId()),
                "Not imported for "
                    + e.modelId()
                    + ": "
                    + m.file()
                    + " gives no sample size for it (its standard error"
                    + " does not determine n), and "
                    + (ns.isEmpty()
                        ? "no other result of this eval has one."
                        : "the other results of this eval disagree on it (n = " + join(ns) + ")."),
                e.source()));
        continue;
      }
      long n = ns.iterator().next();
      List<ResultRow> rows =
          e.rows().stream()
              .map(
                  row ->
                      row.measurement() instanceof Score s
                          ? new ResultRow(
                              row.condition(), new Score(s.mean(), s.stderr(), n), row.source())
                          : row)
              .toList();
      out.add(m.withResult(new EvalResult(e.evalId(), e.modelId(), e.run(), rows, e.source())));
      notes.add(
          ResultNote.ofEval(
              ResultNote.Kind.SAMPLE_SIZE_FROM_ELSEWHERE,
              e.evalId(),
              Optional.of(e.modelId()),
              "n = "
                  + n
                  + " for "
                  + e.modelId()
                  + " is taken from this eval's other results (same eval, same n): "
                  + m.file()
                  + " gives no sample size for it.",
              e.source()));
    }
    return new Sized(out, notes);
  }

  private static String join(Set<Long> ns) {
    return String.join(", ", ns.stream().map(String::valueOf).toList());
  }
}
