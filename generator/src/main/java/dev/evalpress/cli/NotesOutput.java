package dev.evalpress.cli;

import dev.evalpress.model.ResultNote;
import dev.evalpress.render.format.NoteSummary;
import java.io.PrintWriter;
import java.util.List;

/** Prints the notes on the results after a build or check: nothing read was dropped without a word. */
final class NotesOutput {

  private NotesOutput() {}

  static void print(List<ResultNote> notes, PrintWriter out) {
    if (notes.isEmpty()) {
      return;
    }
    out.println(notes.size() + (notes.size() == 1 ? " note" : " notes")
        + " on the results (left out, assumed or counted once; each is on its eval's page):");
    NoteSummary.lines(notes).forEach(line -> out.println("  " + dev.evalpress.problem.Problem.escape(line)));
  }
}
