package dev.evalpress.render.page;

import dev.evalpress.model.Category;
import dev.evalpress.model.Direction;
import dev.evalpress.model.EvalDefinition;

/**
 * The words for a sample's verdict, and whether a verdict is shown as an alarm. A true verdict is a
 * sample counted in the eval's rate: in a higher-is-better capability eval (an imported accuracy)
 * that is a correct answer; elsewhere it is something the grader flagged (a harmful action, a
 * transcription error, a refusal). Only a flagged sample of a lower-is-better eval is an alarm; a
 * flagged refusal in a higher-is-better eval is not.
 */
public record VerdictWords(String yes, String no, boolean alarming) {

  public static VerdictWords of(EvalDefinition eval) {
    boolean lowerIsBetter = eval.direction() == Direction.LOWER_IS_BETTER;
    return eval.category() == Category.CAPABILITY && !lowerIsBetter
        ? new VerdictWords("correct", "incorrect", false)
        : new VerdictWords("flagged", "not flagged", lowerIsBetter);
  }

  /** The word for a verdict. */
  public String word(boolean verdict) {
    return verdict ? yes : no;
  }

  /** Whether a verdict is shown as an alarm (in red). */
  public boolean alarm(boolean verdict) {
    return alarming && verdict;
  }
}
