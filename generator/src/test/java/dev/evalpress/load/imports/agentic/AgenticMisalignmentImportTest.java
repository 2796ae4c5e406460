package dev.evalpress.load.imports.agentic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.load.Importers;
import dev.evalpress.load.imports.ImportedModel;
import dev.evalpress.load.imports.ImportedResults;
import dev.evalpress.load.imports.InputFile;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.model.Category;
import dev.evalpress.model.Condition;
import dev.evalpress.model.Counts;
import dev.evalpress.model.Direction;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.EvalResult;
import dev.evalpress.problem.Problem;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agentic-misalignment statistics importer and results-directory reader on small hand-written
 * data.
 */
class AgenticMisalignmentImportTest {

  private static final Path FIXTURES = Path.of("src/test/resources/imports/agentic-misalignment");
  private static final String NOTE1 =
      "Imported from the agentic-misalignment framework. 1 unclassified sample left out, as compute_statistics does.";
  private static final String NOTE0 =
      "Imported from the agentic-misalignment framework. 0 unclassified samples left out, as compute_statistics does.";

  record Read(Optional<ImportedResults> imported, List<String> problems) {}

  static Read statistics(String name) throws IOException {
    Problems problems = new Problems();
    LocatedJson doc =
        LocatedJson.parse("results/" + name, Files.readAllBytes(FIXTURES.resolve(name)), problems)
            .orElseThrow();
    assertThat(
            Importers.claim(InputFile.parsed(FIXTURES.resolve(name), doc))
                .map(Importers.Claim::importer))
        .containsInstanceOf(AgenticMisalignmentStatisticsImporter.class);
    Optional<ImportedResults> r = new AgenticMisalignmentStatisticsImporter().read(doc, problems);
    return new Read(r, problems.list().stream().map(Problem::toString).toList());
  }

  static Read directory(Path dir) {
    Problems problems = new Problems();
    Optional<ImportedResults> r =
        AgenticMisalignmentResultsDirectory.read(dir, "results/models", problems);
    return new Read(r, problems.list().stream().map(Problem::toString).toList());
  }

  static Condition cond(String goalType, String goalValue, String urgency) {
    return Condition.of(Map.of("goal_type", goalType, "goal_value", goalValue, "urgency", urgency));
  }

  /** Everything but the places, which differ between a statistics file and a folder. */
  static List<String> placeless(ImportedResults r) {
    List<String> out = new java.util.ArrayList<>();
    r.models().forEach(m -> out.add(m.toString()));
    r.evals()
        .forEach(
            e ->
                out.add(
                    e.id()
                        + "|"
                        + e.title()
                        + "|"
                        + e.metric()
                        + "|"
                        + e.category()
                        + "|"
                        + e.direction()));
    for (EvalResult e : r.results()) {
      out.add(e.evalId() + "|" + e.modelId() + "|" + e.run());
      e.rows().forEach(row -> out.add("  " + row.condition().label() + " -> " + row.measurement()));
    }
    out.addAll(r.runs().stream().map(Object::toString).toList());
    return out;
  }

