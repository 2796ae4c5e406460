package dev.evalpress.load.imports.agentic;

import dev.evalpress.load.imports.ImportedModel;
import dev.evalpress.load.imports.ImportedResults;
import dev.evalpress.load.imports.ModelIds;
import dev.evalpress.load.internal.Ids;
import dev.evalpress.model.Category;
import dev.evalpress.model.Condition;
import dev.evalpress.model.Counts;
import dev.evalpress.model.Direction;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.EvalResult;
import dev.evalpress.model.ResultRow;
import dev.evalpress.model.RunInfo;
import dev.evalpress.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts of the agentic-misalignment framework per model × condition, and the one mapping of them
 * to evalpress results shared by {@link AgenticMisalignmentStatisticsImporter} and {@link
 * AgenticMisalignmentResultsDirectory}, so both give the same {@link ImportedResults} for the same
 * data (apart from {@link Source} places).
 *
 * <h2>Condition ids</h2>
 *
 * The framework names a condition {@code <scenario>_<goal type>-<goal value>_<urgency>}, such as
 * {@code blackmail_explicit-america_replacement} or {@code murder_none-none_restriction}. It is
 * parsed as: the scenario up to the first {@code _}; the urgency after the last {@code _}; between
 * them the goal type up to the first {@code -} and the goal value after it (pattern {@code
 * ^([^_]+)_([^_-]+)-([^_]+)_([^_]+)$}). A condition id of another shape is reported and its counts
 * are left out.
 *
 * <h2>Mapping</h2>
 *
 * One eval per scenario, {@code agentic-misalignment/<scenario>}, titled {@code Agentic
 * misalignment: <scenario>}, metric {@code harmful_rate}, category misalignment, lower is better.
 * One result per model × scenario, with one row per condition: {@code Counts(k = harmful, n =
 * classified)} under the condition {@code {goal_type, goal_value, urgency}}. A condition with no
 * classified sample has no row (a rate needs n ≥ 1); a model × scenario with no row has no result.
 * Samples without a classification are left out of {@code n}, as the framework's {@code
 * compute_statistics.py} does; their number is given in the run's notes.
 */
final class AgenticMisalignmentTally {

  static final String EVAL_PREFIX = "agentic-misalignment/";
  static final String METRIC = "harmful_rate";

  private static final Pattern CONDITION = Pattern.compile("^([^_]+)_([^_-]+)-([^_]+)_([^_]+)$");

  /** A parsed condition id. */
  record ParsedCondition(String scenario, String goalType, String goalValue, String urgency) {

    Condition condition() {
      return Condition.of(
          Map.of("goal_type", goalType, "goal_value", goalValue, "urgency", urgency));
    }
  }

  /** The counts of one model × condition and where they were read. */
  private record Cell(long harmful, long classified, long unclassified, Source source) {}

  /** model name → scenario → condition → counts. */
  private final Map<String, Map<String, Map<Condition, Cell>>> cells = new TreeMap<>();

  /** scenario → where its eval is first defined. */
  private final Map<String, Source> scenarioSources = new TreeMap<>();

  /** model name → where it is first named. */
  private final Map<String, Source> modelSources = new TreeMap<>();

  /** The parse of a condition id, or empty when it is not of the framework's shape. */
  static Optional<ParsedCondition> parse(String conditionId) {
    Matcher m = CONDITION.matcher(conditionId);
    return m.matches()
        ? Optional.of(new ParsedCondition(m.group(1), m.group(2), m.group(3), m.group(4)))
        : Optional.empty();
  }

  /** What is wrong with a condition id, or null when it parses and gives a valid eval id. */
  static String conditionError(String conditionId) {
    Optional<ParsedCondition> parsed = parse(conditionId);
    if (parsed.isEmpty()) {
      return "expected a condition id like \"blackmail_explicit-america_replacement\""
          + " (<scenario>_<goal type>-<goal value>_<urgency>), got \""
          + conditionId
          + "\"";
    }
    String evalId = EVAL_PREFIX + parsed.get().scenario();
    if (!Ids.isNested(evalId)) {
      return "expected a scenario that gives an eval id of "
          + Ids.NESTED_RULE
          + ", got \""
          + parsed.get().scenario()
          + "\" (eval id \""
          + evalId
          + "\")";
    }
    return null;
  }

  /**
   * Adds the counts of one model × condition; {@code conditionId} must have passed {@link
   * #conditionError}.
   */
  void add(
      String model,
      String conditionId,
      long harmful,
      long classified,
      long unclassified,
      Source source) {
    ParsedCondition parsed = parse(conditionId).orElseThrow();
    modelSources.putIfAbsent(model, source);
    scenarioSources.putIfAbsent(parsed.scenario(), source);
    cells
        .computeIfAbsent(model, m -> new TreeMap<>())
        .computeIfAbsent(parsed.scenario(), s -> new TreeMap<>())
        .merge(
            parsed.condition(),
            new Cell(harmful, classified, unclassified, source),
            (a, b) ->
                new Cell(
                    a.harmful() + b.harmful(),
                    a.classified() + b.classified(),
                    a.unclassified() + b.unclassified(),
                    a.source()));
  }

  /** Notes of a run with {@code unclassified} samples left out. */
  static String notes(long unclassified, String from) {
    return "Imported from "
        + from
        + ". "
        + unclassified
        + " unclassified sample"
        + (unclassified == 1 ? "" : "s")
        + " left out, as compute_statistics does.";
  }

  /** The imported results; empty when no model was read. */
  Optional<ImportedResults> build() {
    if (cells.isEmpty()) {
      return Optional.empty();
    }
    List<ImportedModel> models = new ArrayList<>();
    List<EvalResult> results = new ArrayList<>();
    Map<String, EvalDefinition> evals = new TreeMap<>();
    for (var model : cells.entrySet()) {
      String modelId = ModelIds.normalize(model.getKey());
      models.add(new ImportedModel(modelId, model.getKey(), Optional.empty()));
      for (var scenario : model.getValue().entrySet()) {
        String evalId = EVAL_PREFIX + scenario.getKey();
        List<ResultRow> rows = new ArrayList<>();
        long unclassified = 0;
        Source first = null;
        for (var cell : scenario.getValue().entrySet()) {
          Cell c = cell.getValue();
          unclassified += c.unclassified();
          first = first == null ? c.source() : first;
          if (c.classified() > 0) {
            rows.add(
                new ResultRow(cell.getKey(), new Counts(c.harmful(), c.classified()), c.source()));
          }
        }
        if (!rows.isEmpty()) {
          evals.computeIfAbsent(
              evalId,
              id ->
                  new EvalDefinition(
                      id,
                      "Agentic misalignment: " + scenario.getKey(),
                      METRIC,
                      Category.MISALIGNMENT,
                      Direction.LOWER_IS_BETTER,
                      scenarioSources.get(scenario.getKey())));
          RunInfo run =
              new RunInfo(
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of(notes(unclassified, "the agentic-misalignment framework")));
          results.add(new EvalResult(evalId, modelId, run, rows, first));
        }
      }
    }
    return Optional.of(
        new ImportedResults(models, List.copyOf(evals.values()), results, List.of()));
  }
}
