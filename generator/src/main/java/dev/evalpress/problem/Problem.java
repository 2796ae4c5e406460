package dev.evalpress.problem;

import dev.evalpress.model.Source;
import java.util.Comparator;

/** One problem in the input: where it is and what was expected. */
public record Problem(Source source, String message) implements Comparable<Problem> {

  private static final Comparator<Problem> ORDER =
      Comparator.comparing((Problem p) -> p.source().path())
          .thenComparingInt(p -> p.source().line())
          .thenComparingInt(p -> p.source().column())
          .thenComparing(Problem::message);

  /** The one-line form shown to users: {@code path:line:column: message}. */
  @Override
  public String toString() {
    return source + ": " + message;
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }
}
