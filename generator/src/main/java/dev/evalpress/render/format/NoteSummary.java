package dev.evalpress.render.format;

import dev.evalpress.model.ResultNote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notes on the results as the build summary prints them: one line per file and kind of note, so
 * that one cause (a copied file, a task left out on every checkpoint) is one line with a count, not
 * one per eval.
 */
public final class NoteSummary {

  /** More lines than this are summed up in one last line: the pages have every note. */
  static final int MAX_LINES = 40;

  private NoteSummary() {}

  private record Group(String path, ResultNote.Kind kind) {}

  /** The lines, in the order the notes were made, at most {@link #MAX_LINES} + 1. */
  public static List<String> lines(List<ResultNote> notes) {
    Map<Group, List<ResultNote>> groups = new LinkedHashMap<>();
    notes.forEach(
        n ->
            groups
                .computeIfAbsent(new Group(n.source().path(), n.kind()), g -> new ArrayList<>())
                .add(n));
    List<String> lines = new ArrayList<>();
    for (Map.Entry<Group, List<ResultNote>> g : groups.entrySet()) {
      if (lines.size() == MAX_LINES) {
        lines.add(
            "… and "
                + (groups.size() - MAX_LINES)
                + " more files with notes; each eval's page lists its own");
        break;
      }
      List<ResultNote> in = g.getValue();
      long distinct = in.stream().map(ResultNote::message).distinct().count();
      String text =
          distinct == 1
              ? in.get(0).message()
              : in.size() + " notes, such as: " + in.get(0).message() + evalOf(in.get(0));
      lines.add(g.getKey().path() + ": " + g.getKey().kind().label() + ": " + text);
    }
    return lines;
  }

  private static String evalOf(ResultNote n) {
    return n.evalId().map(e -> " (" + e + ")").orElse("");
  }
}
