package dev.evalpress.load.imports.lmeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.load.Importers;
import dev.evalpress.load.imports.ImportedModel;
import dev.evalpress.load.imports.ImportedResults;
import dev.evalpress.load.imports.InputFile;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.model.Category;
import dev.evalpress.model.Condition;
import dev.evalpress.model.Direction;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.EvalResult;
import dev.evalpress.model.Score;
import dev.evalpress.problem.Problem;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The lm-evaluation-harness importer on small hand-written files of both formats. */
class LmEvalHarnessImporterTest {

  private static final Path FIXTURES = Path.of("src/test/resources/imports/lm-eval");
  private static final LmEvalHarnessImporter IMPORTER = new LmEvalHarnessImporter();

  /** What reading one fixture gave. */
  record Read(Optional<ImportedResults> imported, List<String> problems) {

    ImportedResults results() {
      assertThat(problems).as("problems").isEmpty();
      return imported.orElseThrow();
    }
  }

  static Read read(String name) {
    Problems problems = new Problems();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(FIXTURES.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LocatedJson doc = LocatedJson.parse("results/" + name, bytes, problems).orElseThrow();
    assertThat(IMPORTER.recognizes(doc.root())).as("recognizes %s", name).isTrue();
    assertThat(Importers.claim(InputFile.parsed(Path.of(name), doc)).map(Importers.Claim::importer))
        .containsInstanceOf(LmEvalHarnessImporter.class);
    Optional<ImportedResults> imported = IMPORTER.read(doc, problems);
    return new Read(imported, problems.list().stream().map(Problem::toString).toList());
  }

  static Map<String, EvalResult> byEval(ImportedResults r) {
    return r.results().stream().collect(Collectors.toMap(EvalResult::evalId, Function.identity()));
  }

  static Map<String, EvalDefinition> definitions(ImportedResults r) {
    return r.evals().stream().collect(Collectors.toMap(EvalDefinition::id, Function.identity()));
  }

  static Score score(EvalResult r) {
    assertThat(r.rows()).hasSize(1);
    assertThat(r.rows().get(0).condition()).isEqualTo(Condition.NONE);
    return (Score) r.rows().get(0).measurement();
  }

  @Test
  void oldFormatImportsEveryMetricWithAStandardErrorWithNDerivedExactly() {
    ImportedResults r = read("old-format.json").results();

    assertThat(r.models())
        .containsExactly(new ImportedModel("org-model-7b", "Org/Model-7B", Optional.empty()));
    assertThat(r.runs()).isEmpty();
    assertThat(r.results())
        .extracting(EvalResult::evalId)
        .containsExactly(
            "lm-eval/toxigen_mini/acc",
            "lm-eval/toxigen_mini/acc_norm",
            "lm-eval/crows_pairs_mini/likelihood_difference",
            "lm-eval/crows_pairs_mini/pct_stereotype",
            "lm-eval/ethics-cm-mini/acc");
    assertThat(r.results()).allSatisfy(e -> assertThat(e.modelId()).isEqualTo("org-model-7b"));

    Map<String, EvalResult> results = byEval(r);
    // 18 of 40 and 22 of 40: p(1 − p)/stderr² + 1 = 40
    assertThat(score(results.get("lm-eval/toxigen_mini/acc")))
        .isEqualTo(new Score(0.45, 0.07966275068156915, 40));
    assertThat(score(results.get("lm-eval/toxigen_mini/acc_norm")))
        .isEqualTo(new Score(0.55, 0.07966275068156915, 40));
    // likelihood_difference is not a 0/1 metric: it takes the n of pct_stereotype (13 of 20)
    assertThat(score(results.get("lm-eval/crows_pairs_mini/likelihood_difference")))
        .isEqualTo(new Score(3.25, 0.41, 20));
    assertThat(score(results.get("lm-eval/crows_pairs_mini/pct_stereotype")))
        .isEqualTo(new Score(0.65, 0.10942433098048311, 20));
    assertThat(score(results.get("lm-eval/ethics-cm-mini/acc")))
        .isEqualTo(new Score(0.6, 0.06998542122237651, 50));

    Map<String, EvalDefinition> evals = definitions(r);
    assertThat(evals.get("lm-eval/toxigen_mini/acc").title()).isEqualTo("toxigen_mini (acc)");
    assertThat(evals.get("lm-eval/toxigen_mini/acc").metric()).isEqualTo("acc");
    assertThat(evals.get("lm-eval/ethics-cm-mini/acc").title()).isEqualTo("Ethics CM (mini) (acc)");
    assertThat(evals.values())
        .allSatisfy(e -> assertThat(e.category()).isEqualTo(Category.CAPABILITY));
    assertThat(evals.get("lm-eval/toxigen_mini/acc").direction())
        .isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(evals.get("lm-eval/crows_pairs_mini/likelihood_difference").direction())
        .isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(evals.get("lm-eval/crows_pairs_mini/pct_stereotype").direction())
        .isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(evals.get("lm-eval/toxigen_mini/acc").source().toString())
        .isEqualTo("results/old-format.json:4:14");

    // em has no standard error: left out, and said so next to the task's other results
    assertThat(results.get("lm-eval/ethics-cm-mini/acc").run().notes().orElseThrow())
        .isEqualTo(
            "Imported from lm-evaluation-harness (v0.3 format), model type hf-causal-experimental, 0-shot."
                + " n = 50, derived from acc and its standard error as p(1 − p)/stderr² + 1, exact for a 0/1 metric"
                + " (the file records no sample counts). Not imported from this task: em (no standard error).");
    assertThat(results.get("lm-eval/toxigen_mini/acc").run().notes().orElseThrow())
        .doesNotContain("Not imported");
    assertThat(results.get("lm-eval/toxigen_mini/acc").run().date()).isEmpty();
  }

  @Test
  void currentFormatTakesNFromNSamplesDirectionsFromTheFileAndFiltersIntoTheId() {
    ImportedResults r = read("current-format.json").results();

    assertThat(r.models())
        .containsExactly(
            new ImportedModel(
                "eleutherai-pythia-160m-step100000",
                "EleutherAI/pythia-160m@step100000",
                Optional.of(LocalDate.of(2024, 6, 10)),
                Optional.of(
                    new dev.evalpress.load.imports.CheckpointOf(
                        "eleutherai-pythia-160m", "EleutherAI/pythia-160m", 100000, "lm-eval/"))));
    assertThat(r.results())
        .extracting(EvalResult::evalId)
        .containsExactly(
            "lm-eval/arc_easy/acc",
            "lm-eval/arc_easy/acc_norm",
            "lm-eval/gsm8k/exact_match-strict-match/5-shot",
            "lm-eval/gsm8k/exact_match-flexible-extract/5-shot",
            "lm-eval/toxicity_mini/score",
            "lm-eval/mmlu_mini/acc",
            "lm-eval/mmlu_mini_a/acc",
            "lm-eval/mmlu_mini_b/acc");

    Map<String, EvalResult> results = byEval(r);
    assertThat(score(results.get("lm-eval/arc_easy/acc")))
        .isEqualTo(new Score(0.5, 0.050251890762960605, 100));
    assertThat(score(results.get("lm-eval/gsm8k/exact_match-strict-match/5-shot")))
        .isEqualTo(new Score(0.24, 0.06101187572589321, 50));
    assertThat(score(results.get("lm-eval/gsm8k/exact_match-flexible-extract/5-shot")))
        .isEqualTo(new Score(0.26, 0.0627, 50));
    assertThat(score(results.get("lm-eval/toxicity_mini/score")))
        .isEqualTo(new Score(0.083, 0.0041, 500));
    // a group: the sum of its subtasks' samples
    assertThat(score(results.get("lm-eval/mmlu_mini/acc"))).isEqualTo(new Score(0.3, 0.0459, 100));
    assertThat(score(results.get("lm-eval/mmlu_mini_a/acc")))
        .isEqualTo(new Score(0.25, 0.0619, 40));

    Map<String, EvalDefinition> evals = definitions(r);
    assertThat(evals.get("lm-eval/gsm8k/exact_match-strict-match/5-shot").metric())
        .isEqualTo("exact_match,strict-match");
    assertThat(evals.get("lm-eval/gsm8k/exact_match-strict-match/5-shot").title())
        .isEqualTo("gsm8k (exact_match,strict-match, 5-shot)");
    assertThat(evals.get("lm-eval/arc_easy/acc").title()).isEqualTo("arc_easy (acc)");
    assertThat(evals.get("lm-eval/toxicity_mini/score").direction())
        .isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(evals.get("lm-eval/arc_easy/acc").direction()).isEqualTo(Direction.HIGHER_IS_BETTER);

    EvalResult arc = results.get("lm-eval/arc_easy/acc");
    assertThat(arc.run().date()).contains(LocalDate.of(2024, 6, 10));
    assertThat(arc.run().notes())
        .contains(
            "Imported from lm-evaluation-harness 0.4.3, model type hf, 0-shot."
                + " n = 100 of the task's 2376 samples (n-samples; the run had a limit).");
    assertThat(results.get("lm-eval/toxicity_mini/score").run().notes().orElseThrow())
        .endsWith("n = 500 (n-samples, effective).");
    assertThat(results.get("lm-eval/mmlu_mini/acc").run().notes().orElseThrow())
        .endsWith("n = 100, the sum over the group's subtasks.");
  }

  @Test
  void stderrNotAvailableLeavesTheMetricOutAndSaysSoWithoutFailingTheFile() {
    ImportedResults r = read("stderr-na.json").results();

    assertThat(r.results())
        .extracting(EvalResult::evalId)
        .containsExactly("lm-eval/truthfulqa_gen/rouge1_acc");
    assertThat(r.evals())
        .extracting(EvalDefinition::id)
        .containsExactly("lm-eval/truthfulqa_gen/rouge1_acc");
    EvalResult rouge = r.results().get(0);
    assertThat(score(rouge)).isEqualTo(new Score(0.3, 0.04605661864718383, 100));
    assertThat(rouge.run().notes().orElseThrow())
        .endsWith("Not imported from this task: bleu_max (standard error N/A).");
  }

  @Test
  void aFileWithNothingImportableIsOneProblemSayingWhy() {
    Read read = read("all-na.json");

    assertThat(read.imported()).isEmpty();
    assertThat(read.problems())
        .containsExactly(
            "results/all-na.json:2:14: /results: no metric could be imported:"
                + " each needs a number, a standard error and a sample count; left out: wikitext/word_perplexity (standard"
                + " error N/A); wikitext/bits_per_byte (standard error N/A)");
  }

  @Test
  void resultsThatAreNotAnObjectAreOneProblem() {
    Read read = read("results-not-an-object.json");

    assertThat(read.imported()).isEmpty();
    assertThat(read.problems())
        .containsExactly(
            "results/results-not-an-object.json:2:14: /results: expected an object"
                + " of task name → metric values (lm-evaluation-harness results), got an array");
  }

  @Test
  void noModelNameIsOneProblemAtConfig() {
    Read read = read("no-model.json");

    assertThat(read.imported()).isEmpty();
    assertThat(read.problems())
        .containsExactly(
            "results/no-model.json:6:13: /config: no model name: expected"
                + " config.model_args with pretrained=NAME (or peft=, delta=, model=, path=, engine=), or a string"
                + " config.model");
  }

  @Test
  void badValuesAreReportedAtTheirPlaces() {
    Read read = read("bad-values.json");

    assertThat(read.imported()).isEmpty();
    assertThat(read.problems())
        .containsExactly(
            "results/bad-values.json:3:54: /results/negative/acc_stderr,none: expected a standard error between 0 and"
                + " 1e15, got -0.01",
            "results/bad-values.json:4:50: /results/text/acc_stderr,none: expected a standard error (a number >= 0)"
                + " or \"N/A\", got \"small\"",
            "results/bad-values.json:5:22: /results/not_an_object: expected an object of metric values, got 0.5",
            "results/bad-values.json:9:49: /higher_is_better/bad_direction/acc: expected true or false, got \"yes\"",
            "results/bad-values.json:10:60: /n-samples/bad_count/effective: expected a sample count between 0 and"
                + " 1000000000000, got \"ten\"",
            "results/bad-values.json:13:11: /date: expected a unix time in seconds, such as 1718000000.5, got"
                + " \"2024-06-10\"");
  }

  @Test
  void recognisesBothFormatsButNotV1FilesOrOtherJson() throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    JsonNode v1 =
        json.readTree(
            "{\"kind\": \"eval-result\", \"results\": {}, \"config\": {}, \"versions\": {}}");
    JsonNode inspect =
        json.readTree("{\"version\": 2, \"status\": \"success\", \"eval\": {}, \"results\": {}}");
    JsonNode noMarker = json.readTree("{\"results\": {}, \"config\": {}}");
    JsonNode configNotObject =
        json.readTree("{\"results\": {}, \"config\": \"x\", \"versions\": {}}");
    JsonNode nSamplesOnly = json.readTree("{\"results\": {}, \"config\": {}, \"n-samples\": {}}");

    assertThat(IMPORTER.recognizes(v1)).isFalse();
    assertThat(IMPORTER.recognizes(inspect)).isFalse();
    assertThat(IMPORTER.recognizes(noMarker)).isFalse();
    assertThat(IMPORTER.recognizes(configNotObject)).isFalse();
    assertThat(IMPORTER.recognizes(nSamplesOnly)).isTrue();
    assertThat(Importers.jsonFormats()).contains(IMPORTER.format());
  }

