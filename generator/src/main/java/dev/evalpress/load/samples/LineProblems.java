package dev.evalpress.load.samples;

import dev.evalpress.model.Source;
import dev.evalpress.problem.Problems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BiConsumer;

/**
 * The bad lines of one log that a worker found, of which it keeps only the {@link #LIMIT} with the
 * lowest line numbers (a log of a million bad lines must not fill the heap or the screen). Workers
 * see lines in no fixed order, so which lines are reported is decided after all of them finish: the
 * lowest overall are among the lowest of each worker. The list is then the same for any number of
 * workers. Not thread-safe: one per worker.
 */
final class LineProblems {

  static final int LIMIT = 50;

  private static final Comparator<Source> BY_PLACE =
      Comparator.comparingInt(Source::line).thenComparingInt(Source::column);

  private record LineProblem(Source source, String message) {}

  /** The highest line on top, so it is the one dropped when a lower one comes. */
  private final PriorityQueue<LineProblem> lowest =
      new PriorityQueue<>(
          Comparator.comparing(LineProblem::source, BY_PLACE)
              .thenComparing(LineProblem::message)
              .reversed());

  private long count;

  void add(Source source, String message) {
    count++;
    keep(source, message);
  }

  private void keep(Source source, String message) {
    lowest.add(new LineProblem(source, message));
    if (lowest.size() > LIMIT) {
      lowest.poll();
    }
  }

  /** How many bad lines were added, kept or not. */
  long count() {
    return count;
  }

  /** Passes each kept line's place and message to {@code each}, in no particular order. */
  void forEachKept(BiConsumer<Source, String> each) {
    lowest.forEach(p -> each.accept(p.source(), p.message()));
  }

  /**
   * The lines a part of a log kept, {@code count} in all, moved down by the {@code offset} lines
   * before the part: the order among them stays, so the lowest of the part stay the lowest.
   */
  static LineProblems shifted(List<Source> places, List<String> messages, long count, int offset) {
    LineProblems out = new LineProblems();
    for (int i = 0; i < places.size(); i++) {
      Source s = places.get(i);
      out.keep(new Source(s.path(), s.line() + offset, s.column()), messages.get(i));
    }
    out.count = count;
    return out;
  }

  /**
   * Reports the {@link #LIMIT} lowest lines of all {@code workers}, and how many there were if
   * more.
   */
  static void report(String shown, List<LineProblems> workers, Problems problems) {
    List<LineProblem> all = new ArrayList<>();
    long total = 0;
    for (LineProblems w : workers) {
      all.addAll(w.lowest);
      total += w.count;
    }
    all.sort(
        Comparator.comparing(LineProblem::source, BY_PLACE).thenComparing(LineProblem::message));
    all.stream().limit(LIMIT).forEach(p -> problems.add(p.source(), p.message()));
    if (total > LIMIT) {
      problems.add(
          Source.file(shown),
          total + " bad lines; the " + LIMIT + " with the lowest line numbers are" + " listed");
    }
  }
}
