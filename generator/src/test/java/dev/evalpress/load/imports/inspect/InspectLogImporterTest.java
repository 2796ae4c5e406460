package dev.evalpress.load.imports.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalpress.load.imports.ImportedModel;
import dev.evalpress.load.imports.ImportedResults;
import dev.evalpress.load.imports.ModelIds;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.model.Category;
import dev.evalpress.model.Condition;
import dev.evalpress.model.Counts;
import dev.evalpress.model.Direction;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.EvalResult;
import dev.evalpress.model.IncompleteRun;
import dev.evalpress.model.Measurement;
import dev.evalpress.model.ResultNote;
import dev.evalpress.model.Score;
import dev.evalpress.model.ScoreBounds;
import dev.evalpress.problem.Problem;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InspectLogImporterTest {

  private static final Path FIXTURES = Path.of("src/test/resources/imports/inspect");
  private static final ObjectMapper JSON = new ObjectMapper();
  private final InspectLogImporter importer = new InspectLogImporter();

  /**
   * What one read gave: the import, if any, and the problems as {@code path:line:column: message}.
   */
  private record Read(Optional<ImportedResults> imported, List<String> problems) {
    ImportedResults get() {
      assertThat(imported).as("imported (problems: %s)", problems).isPresent();
      return imported.get();
    }

    Measurement only() {
      assertThat(get().results()).hasSize(1);
      assertThat(get().results().get(0).rows()).hasSize(1);
      return get().results().get(0).rows().get(0).measurement();
    }
  }

  /** A score whose every sample value lies in [0, 1], so it is bounded by [0, 1]. */
  private static Score proportion(double mean, double stderr, long n) {
    return new Score(mean, stderr, n, Optional.of(ScoreBounds.UNIT));
  }

  /**
   * The log read from its bytes, and, checked to import alike (the same numbers, notes and
   * problems), from its file parsed as a stream without its samples, which are then streamed from
   * the file.
   */
  private Read readText(String path, String json) {
    Problems problems = new Problems();
    LocatedJson doc =
        LocatedJson.parse(path, json.getBytes(StandardCharsets.UTF_8), problems).orElseThrow();
    assertThat(importer.recognizes(doc.root())).as("recognizes %s", path).isTrue();
    Optional<ImportedResults> imported = importer.read(doc, problems);
    try {
      Path file = Files.createTempFile("inspect-log", ".json");
      Files.writeString(file, json, StandardCharsets.UTF_8);
      Problems streamedProblems = new Problems();
      LocatedJson streamed =
          LocatedJson.parse(path, file, "samples", streamedProblems).orElseThrow();
      assertThat(streamed.skipped().isPresent()).isEqualTo(doc.root().path("samples").isArray());
      Optional<ImportedResults> fromStream = importer.read(streamed, streamedProblems);
      assertThat(streamedProblems.list()).isEqualTo(problems.list());
      assertThat(fromStream.map(InspectLogImporterTest::withoutSampleLogs))
          .isEqualTo(imported.map(InspectLogImporterTest::withoutSampleLogs));
      Files.delete(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new Read(imported, problems.list().stream().map(Problem::toString).toList());
  }

  private static ImportedResults withoutSampleLogs(ImportedResults r) {
    return r.withSampleLogs(List.of());
  }

  private Read read(String fixture) throws IOException {
    return readText("imports/inspect/" + fixture, Files.readString(FIXTURES.resolve(fixture)));
  }

  private static JsonNode tree(String fixture) throws IOException {
    return JSON.readTree(FIXTURES.resolve(fixture).toFile());
  }

  private static double metric(JsonNode log, int scorer, String metric) {
    return log.at("/results/scores/" + scorer + "/metrics/" + metric + "/value").doubleValue();
  }

  // ---- recognition ----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "success-ci.json",
        "success-numeric.json",
        "older-options-two-scorers.json",
        "two-epochs-agree.json",
        "two-epochs-mixed.json",
        "cancelled.json",
        "error.json",
        "stderr-na.json",
        "missing-model.json"
      })
  void recognizesEveryFixture(String fixture) throws IOException {
    assertThat(importer.recognizes(tree(fixture))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"kind\": \"eval-result\", \"version\": 2, \"eval\": {\"task\": \"t\", \"model\": \"m\"}}",
        "{\"version\": 1, \"eval\": {\"task\": \"t\", \"model\": \"m\"}}",
        "{\"version\": \"2\", \"eval\": {\"task\": \"t\", \"model\": \"m\"}}",
        "{\"version\": 2, \"eval\": {\"model\": \"m\"}}",
        "{\"version\": 2, \"eval\": \"t\"}",
        "{\"version\": 2}",
        "{\"results\": {\"arc_easy\": {\"acc\": 0.7}}, \"versions\": {\"arc_easy\": 0}, \"config\": {}}",
        "[{\"version\": 2}]"
      })
  void recognizesNothingElse(String json) throws IOException {
    assertThat(importer.recognizes(JSON.readTree(json))).isFalse();
  }

  @Test
  void namesItsFormat() {
    assertThat(importer.format()).contains("Inspect AI");
  }

  // ---- success logs ----

  @Test
  void correctIncorrectScorerImportsCountsWhoseRateIsTheLogsAccuracy() throws IOException {
    ImportedResults imported = read("success-ci.json").get();

    assertThat(imported.models())
        .containsExactly(
            new ImportedModel(
                "openai-gpt-4o-mini",
                "openai/gpt-4o-mini",
                Optional.of(LocalDate.of(2025, 5, 12))));
    EvalDefinition eval = imported.evals().get(0);
    assertThat(imported.evals()).hasSize(1);
    assertThat(eval.id()).isEqualTo("inspect/popularity");
    assertThat(eval.title()).isEqualTo("popularity");
    assertThat(eval.metric()).isEqualTo("accuracy");
    assertThat(eval.category()).isEqualTo(Category.CAPABILITY);
    assertThat(eval.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);

    EvalResult result = imported.results().get(0);
    assertThat(result.evalId()).isEqualTo("inspect/popularity");
    assertThat(result.modelId()).isEqualTo("openai-gpt-4o-mini");
    assertThat(result.run().date()).contains(LocalDate.of(2025, 5, 12));
    assertThat(result.run().grader()).contains("match");
    assertThat(result.run().notes())
        .contains("Imported from an Inspect AI eval log (run Hj4kL9mNp2QrS6tUv8wXyZ).");
    assertThat(result.rows().get(0).condition()).isEqualTo(Condition.NONE);
    Counts counts = (Counts) result.rows().get(0).measurement();
    assertThat(counts).isEqualTo(new Counts(3, 4));
    assertThat(counts.rate()).isEqualTo(metric(tree("success-ci.json"), 0, "accuracy"));
    assertThat(imported.runs()).isEmpty();
  }

  @Test
  void resultsArePlacedAtTheirScorerAndMetric() throws IOException {
    EvalResult result = read("success-ci.json").get().results().get(0);

    assertThat(result.source().toString()).isEqualTo("imports/inspect/success-ci.json:21:7");
    assertThat(result.rows().get(0).source().toString())
        .isEqualTo("imports/inspect/success-ci.json:26:53");
  }

  @Test
  void numericScorerImportsTheLogsMeanAndStderrExactly() throws IOException {
    Read read = read("success-numeric.json");
    JsonNode log = tree("success-numeric.json");

    assertThat(read.problems()).isEmpty();
    assertThat(read.only())
        .isEqualTo(proportion(metric(log, 0, "mean"), metric(log, 0, "stderr"), 4));
    assertThat(read.only()).isEqualTo(proportion(0.625, 0.1613743060919757, 4));
    EvalDefinition eval = read.get().evals().get(0);
    assertThat(eval.id()).isEqualTo("inspect/writing-quality");
    assertThat(eval.title()).isEqualTo("Writing Quality");
    assertThat(eval.metric()).isEqualTo("mean");
    // a mean may be of a score where lower is better: the direction is assumed, and said so
    assertThat(read.get().notes())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(dev.evalpress.model.ResultNote.Kind.DIRECTION_ASSUMED);
              assertThat(n.evalId()).contains("inspect/writing-quality");
              assertThat(n.message())
                  .startsWith("Direction assumed higher-is-better")
                  .contains("evals:");
            });
    assertThat(read.get().models())
        .containsExactly(
            new ImportedModel(
                "anthropic-claude-3-5-haiku-latest",
                "anthropic/claude-3-5-haiku-latest",
                Optional.of(LocalDate.of(2025, 3, 2))));
  }

  @Test
  void olderMetricsWithOptionsAndSeveralScorersGiveOneEvalPerScorer() throws IOException {
    Read read = read("older-options-two-scorers.json");
    JsonNode log = tree("older-options-two-scorers.json");

    assertThat(read.problems()).isEmpty();
    assertThat(read.get().evals())
        .extracting(EvalDefinition::id)
        .containsExactly(
            "inspect/inspect_evals/mmlu_0_shot/choice",
            "inspect/inspect_evals/mmlu_0_shot/includes");
    assertThat(read.get().evals())
        .extracting(EvalDefinition::title)
        .containsExactly(
            "inspect_evals/mmlu_0_shot — choice", "inspect_evals/mmlu_0_shot — includes");
    assertThat(read.get().results())
        .extracting(r -> r.rows().get(0).measurement())
        .containsExactly(new Counts(2, 3), new Counts(1, 3));
    for (int i = 0; i < 2; i++) {
      assertThat(((Counts) read.get().results().get(i).rows().get(0).measurement()).rate())
          .isEqualTo(metric(log, i, "accuracy"));
    }
    assertThat(read.get().models())
        .extracting(ImportedModel::id)
        .containsExactly("ollama-llama3.1");
  }

  @Test
  void newerMetricsWithParamsReadLikeOlderOnesWithOptions() throws IOException {
    // success-ci.json writes "params" in each metric, older-options-two-scorers.json writes
    // "options"
    assertThat(tree("success-ci.json").at("/results/scores/0/metrics/accuracy").has("params"))
        .isTrue();
    assertThat(
            tree("older-options-two-scorers.json")
                .at("/results/scores/0/metrics/accuracy")
                .has("options"))
        .isTrue();
    assertThat(read("success-ci.json").only()).isInstanceOf(Counts.class);
    assertThat(read("older-options-two-scorers.json").get().results()).hasSize(2);
  }

  // ---- epochs ----

  @Test
  void twoEpochsThatAgreeAreCountedOncePerSampleFromTheReductions() throws IOException {
    Read read = read("two-epochs-agree.json");

    assertThat(read.problems()).isEmpty();
    assertThat(read.only()).isEqualTo(new Counts(2, 3));
    assertThat(((Counts) read.only()).rate())
        .isEqualTo(metric(tree("two-epochs-agree.json"), 0, "accuracy"));
    assertThat(read.get().results().get(0).run().grader()).contains("match");
  }

  @Test
  void twoEpochsThatAgreeAreReducedFromTheSamplesWhenTheLogHasNoReductions() throws IOException {
    ObjectNode log = (ObjectNode) tree("two-epochs-agree.json");
    log.remove("reductions");

    assertThat(readText("no-reductions.json", log.toPrettyString()).only())
        .isEqualTo(new Counts(2, 3));
  }

  @Test
  void twoEpochsThatDisagreeImportTheLogsScoreOverReducedSamples() throws IOException {
    Read read = read("two-epochs-mixed.json");

    // reduced values 0.5 and 1.0: not binary; n is 2 samples, not the 4 sample-epochs of
    // total_samples
    assertThat(read.problems()).isEmpty();
    assertThat(read.only()).isEqualTo(proportion(0.75, 0.25, 2));
  }

  @Test
  void twoEpochsThatDisagreeWithoutReductionsDivideCompletedSamplesByEpochs() throws IOException {
    ObjectNode log = (ObjectNode) tree("two-epochs-mixed.json");
    log.remove("reductions");

    assertThat(readText("no-reductions.json", log.toPrettyString()).only())
        .isEqualTo(proportion(0.75, 0.25, 2));
  }

  @Test
  void samplesReducedByAnotherReducerWithoutReductionsAreNotCountedHere() throws IOException {
    ObjectNode log = (ObjectNode) tree("two-epochs-agree.json");
    log.remove("reductions");
    ((ObjectNode) log.at("/results/scores/0")).put("reducer", "max");

    // max over epochs is Inspect's to compute: the log's own accuracy and stderr are imported
    // instead
    assertThat(readText("max.json", log.toPrettyString()).only())
        .isEqualTo(proportion(0.6666666666666666, 0.33333333333333337, 3));
  }

  @Test
  void severalReducersGiveOneEvalEachNamedByScorerAndReducer() {
    String json =
        """
        {"version": 2, "status": "success",
         "eval": {"task": "popularity", "model": "openai/gpt-4o", "created": "2025-01-01T00:00:00Z",
                  "config": {"epochs": 2, "epochs_reducer": ["mean", "max"]}},
         "results": {"total_samples": 4, "completed_samples": 4, "scores": [
           {"name": "match", "scorer": "match", "reducer": "mean",
            "metrics": {"accuracy": {"name": "accuracy", "value": 0.75}, "stderr": {"name": "stderr", "value": 0.25}}},
           {"name": "match", "scorer": "match", "reducer": "max",
            "metrics": {"accuracy": {"name": "accuracy", "value": 1.0}, "stderr": {"name": "stderr", "value": 0.0}}}]},
         "reductions": [
           {"scorer": "match", "reducer": "mean",
            "samples": [{"value": 0.5, "sample_id": 1}, {"value": 1.0, "sample_id": 2}]},
           {"scorer": "match", "reducer": "max",
            "samples": [{"value": 1.0, "sample_id": 1}, {"value": 1.0, "sample_id": 2}]}]}
        """;
    Read read = readText("reducers.json", json);

    assertThat(read.problems()).isEmpty();
    assertThat(read.get().evals())
        .extracting(EvalDefinition::id)
        .containsExactly(
            "inspect/popularity/epochs-2/match-mean", "inspect/popularity/epochs-2/match-max");
    assertThat(read.get().evals())
        .extracting(EvalDefinition::title)
        .containsExactly("popularity — match-mean", "popularity — match-max");
    assertThat(read.get().results())
        .extracting(r -> r.rows().get(0).measurement())
        .containsExactly(proportion(0.75, 0.25, 2), new Counts(2, 2));
  }

  @Test
  void aScorerWithADictionaryOfMetricsGivesOneEvalPerKey() {
    String json =
        """
        {"version": 2, "status": "success", "eval": {"task": "hhh", "model": "openai/gpt-4o"},
         "results": {"total_samples": 2, "completed_samples": 2, "scores": [
           {"name": "honest", "scorer": "grader",
            "metrics": {"accuracy": {"name": "accuracy", "value": 0.5}, "stderr": {"name": "stderr", "value": 0.5}}},
           {"name": "harmless", "scorer": "grader",
            "metrics": {"mean": {"name": "mean", "value": 0.75}, "stderr": {"name": "stderr", "value": 0.25}}}]},
         "samples": [
           {"id": 1, "epoch": 1, "scores": {"grader": {"value": {"honest": 1, "harmless": 0.5}}}},
           {"id": 2, "epoch": 1, "scores": {"grader": {"value": {"honest": 0, "harmless": 1.0}}}}]}
        """;
    Read read = readText("dict.json", json);

    assertThat(read.problems()).isEmpty();
    assertThat(read.get().evals())
        .extracting(EvalDefinition::id, EvalDefinition::metric)
        .containsExactly(
            tuple("inspect/hhh/honest", "accuracy"), tuple("inspect/hhh/harmless", "mean"));
    assertThat(read.get().results())
        .extracting(r -> r.rows().get(0).measurement())
        .containsExactly(new Counts(1, 2), proportion(0.75, 0.25, 2));
  }

  @Test
  void samplesOfOldLogsWithASingleScoreCountForTheFirstScorer() {
    String json =
        """
        {"version": 2, "status": "success", "eval": {"task": "t", "model": "m"},
         "results": {"total_samples": 2, "completed_samples": 2, "scores": [
           {"name": "match", "metrics": {"accuracy": {"value": 0.5}, "stderr": {"value": 0.5}}}]},
         "samples": [{"id": 1, "epoch": 1, "score": {"value": "C"}}, {"id": 2, "epoch": 1, "score": {"value": "I"}}]}
        """;

    assertThat(readText("old.json", json).only()).isEqualTo(new Counts(1, 2));
  }

  // ---- what is not binary, and what disagrees ----

  @Test
  void partialCreditIsNotBinary() throws IOException {
    ObjectNode log = (ObjectNode) tree("success-ci.json");
    log.remove("reductions");
    ((ObjectNode) log.at("/samples/2/scores/match")).put("value", "P");
    ((ObjectNode) log.at("/results/scores/0/metrics/accuracy")).put("value", 0.875);
    ((ObjectNode) log.at("/results/scores/0/metrics/stderr")).put("value", 0.125);

    assertThat(readText("partial.json", log.toPrettyString()).only())
        .isEqualTo(proportion(0.875, 0.125, 4));
  }

  @Test
  void countsThatDisagreeWithTheLogsMetricGiveWayToTheLogsOwnNumbers() throws IOException {
    ObjectNode log = (ObjectNode) tree("success-ci.json");
    ((ObjectNode) log.at("/results/scores/0/metrics/accuracy")).put("value", 0.5);

    assertThat(readText("disagree.json", log.toPrettyString()).only())
        .isEqualTo(proportion(0.5, 0.25, 4));
  }

  @Test
  void aScoreIsBoundedByZeroAndOneOnlyWhenEverySampleValueIsWithinThem() throws IOException {
    ObjectNode log = (ObjectNode) tree("two-epochs-mixed.json");
    assertThat(readText("mixed.json", log.toPrettyString()).only())
        .isInstanceOfSatisfying(
            Score.class, s -> assertThat(s.bounds()).contains(ScoreBounds.UNIT));

    ObjectNode rubric = (ObjectNode) tree("success-numeric.json");
    ((ObjectNode) rubric.at("/samples/0/scores/rubric_score")).put("value", 7);
    assertThat(readText("rubric.json", rubric.toPrettyString()).only())
        .isInstanceOfSatisfying(Score.class, s -> assertThat(s.bounds()).isEmpty());

    ObjectNode noSamples = (ObjectNode) tree("success-numeric.json");
    noSamples.remove("samples");
    assertThat(readText("no-samples.json", noSamples.toPrettyString()).only())
        .isInstanceOfSatisfying(Score.class, s -> assertThat(s.bounds()).isEmpty());
  }

  @Test
  void scoredSamplesOfTheScorerAreItsSampleSize() throws IOException {
    ObjectNode log = (ObjectNode) tree("success-numeric.json");
    ((ObjectNode) log.at("/results/scores/0")).put("scored_samples", 3);

    assertThat(readText("scored.json", log.toPrettyString()).only())
        .isEqualTo(proportion(0.625, 0.1613743060919757, 3));
  }

  @Test
  void aBinaryScorerNeedsNoStderrButAnotherIsSkippedAndNamedInTheNotes() throws IOException {
    Read read = read("stderr-na.json");

    assertThat(read.get().evals())
        .extracting(EvalDefinition::id)
        .containsExactly("inspect/helpfulness/match");
    assertThat(read.get().results())
        .extracting(r -> r.rows().get(0).measurement())
        .containsExactly(new Counts(2, 3));
    assertThat(read.problems()).isEmpty();
    assertThat(read.get().results().get(0).run().notes().orElseThrow())
        .endsWith(
            " Not imported: scorer \"quality\""
                + " (its samples are not all 0/1 or C/I, so it needs a numeric \"stderr\" as a score, got \"N/A\").");
  }

  // ---- logs that ran but were not scored ----

  /** The not-scored run of a read: its one incomplete run and note, and no results or problems. */
  private static IncompleteRun notScored(Read read) {
    assertThat(read.problems()).isEmpty();
    assertThat(read.get().results()).isEmpty();
    assertThat(read.get().incomplete()).hasSize(1);
    IncompleteRun run = read.get().incomplete().get(0);
    assertThat(run.status()).isEqualTo("not scored");
    assertThat(read.get().notes())
        .singleElement()
        .satisfies(
            note -> {
              assertThat(note.kind()).isEqualTo(ResultNote.Kind.LEFT_OUT);
              assertThat(note.evalId()).contains(run.evalId());
              assertThat(note.modelId()).contains(run.modelId());
              assertThat(note.message()).contains(run.detail());
            });
    return run;
  }

  @Test
  void aSuccessLogWithoutResultsScoresIsARunThatWasNotScored() {
    IncompleteRun run =
        notScored(
            readText(
                "no-scores.json",
                """
        {"version": 2, "status": "success",
         "eval": {"task": "popularity", "model": "openai/gpt-4o"},
         "results": {"total_samples": 1, "completed_samples": 1}}
        """));

    assertThat(run.evalId()).isEqualTo("inspect/popularity");
    assertThat(run.modelId()).isEqualTo("openai-gpt-4o");
    assertThat(run.detail())
        .isEqualTo(
            "the log has no scorer (no results.scores); 1 of 1 samples completed; not"
                + " counted in any rate");
    assertThat(run.source().toString()).isEqualTo("no-scores.json:3:13");
  }

  @Test
  void aSuccessLogWithoutResultsOrWithAnEmptyScoresListIsNotScored() {
    IncompleteRun noResults =
        notScored(
            readText(
                "no-results.json",
                """
        {"version": 2, "status": "success", "eval": {"task": "popularity", "model": "openai/gpt-4o"}}
        """));
    IncompleteRun empty =
        notScored(
            readText(
                "empty.json",
                """
        {"version": 2, "status": "success", "eval": {"task": "t", "model": "m"}, "results": {"scores": []}}
        """));

    assertThat(noResults.detail())
        .isEqualTo("the log has no scorer (no results); not counted in any rate");
    assertThat(empty.detail())
        .isEqualTo("the log has no scorer (results.scores is empty); not counted in any rate");
  }

  @Test
  void aLogWhoseOnlyScorerCannotBeImportedIsNotScoredAndSaysWhy() throws IOException {
    ObjectNode log = (ObjectNode) tree("success-numeric.json");
    ((ObjectNode) log.at("/results/scores/0/metrics")).remove("stderr");
    IncompleteRun noStderr = notScored(readText("no-stderr.json", log.toPrettyString()));
    IncompleteRun spreadOnly =
        notScored(
            readText(
                "spread.json",
                """
        {"version": 2, "status": "success", "eval": {"task": "t", "model": "m"},
         "results": {"scores": [{"name": "s", "metrics": {"stderr": {"value": 0.1}}}]}}
        """));

    assertThat(noStderr.evalId()).isEqualTo("inspect/writing-quality");
    assertThat(noStderr.detail())
        .isEqualTo(
            "no scorer could be imported: scorer \"rubric_score\" (its samples are"
                + " not all 0/1 or C/I, so it needs a \"stderr\" metric as a score, and has none); 4 of 4 samples"
                + " completed; not counted in any rate");
    assertThat(spreadOnly.detail())
        .isEqualTo(
            "no scorer could be imported: scorer \"s\" (it has no metric to"
                + " import, such as \"accuracy\" or \"mean\"); not counted in any rate");
  }

  @Test
  void aNanStderrWrittenAsNanOrNullIsNotANumber() throws IOException {
    for (String stderr : List.of("NaN", "null")) {
      String json =
          Files.readString(FIXTURES.resolve("success-numeric.json"))
              .replace("\"value\": 0.1613743060919757", "\"value\": " + stderr);
      assertThat(notScored(readText("nan.json", json)).detail())
          .contains(
              "no scorer could be imported: scorer \"rubric_score\" (its samples are not all 0/1 or C/I, so it"
                  + " needs a numeric \"stderr\" as a score, got "
                  + (stderr.equals("NaN") ? "NaN" : "null")
                  + ")");
    }
  }

  @Test
  void cancelledAndErrorLogsKeepTheirStatusAndGetNoNote() throws IOException {
    assertThat(read("cancelled.json").get().incomplete())
        .extracting(IncompleteRun::status)
        .containsExactly("cancelled");
    assertThat(read("error.json").get().incomplete())
        .extracting(IncompleteRun::status)
        .containsExactly("error");
    assertThat(read("cancelled.json").get().notes()).isEmpty();
  }

  // ---- unfinished runs ----

  @Test
  void aCancelledLogGivesItsModelAndEvalButNoResultsAndNoProblem() throws IOException {
    Read read = read("cancelled.json");

    assertThat(read.problems()).isEmpty();
    assertThat(read.get().models())
        .extracting(ImportedModel::id)
        .containsExactly("openai-gpt-4o-mini");
    assertThat(read.get().evals())
        .extracting(EvalDefinition::id)
        .containsExactly("inspect/popularity");
    assertThat(read.get().results()).isEmpty();
  }

  @Test
  void anErrorLogGivesItsModelButNoResultsAndNoProblem() throws IOException {
    Read read = read("error.json");

    assertThat(read.problems()).isEmpty();
    assertThat(read.get().models())
        .containsExactly(
            new ImportedModel(
                "mockllm-model", "mockllm/model", Optional.of(LocalDate.of(2024, 8, 29))));
    // The eval is defined (so its page can show the failed run), with no results: the run is listed
    // as
    // incomplete, never counted.
    assertThat(read.get().evals())
        .extracting(EvalDefinition::id)
        .containsExactly("inspect/popularity");
    assertThat(read.get().results()).isEmpty();
    assertThat(read.get().incomplete())
        .extracting(r -> r.modelId() + " " + r.status())
        .containsExactly("mockllm-model error");
  }

  @Test
  void aStartedLogWithBrokenResultsReportsNothing() {
    Read read =
        readText(
            "started.json",
            """
        {"version": 2, "status": "started", "eval": {"task": "t", "model": "m/x"}, "results": {"scores": 3}}
        """);

    assertThat(read.problems()).isEmpty();
    assertThat(read.get().results()).isEmpty();
  }

  // ---- malformed logs ----

  @Test
  void aLogWithoutEvalModelGetsOneProblemAtItsPlace() throws IOException {
    Read read = read("missing-model.json");

    assertThat(read.imported()).isEmpty();
    assertThat(read.problems())
        .containsExactly(
            "imports/inspect/missing-model.json:4:11: missing field \"model\" in /eval: expected a string");
  }

  @Test
  void badValuesAreReportedWhereTheyAre() {
    Read read =
        readText(
            "bad.json",
            """
        {"version": 2, "status": "finished",
         "eval": {"task": "popularity", "model": 7, "created": "yesterday"},
         "results": {"scores": []}}
        """);

    assertThat(read.problems())
        .containsExactly(
            "bad.json:1:26: /status: expected one of started, success, cancelled, error, got \"finished\"",
            "bad.json:2:42: /eval/model: expected a string, got 7",
            "bad.json:2:56: /eval/created: expected a date and time like 2025-05-12T20:28:13-04:00, got \"yesterday\"");
  }

  @Test
  void taskNamesBecomeEvalIds() {
    assertThat(evalIdOf("popularity")).isEqualTo("inspect/popularity");
    assertThat(evalIdOf("inspect_evals/mmlu_0_shot"))
        .isEqualTo("inspect/inspect_evals/mmlu_0_shot");
    assertThat(evalIdOf("Inspect Evals/MMLU (0-shot)!"))
        .isEqualTo("inspect/inspect-evals/mmlu-0-shot");
    assertThat(evalIdOf("_private//Task.V2")).isEqualTo("inspect/private/task.v2");
  }

  @Test
  void aTaskNameThatNormalisesToNothingGetsTheSegmentTaskAndImports() {
    assertThat(evalIdOf("...")).isEqualTo("inspect/task");
    assertThat(evalIdOf("???")).isEqualTo("inspect/task");
    assertThat(evalIdOf("/")).isEqualTo("inspect/task");
    assertThat(evalIdOf("suite/...")).isEqualTo("inspect/suite");
  }

  @Test
  void aSuccessfulLogWithATaskNamedDotsImportsItsResult() {
    Read read =
        readText(
            "task.json",
            """
        {"version": 2, "status": "success", "eval": {"task": "...", "model": "m"},
         "results": {"total_samples": 2, "completed_samples": 2,
           "scores": [{"name": "s", "metrics": {"accuracy": {"value": 0.5}, "stderr": {"value": 0.5}}}]}}
        """);

    assertThat(read.problems()).isEmpty();
    assertThat(read.get().results()).extracting(EvalResult::evalId).containsExactly("inspect/task");
  }

  private String evalIdOf(String task) {
    Read read =
        readText(
            "task.json",
            """
        {"version": 2, "status": "cancelled", "eval": {"task": %s, "model": "m"},
         "results": {"scores": [{"name": "s", "metrics": {"accuracy": {"value": 1}}}]}}
        """
                .formatted(JSON.valueToTree(task).toString()));
    assertThat(read.problems()).isEmpty();
    return read.get().evals().get(0).id();
  }

  // ---- run identity ----

  @Test
  void theRunIsTheLogsEvalIdStartedAtItsCreatedInstant() throws IOException {
    ImportedResults imported = read("success-ci.json").get();

    assertThat(imported.runId()).contains("Fx7dQ2kLpR8sVw3nYt5aBc");
    assertThat(imported.started()).contains(Instant.parse("2025-05-13T00:28:13Z"));
  }

  @Test
  void withoutEvalIdTheRunIsRunIdTaskAndModel() throws IOException {
    ImportedResults imported = read("success-numeric.json").get();

    assertThat(imported.runId())
        .contains("Qw2eR4tY6uI8oP1aS3dF5g/Writing Quality/anthropic/claude-3-5-haiku-latest");
    assertThat(imported.started()).contains(Instant.parse("2025-03-02T09:15:00.123456Z"));
  }

  @Test
  void incompleteLogsHaveTheirRunToo() throws IOException {
    ImportedResults cancelled = read("cancelled.json").get();
    ImportedResults error = read("error.json").get();

    assertThat(cancelled.runId()).contains("Cx3vB5nM7qW9eR1tY3uI5o/popularity/openai/gpt-4o-mini");
    assertThat(cancelled.started()).contains(Instant.parse("2025-05-13T00:28:13Z"));
    assertThat(error.runId()).contains("Er7rO9rL1oG3sT5aT7uS9x/popularity/mockllm/model");
    assertThat(error.started()).contains(Instant.parse("2024-08-29T15:11:08Z"));
  }

  @Test
  void aLogWithoutRunIdsOrOffsetHasNoRunIdentity() {
    Read read =
        readText(
            "bare.json",
            """
        {"version": 2, "status": "cancelled", "eval": {"task": "t", "model": "m", "created": "2025-01-02T03:04:05"}}
        """);

    assertThat(read.problems()).isEmpty();
    assertThat(read.get().runId()).isEmpty();
    assertThat(read.get().started()).isEmpty();
  }

  // ---- the real logs beside the repository, when present ----

  private static Optional<Path> realLogs() {
    return Stream.of(
            Path.of("/work/shared/data/inspect_logs"), Path.of("../../shared/data/inspect_logs"))
        .filter(Files::isDirectory)
        .findFirst();
  }

  @Test
  void realLogsImportExactlyTheNumbersInspectReported() throws IOException {
    Optional<Path> dir = realLogs();
    Assumptions.assumeTrue(dir.isPresent(), "no real Inspect logs beside the repository");
    List<Path> files;
    try (Stream<Path> list = Files.list(dir.get())) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      JsonNode log = JSON.readTree(file.toFile());
      Read read = readText(file.getFileName().toString(), Files.readString(file));
      ImportedResults imported = read.get();
      assertThat(read.problems()).as(file.toString()).isEmpty();
      assertThat(imported.models())
          .extracting(ImportedModel::id)
          .containsExactly(ModelIds.normalize(log.at("/eval/model").textValue()));
      if (!log.get("status").textValue().equals("success")) {
        assertThat(imported.results()).as(file.toString()).isEmpty();
        continue;
      }
      JsonNode scores = log.at("/results/scores");
      assertThat(imported.results()).as(file.toString()).hasSize(scores.size());
      for (int i = 0; i < scores.size(); i++) {
        JsonNode metrics = scores.get(i).get("metrics");
        double accuracy = metrics.at("/accuracy/value").doubleValue();
        Measurement m = imported.results().get(i).rows().get(0).measurement();
        if (m instanceof Counts c) {
          assertThat(c.rate()).as(file.toString()).isCloseTo(accuracy, within(1e-12));
        } else {
          Score s = (Score) m;
          assertThat(s.mean()).as(file.toString()).isEqualTo(accuracy);
          assertThat(s.stderr())
              .as(file.toString())
              .isEqualTo(metrics.at("/stderr/value").doubleValue());
        }
      }
    }
  }
}
