package dev.evalpress.load.imports;

import dev.evalpress.model.Source;
import dev.evalpress.problem.Problems;

/**
 * The problems of one imported sample log as it streams: the first {@link #MAX} are reported, so
 * that a log broken on every line gives a readable list, and any problem at all means the records
 * are not checked against the imported result (they would not add up). Not thread-safe; one per
 * read.
 */
public final class SampleLogProblems {

  /** Problems reported per log; the rest are counted only. */
  public static final int MAX = 50;

  private final Problems problems;
  private int count;

  public SampleLogProblems(Problems problems) {
    this.problems = problems;
  }

  public void add(Source source, String message) {
    if (count++ < MAX) {
      problems.add(source, message);
    }
  }

  /** Whether any problem was found, reported or not. */
  public boolean any() {
    return count > 0;
  }
}
