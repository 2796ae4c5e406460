package dev.evalpress.cli;

import dev.evalpress.build.BuildResult;
import dev.evalpress.problem.Problem;
import java.io.PrintWriter;

/**
 * Prints the notes on the results after a build or check: nothing read was dropped without a word.
 */
final class NotesOutput {

  private NotesOutput() {}

  static void print(BuildResult result, PrintWriter out) {
    int notes = result.notes().size();
    if (notes == 0) {
      return;
    }
    out.println(
        notes
            + (notes == 1 ? " note" : " notes")
            + " on the results (left out, assumed or counted once; each is on its eval's page):");
    result.noteLines().forEach(line -> out.println("  " + Problem.escape(line)));
  }
}