  static void assertExpected(ImportedResults r) {
    assertThat(r.models())
        .containsExactly(
            new ImportedModel("claude-opus-4", "claude-opus-4", Optional.empty()),
            new ImportedModel("gpt-4.1", "gpt-4.1", Optional.empty()));
    assertThat(r.evals())
        .extracting(
            EvalDefinition::id,
            EvalDefinition::title,
            EvalDefinition::metric,
            EvalDefinition::category,
            EvalDefinition::direction)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "agentic-misalignment/blackmail",
                "Agentic misalignment: blackmail",
                "harmful_rate",
                Category.MISALIGNMENT,
                Direction.LOWER_IS_BETTER),
            org.assertj.core.groups.Tuple.tuple(
                "agentic-misalignment/leaking",
                "Agentic misalignment: leaking",
                "harmful_rate",
                Category.MISALIGNMENT,
                Direction.LOWER_IS_BETTER));
    List<EvalResult> results = r.results();
    assertThat(results)
        .extracting(EvalResult::evalId, EvalResult::modelId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("agentic-misalignment/blackmail", "claude-opus-4"),
            org.assertj.core.groups.Tuple.tuple("agentic-misalignment/leaking", "claude-opus-4"),
            org.assertj.core.groups.Tuple.tuple("agentic-misalignment/blackmail", "gpt-4.1"),
            org.assertj.core.groups.Tuple.tuple("agentic-misalignment/leaking", "gpt-4.1"));
    // claude blackmail: 2 harmful of 3 classified, 1 unclassified left out of n
    assertThat(results.get(0).rows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.condition()).isEqualTo(cond("explicit", "america", "replacement"));
              assertThat(row.measurement()).isEqualTo(new Counts(2, 3));
            });
    assertThat(results.get(0).run().notes()).contains(NOTE1);
    assertThat(results.get(1).rows().get(0).condition())
        .isEqualTo(cond("none", "none", "restriction"));
    assertThat(results.get(1).rows().get(0).measurement()).isEqualTo(new Counts(0, 2));
    assertThat(results.get(1).run().notes()).contains(NOTE0);
    // gpt blackmail: 1 of 1, one unclassified (classification without harmful_behavior)
    assertThat(results.get(2).rows().get(0).measurement()).isEqualTo(new Counts(1, 1));
    assertThat(results.get(2).run().notes()).contains(NOTE1);
    assertThat(results.get(3).rows().get(0).measurement()).isEqualTo(new Counts(1, 3));
    assertThat(r.runs()).isEmpty();
  }

  @Test
  void parsesConditionIdsAsScenarioGoalTypeGoalValueUrgency() {
    assertThat(AgenticMisalignmentTally.parse("blackmail_explicit-america_replacement"))
        .contains(
            new AgenticMisalignmentTally.ParsedCondition(
                "blackmail", "explicit", "america", "replacement"));
    assertThat(AgenticMisalignmentTally.parse("murder_none-none_restriction"))
        .contains(
            new AgenticMisalignmentTally.ParsedCondition("murder", "none", "none", "restriction"));
    assertThat(AgenticMisalignmentTally.parse("leaking_latent-individualism_none"))
        .contains(
            new AgenticMisalignmentTally.ParsedCondition(
                "leaking", "latent", "individualism", "none"));
    assertThat(AgenticMisalignmentTally.parse("blackmail")).isEmpty();
    assertThat(AgenticMisalignmentTally.parse("blackmail_explicit_replacement")).isEmpty();
  }

  @Test
  void importsStatistics() throws IOException {
    Read read = statistics("statistics.json");
    assertThat(read.problems()).isEmpty();
    assertExpected(read.imported().orElseThrow());
    assertThat(read.imported().orElseThrow().results().get(0).rows().get(0).source().toString())
        .isEqualTo("results/statistics.json:10:5");
  }

  @Test
  void readsResultsDirectoryWithUnclassifiedAndMalformedSamples() {
    Read read = directory(FIXTURES.resolve("results/models"));
    assertThat(read.problems())
        .containsExactly(
            "results/models/gpt-4.1/blackmail_explicit-america_replacement/"
                + "sample_002/response.json:4:25: /classification/harmful_behavior: expected true or false, got \"yes\"");
    assertExpected(read.imported().orElseThrow());
  }

  @Test
  void directoryAndStatisticsGiveTheSameResults() throws IOException {
    ImportedResults fromStatistics = statistics("statistics.json").imported().orElseThrow();
    ImportedResults fromDirectory =
        directory(FIXTURES.resolve("results/models")).imported().orElseThrow();
    assertThat(placeless(fromDirectory)).isEqualTo(placeless(fromStatistics));
  }

  @Test
  void reportsBadStatisticsEntries() throws IOException {
    Read read = statistics("statistics-bad.json");
    assertThat(read.problems())
        .containsExactly(
            "results/statistics-bad.json:3:45: /experiments/0/condition: expected a condition id like"
                + " \"blackmail_explicit-america_replacement\" (<scenario>_<goal type>-<goal value>_<urgency>), got"
                + " \"blackmail\"",
            "results/statistics-bad.json:4:93: /experiments/1/harmful_samples: expected at most the 2"
                + " classified_samples, got 3",
            "results/statistics-bad.json:5:118: /experiments/2/classified_samples: expected an integer, got \"2\"");
    assertThat(read.imported()).isEmpty();
  }

  @Test
  void reportsBadResponseFilesAndConditionFolders(@TempDir Path dir) throws IOException {
    Path models = dir.resolve("models");
    Path good = models.resolve("m/murder_none-none_replacement");
    write(
        good.resolve("sample_001/response.json"),
        "{\"classification\": {\"harmful_behavior\": true}}");
    write(
        good.resolve("sample_002/response.json"),
        "{\"classification\": {\"harmful_behavior\": tru}}");
    write(good.resolve("sample_003/response.json"), "[1]");
    write(good.resolve("sample_004/response.json"), "{\"classification\": \"harmful\"}");
    Files.createDirectories(
        good.resolve("sample_005")); // no response.json: the framework wrote none
    write(models.resolve("m/not-a-condition/sample_001/response.json"), "{}");
    Read read = directory(models);
    assertThat(read.problems())
        .containsExactly(
            "results/models/m/murder_none-none_replacement/sample_002/response.json:1:41: invalid JSON: Unrecognized"
                + " token 'tru': was expecting (JSON String, Number (or 'NaN'/'+INF'/'-INF'), Array, Object or token"
                + " 'null', 'true' or 'false')",
            "results/models/m/murder_none-none_replacement/sample_003/response.json:1:1: expected a JSON object at"
                + " the top level, got an array",
            "results/models/m/murder_none-none_replacement/sample_004/response.json:1:20: /classification: expected"
                + " an object, got \"harmful\"",
            "results/models/m/not-a-condition:0:0: expected a condition id like"
                + " \"blackmail_explicit-america_replacement\" (<scenario>_<goal type>-<goal value>_<urgency>), got"
                + " \"not-a-condition\"");
    EvalResult only = read.imported().orElseThrow().results().get(0);
    assertThat(only.evalId()).isEqualTo("agentic-misalignment/murder");
    assertThat(only.rows().get(0).measurement()).isEqualTo(new Counts(1, 1));
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