  static Read readText(String json) {
    Problems problems = new Problems();
    LocatedJson doc =
        LocatedJson.parse(
                "results/inline.json",
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                problems)
            .orElseThrow();
    assertThat(IMPORTER.recognizes(doc.root())).isTrue();
    Optional<ImportedResults> imported = IMPORTER.read(doc, problems);
    return new Read(imported, problems.list().stream().map(Problem::toString).toList());
  }

  @Test
  void theModelIsNamedAsTheHarnessNamesIt() {
    String results =
        "\"results\": {\"t\": {\"acc,none\": 0.5, \"acc_stderr,none\": 0.01}},"
            + " \"n-samples\": {\"t\": {\"original\": 10, \"effective\": 10}}, ";
    // model_args as an object; peft= names the adapter, as in the harness's model_name; revision
    // main is no revision
    assertThat(
            readText(
                    "{"
                        + results
                        + "\"config\": {\"model\": \"hf\", \"model_args\": {\"pretrained\":"
                        + " \"org/base\", \"peft\": \"org/adapter\", \"revision\": \"main\"}}}")
                .results()
                .models())
        .containsExactly(new ImportedModel("org-adapter", "org/adapter", Optional.empty()));
    // no name in model_args: config.model
    assertThat(
            readText(
                    "{"
                        + results
                        + "\"config\": {\"model\": \"gpt2\", \"model_args\": \"dtype=float\"}}")
                .results()
                .models())
        .containsExactly(new ImportedModel("gpt2", "gpt2", Optional.empty()));
    // API models: model=
    assertThat(
            readText(
                    "{"
                        + results
                        + "\"config\": {\"model\": \"openai-chat-completions\", \"model_args\":"
                        + " \"model=gpt-4o-mini,num_concurrent=4\"}}")
                .results()
                .models())
        .containsExactly(new ImportedModel("gpt-4o-mini", "gpt-4o-mini", Optional.empty()));
    // a checkpoint is its own version
    assertThat(
            readText(
                    "{"
                        + results
                        + "\"config\": {\"model\": \"hf\", \"model_args\":"
                        + " \"pretrained=EleutherAI/pythia-1b,revision=step3000\"}}")
                .results()
                .models())
        .extracting(ImportedModel::id)
        .containsExactly("eleutherai-pythia-1b-step3000");
  }

