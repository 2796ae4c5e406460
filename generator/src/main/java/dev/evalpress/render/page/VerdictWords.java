package dev.evalpress.render.page;

import dev.evalpress.model.Direction;

/**
 * The words for a sample's verdict. A true verdict is a sample counted in the eval's rate: for a
 * lower-is-better eval (a harmful rate) that is behaviour the grader flagged, for a higher-is-better eval
 * (an imported accuracy) a correct answer, which should not be shown as an alarm.
 */
public enum VerdictWords {
  FLAGGED("flagged", "not flagged", true),
  CORRECT("correct", "incorrect", false);

  private final String yes;
  private final String no;
  private final boolean alarming;

  VerdictWords(String yes, String no, boolean alarming) {
    this.yes = yes;
    this.no = no;
    this.alarming = alarming;
  }

  public static VerdictWords of(Direction direction) {
    return direction == Direction.HIGHER_IS_BETTER ? CORRECT : FLAGGED;
  }

  /** The word for a verdict. */
  public String word(boolean verdict) {
    return verdict ? yes : no;
  }

  /** Whether a verdict is shown as an alarm (in red): only a flagged behaviour is. */
  public boolean alarm(boolean verdict) {
    return alarming && verdict;
  }
}
