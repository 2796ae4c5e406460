package dev.evalpress.problem;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Thrown when the input has problems; carries every problem of the run, and a line for each group
 * of checks the run skipped because a problem made them meaningless (such as "12 more checks
 * skipped because …").
 */
public final class InputException extends RuntimeException {

  private final List<Problem> problems;
  private final List<String> skipped;

  public InputException(List<Problem> problems) {
    this(problems, List.of());
  }

  public InputException(List<Problem> problems, List<String> skipped) {
    super(
        Stream.concat(problems.stream().map(Problem::toString), skipped.stream())
            .collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
    this.skipped = List.copyOf(skipped);
  }

  public List<Problem> problems() {
    return problems;
  }

  /** What the run did not check, and why: one line each, shown after the problems. */
  public List<String> skipped() {
    return skipped;
  }
}
