package dev.evalpress.load;

import dev.evalpress.located.JsonObject;
import dev.evalpress.model.IncompleteRun;
import dev.evalpress.model.ResultNote;
import dev.evalpress.model.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code notes} and {@code incomplete} runs of a models file, which {@code evalpress
 * import} writes so that a build from the converted files notes what the import left out, assumed
 * or counted once, as a build from the originals does.
 */
final class ResultNotesReader {

  private static final Set<String> NOTE = Set.of("kind", "eval", "model", "message", "source");
  private static final Set<String> SOURCE = Set.of("path", "line", "column");
  private static final List<String> KINDS =
      Arrays.stream(ResultNote.Kind.values()).map(ResultNote.Kind::label).toList();

  private ResultNotesReader() {}

  private static final Set<String> INCOMPLETE =
      Set.of("eval", "model", "status", "detail", "source");

  /**
   * The {@code incomplete} runs of a models file: runs that did not complete, as {@code import}
   * wrote them.
   */
  static List<IncompleteRun> incomplete(JsonObject file) {
    List<IncompleteRun> runs = new ArrayList<>();
    if (!file.has("incomplete")) {
      return runs;
    }
    for (JsonObject r : file.requireObjects("incomplete")) {
      r.allowOnly(INCOMPLETE);
      String eval = r.requireText("eval");
      String model = r.requireText("model");
      String status = r.requireText("status");
      String detail = r.text("detail").orElse("");
      Source source = source(r);
      if (eval != null && model != null && status != null && source != null) {
        runs.add(new IncompleteRun(eval, model, status, detail, source));
      }
    }
    return runs;
  }

  static List<ResultNote> read(JsonObject file) {
    List<ResultNote> notes = new ArrayList<>();
    if (!file.has("notes")) {
      return notes;
    }
    for (JsonObject n : file.requireObjects("notes")) {
      n.allowOnly(NOTE);
      String kind = n.requireOneOf("kind", KINDS);
      String message = n.requireText("message");
      Source source = source(n);
      Optional<String> eval = n.text("eval");
      Optional<String> model = n.text("model");
      if (kind != null && message != null && source != null) {
        notes.add(
            new ResultNote(
                ResultNote.Kind.values()[KINDS.indexOf(kind)], eval, model, message, source));
      }
    }
    return notes;
  }

  /** The {@code source} object of an entry: where in the original files it was read. */
  private static Source source(JsonObject entry) {
    JsonObject s = entry.requireObject("source");
    if (s == null) {
      return null;
    }
    s.allowOnly(SOURCE);
    String path = s.requireText("path");
    Long line = s.requireLong("line", 0);
    Long column = s.requireLong("column", 0);
    return path == null || line == null || column == null
        ? null
        : new Source(
            path,
            (int) Math.min(line, Integer.MAX_VALUE),
            (int) Math.min(column, Integer.MAX_VALUE));
  }
}