  @Test
  void twoMetricsWithTheSameIdAreAProblem() {
    Read read =
        readText(
            "{\"results\": {\"Task\": {\"acc\": 0.5, \"acc_stderr\": 0.050251890762960605},"
                + " \"task\": {\"acc\": 0.5, \"acc_stderr\": 0.050251890762960605}}, \"versions\": {},"
                + " \"config\": {\"model_args\": \"pretrained=m\"}}");

    assertThat(read.imported()).isEmpty();
    assertThat(read.problems())
        .containsExactly(
            "results/inline.json:1:88: /results/task/acc: eval id"
                + " \"lm-eval/task/acc\" is also made from /results/Task/acc; task and metric names must stay distinct when"
                + " lowercased with other characters as '-'");
  }

  @Test
  void nIsDerivedOnlyWhenExact() {
    assertThat(SampleSizes.derivedN(0.45, 0.07966275068156915)).hasValue(40);
    // 0.5 of 100 has stderr √(0.25/99); a stderr without Bessel's correction (√(0.25/100)) is not
    // exact
    assertThat(SampleSizes.derivedN(0.5, Math.sqrt(0.25 / 99))).hasValue(100);
    assertThat(SampleSizes.derivedN(0.5, 0.05)).isEmpty();
    // p·n not an integer: not a 0/1 mean
    assertThat(SampleSizes.derivedN(0.123, Math.sqrt(0.123 * 0.877 / 99))).isEmpty();
    assertThat(SampleSizes.derivedN(0.0, 0.0)).isEmpty();
    assertThat(SampleSizes.derivedN(1.0, 0.0)).isEmpty();
    assertThat(SampleSizes.derivedN(12.5, 0.3)).isEmpty();
    assertThat(SampleSizes.derivedN(Double.NaN, 0.1)).isEmpty();
    // a large task: 2010 of 3885 (ETHICS commonsense)
    double p = 2010.0 / 3885;
    assertThat(SampleSizes.derivedN(p, Math.sqrt(p * (1 - p) / 3884))).hasValue(3885);
    assertThat(p * 3885).isCloseTo(2010, within(1e-9));
  }

  @Test
  void metricKeysNameTheirStderrAndIdSegment() {
    MetricKey v03 = MetricKey.of("acc");
    MetricKey filtered = MetricKey.of("exact_match,strict-match");
    MetricKey none = MetricKey.of("acc_norm,none");

    assertThat(v03.stderrKey()).isEqualTo("acc_stderr");
    assertThat(v03.filterName()).isEqualTo("none");
    assertThat(filtered.stderrKey()).isEqualTo("exact_match_stderr,strict-match");
    assertThat(filtered.name()).isEqualTo("exact_match,strict-match");
    assertThat(filtered.idSegment()).isEqualTo("exact_match-strict-match");
    assertThat(none.name()).isEqualTo("acc_norm");
    assertThat(none.idSegment()).isEqualTo("acc_norm");
    assertThat(MetricKey.of("ARC (Easy)").idSegment()).isEqualTo("arc-easy");
    assertThat(MetricKey.of("acc_stderr,none").isMetric()).isFalse();
    assertThat(MetricKey.of("alias").isMetric()).isFalse();
  }
}
