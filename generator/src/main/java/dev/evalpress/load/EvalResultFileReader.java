package dev.evalpress.load;

import dev.evalpress.load.internal.Ids;
import dev.evalpress.located.JsonObject;
import dev.evalpress.model.Category;
import dev.evalpress.model.Condition;
import dev.evalpress.model.Direction;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.EvalResult;
import dev.evalpress.model.Measurement;
import dev.evalpress.model.ResultRow;
import dev.evalpress.model.RunInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads a {@code kind: "eval-result"} file: one eval definition and one run on one model. */
public final class EvalResultFileReader {

  private static final Set<String> TOP =
      Set.of("kind", "version", "eval", "model", "run", "results");
  private static final Set<String> EVAL =
      Set.of("id", "title", "metric", "category", "direction", "description");
  private static final Set<String> RUN = Set.of("date", "grader", "notes");
  private static final Set<String> ROW = Set.of("condition", "k", "n", "mean", "stderr", "bounds");
  private static final List<String> CATEGORIES =
      Arrays.stream(Category.values()).map(Category::label).toList();
  private static final List<String> DIRECTIONS =
      Arrays.stream(Direction.values()).map(Direction::label).toList();

  /** What one file holds. */
  record Read(EvalDefinition eval, EvalResult result) {}

  private EvalResultFileReader() {}

  static Read read(JsonObject file) {
    file.allowOnly(TOP);
    EvalDefinition eval = readEval(file.requireObject("eval"));
    String model = file.requireText("model");
    RunInfo run = file.object("run").map(EvalResultFileReader::readRun).orElse(RunInfo.NONE);
    List<ResultRow> rows = new ArrayList<>();
    List<JsonObject> items = file.requireObjects("results");
    if (file.has("results") && file.raw("results").isArray() && file.raw("results").isEmpty()) {
      file.fail("results", file.pointerOf("results") + ": expected at least one result row");
    }
    for (JsonObject row : items) {
      ResultRow r = readRow(row);
      if (r != null) {
        rows.add(r);
      }
    }
    if (file.failed() || eval == null || model == null) {
      return null;
    }
    return new Read(eval, new EvalResult(eval.id(), model, run, rows, file.place("model")));
  }

  /**
   * Reads an {@code eval} object (shared by result files and sample-log headers); null when it is
   * bad.
   */
  public static EvalDefinition readEval(JsonObject e) {
    if (e == null) {
      return null;
    }
    e.allowOnly(EVAL);
    String id = e.requireText("id");
    String title = e.requireText("title");
    String metric = e.requireText("metric");
    String category = e.requireOneOf("category", CATEGORIES);
    String direction = e.requireOneOf("direction", DIRECTIONS);
    if (id != null && !Ids.isNested(id)) {
      e.fail(
          "id",
          e.pointerOf("id")
              + ": expected an eval id of "
              + Ids.NESTED_RULE
              + ", got \""
              + id
              + "\"");
      return null;
    }
    if (id == null || title == null || metric == null || category == null || direction == null) {
      return null;
    }
    return new EvalDefinition(
        id,
        title,
        metric,
        Category.valueOf(category.toUpperCase(Locale.ROOT)),
        DirectionNames.parse(direction),
        e.place(),
        e.text("description").filter(d -> !d.isBlank()));
  }

  private static RunInfo readRun(JsonObject r) {
    r.allowOnly(RUN);
    return new RunInfo(r.date("date"), r.text("grader"), r.text("notes"));
  }

  private static ResultRow readRow(JsonObject row) {
    row.allowOnly(ROW);
    Condition condition =
        row.object("condition").map(c -> Condition.of(c.stringMap())).orElse(Condition.NONE);
    Measurement m = readMeasurement(row);
    return m == null ? null : new ResultRow(condition, m, row.place());
  }

  private static Measurement readMeasurement(JsonObject row) {
    boolean counts = row.has("k");
    boolean score = row.has("mean") || row.has("stderr");
    if (counts && score) {
      row.fail(
          null,
          row.pointer()
              + ": a result row has counts (k, n) or a score (mean, stderr, n), not both");
      return null;
    }
    if (!counts && !score) {
      row.fail(
          null,
          row.pointer()
              + ": a result row needs counts (\"k\" and \"n\") or a score (\"mean\", \"stderr\""
              + " and \"n\")");
      return null;
    }
    if (counts) {
      return CountsReader.read(row);
    }
    return ScoreReader.read(row);
  }

  /** Reads a direction label, which {@link #read} has already checked. */
  static final class DirectionNames {
    private DirectionNames() {}

    static Direction parse(String label) {
      return Arrays.stream(Direction.values())
          .filter(d -> d.label().equals(label))
          .findFirst()
          .orElseThrow();
    }

    static List<String> labels() {
      return DIRECTIONS;
    }
  }
}
