package dev.evalpress.problem;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when the input has problems; carries every problem of the run. */
public final class InputException extends RuntimeException {

  private final List<Problem> problems;

  public InputException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
