package dev.evalpress.load.imports.lmeval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.load.imports.ImportContext;
import dev.evalpress.load.imports.ImportedModel;
import dev.evalpress.load.imports.ImportedResults;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.model.Direction;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.EvalResult;
import dev.evalpress.model.ResultNote;
import dev.evalpress.model.Score;
import dev.evalpress.model.Source;
import dev.evalpress.problem.Problem;
import dev.evalpress.problem.Problems;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What a series of lm-evaluation-harness files (checkpoints, 0- and 5-shot runs, files of both
 * harness generations) needs from the importer: the right direction, nothing left out silently, a
 * sample size or an honest "unsized", the shot count in the eval id, the run's time and a model
 * name where the file has a placeholder (GitHub issue 10).
 */
class LmEvalHarnessSeriesTest {

  private static final LmEvalHarnessImporter IMPORTER = new LmEvalHarnessImporter();
  private static final Source SETTING = new Source("evalpress.yaml", 4, 9);

  record Read(Optional<ImportedResults> imported, List<String> problems) {
    ImportedResults results() {
      assertThat(problems).as("problems").isEmpty();
      return imported.orElseThrow();
    }
  }

  static Read read(String json, Optional<ImportContext.ModelOverride> model) {
    Problems problems = new Problems();
    LocatedJson doc =
        LocatedJson.parse("results/inline.json", json.getBytes(StandardCharsets.UTF_8), problems)
            .orElseThrow();
    assertThat(IMPORTER.recognizes(doc.root())).isTrue();
    Optional<ImportedResults> imported =
        IMPORTER.read(doc, new ImportContext(Path.of("results/inline.json"), model), problems);
    return new Read(imported, problems.list().stream().map(Problem::toString).toList());
  }

  static Read read(String json) {
    return read(json, Optional.empty());
  }

  static Map<String, EvalResult> byEval(List<EvalResult> results) {
    return results.stream().collect(Collectors.toMap(EvalResult::evalId, Function.identity()));
  }

  static Map<String, EvalDefinition> definitions(ImportedResults r) {
    return r.evals().stream().collect(Collectors.toMap(EvalDefinition::id, Function.identity()));
  }

  static Score score(EvalResult r) {
    return (Score) r.rows().get(0).measurement();
  }

  static List<ResultNote> notes(ImportedResults r, ResultNote.Kind kind) {
    return r.notes().stream().filter(n -> n.kind() == kind).toList();
  }

  /** The harness's standard error of k of n 0/1 samples, √(p(1 − p)/(n − 1)), as JSON text. */
  static String stderr(int k, int n) {
    double p = (double) k / n;
    return Double.toString(Math.sqrt(p * (1 - p) / (n - 1)));
  }

  static String v03(String results, int shots, String modelArgs) {
    return "{\"results\": {"
        + results
        + "}, \"versions\": {}, \"config\": {\"model\": \"gpt2\", \"model_args\": \""
        + modelArgs
        + "\", \"num_fewshot\": "
        + shots
        + ", \"limit\": null}}";
  }

  // ---- 1. direction ----

  @Test
  void v03PerplexityIsLowerIsBetterAndTakesItsNFromTheTasksAccuracy() {
    ImportedResults r =
        read(v03(
                "\"lambada_openai\": {\"ppl\": 142.4, \"ppl_stderr\": 6.1, \"acc\": 0.35,"
                    + " \"acc_stderr\": "
                    + stderr(35, 100)
                    + "}",
                0,
                "pretrained=EleutherAI/pythia-70m"))
            .results();

    Map<String, EvalDefinition> evals = definitions(r);
    assertThat(evals.get("lm-eval/lambada_openai/ppl").direction())
        .isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(evals.get("lm-eval/lambada_openai/acc").direction())
        .isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(score(byEval(r.results()).get("lm-eval/lambada_openai/ppl")))
        .isEqualTo(new Score(142.4, 6.1, 100));
    assertThat(notes(r, ResultNote.Kind.SAMPLE_SIZE_FROM_ELSEWHERE))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.evalId()).contains("lm-eval/lambada_openai/ppl");
              assertThat(n.modelId()).contains("eleutherai-pythia-70m");
              assertThat(n.message()).contains("n = 100").contains("acc");
            });
    assertThat(notes(r, ResultNote.Kind.DIRECTION_ASSUMED)).isEmpty();
  }

  @Test
  void everyPerplexityNameOfBothGenerationsIsLowerIsBetter() {
    for (String metric :
        List.of(
            "ppl",
            "perplexity",
            "word_perplexity",
            "byte_perplexity",
            "bits_per_byte",
            "brier_score",
            "ter",
            "likelihood_difference",
            "likelihood_diff",
            "pct_stereotype")) {
      ImportedResults r =
          read(v03(
                  "\"t\": {\""
                      + metric
                      + "\": 3.5, \""
                      + metric
                      + "_stderr\": 0.1, \"acc\": 0.5,"
                      + " \"acc_stderr\": "
                      + stderr(50, 100)
                      + "}",
                  0,
                  "pretrained=m"))
              .results();
      assertThat(definitions(r).get("lm-eval/t/" + metric).direction())
          .as(metric)
          .isEqualTo(Direction.LOWER_IS_BETTER);
    }
  }

  @Test
  void aDirectionNeitherTheFileNorTheHarnessGivesIsAssumedAndSaidSo() {
    ImportedResults r =
        read(v03(
                "\"t\": {\"acc\": 0.5, \"acc_stderr\": "
                    + stderr(50, 100)
                    + ", \"rouge_x\": 0.5,"
                    + " \"rouge_x_stderr\": "
                    + stderr(50, 100)
                    + "}",
                0,
                "pretrained=m"))
            .results();

    assertThat(definitions(r).get("lm-eval/t/rouge_x").direction())
        .isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(notes(r, ResultNote.Kind.DIRECTION_ASSUMED))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.evalId()).contains("lm-eval/t/rouge_x");
              assertThat(n.message())
                  .contains(
                      "direction assumed higher-is-better: the file does not say and the metric"
                          + " is not one the harness marks; set it under evals: in evalpress.yaml");
            });
  }

  // ---- 2. nothing silent ----

  @Test
  void everyMetricLeftOutIsANoteOnTheEvalIdItWouldHaveHad() {
    ImportedResults r =
        read("{\"results\": {\"t\": {\"acc,none\": 0.5, \"acc_stderr,none\": "
                + stderr(50, 100)
                + ", \"bleu_max,none\": 12.0, \"bleu_max_stderr,none\": \"N/A\", \"em,none\": 0.1,"
                + " \"f1,none\": NaN, \"f1_stderr,none\": 0.1, \"mcc,none\": 0.2, \"mcc_stderr,none\": NaN}},"
                + " \"n-samples\": {\"t\": {\"original\": 100, \"effective\": 100}}, \"n-shot\": {\"t\": 5},"
                + " \"config\": {\"model\": \"hf\", \"model_args\": \"pretrained=m\"}}")
            .results();

    assertThat(r.results()).extracting(EvalResult::evalId).containsExactly("lm-eval/t/acc/5-shot");
    List<ResultNote> left = notes(r, ResultNote.Kind.LEFT_OUT);
    assertThat(left)
        .extracting(n -> n.evalId().orElseThrow())
        .containsExactly(
            "lm-eval/t/bleu_max/5-shot",
            "lm-eval/t/em/5-shot",
            "lm-eval/t/f1/5-shot",
            "lm-eval/t/mcc/5-shot");
    assertThat(left).allSatisfy(n -> assertThat(n.modelId()).contains("m"));
    assertThat(left)
        .extracting(ResultNote::message)
        .satisfiesExactly(
            m -> assertThat(m).contains("standard error N/A"),
            m -> assertThat(m).contains("no standard error"),
            m -> assertThat(m).contains("value NaN"),
            m -> assertThat(m).contains("standard error NaN"));
    assertThat(left.get(0).source().toString()).startsWith("results/inline.json:1:");
  }

  @Test
  void aMetricWhoseSizeNothingInTheFileGivesIsUnsizedNotDropped() {
    // an early Pythia checkpoint: no LAMBADA word right, so acc 0 with stderr 0 gives no n, and ppl
    // none either
    ImportedResults r =
        read(v03(
                "\"lambada_openai\": {\"ppl\": 3012.5, \"ppl_stderr\": 210.0, \"acc\": 0.0,"
                    + " \"acc_stderr\": 0.0}",
                0,
                "pretrained=EleutherAI/pythia-70m,revision=step1000"))
            .results();

    assertThat(r.results()).isEmpty();
    Map<String, EvalResult> unsized = byEval(r.unsized());
    assertThat(unsized)
        .containsOnlyKeys("lm-eval/lambada_openai/ppl", "lm-eval/lambada_openai/acc");
    assertThat(score(unsized.get("lm-eval/lambada_openai/ppl")))
        .isEqualTo(new Score(3012.5, 210.0, 0));
    assertThat(score(unsized.get("lm-eval/lambada_openai/acc"))).isEqualTo(new Score(0.0, 0.0, 0));
    assertThat(unsized.get("lm-eval/lambada_openai/ppl").modelId())
        .isEqualTo("eleutherai-pythia-70m-step1000");
    assertThat(definitions(r))
        .containsKeys("lm-eval/lambada_openai/ppl", "lm-eval/lambada_openai/acc");
    assertThat(definitions(r).get("lm-eval/lambada_openai/ppl").direction())
        .isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(notes(r, ResultNote.Kind.LEFT_OUT)).isEmpty();
  }

  @Test
  void truthfulqaMc2WithoutSampleCountsTakesNFromTheTaskOnTheSameDocuments() {
    // v0.4.0 files have no n-samples; mc2 is a mean of probabilities, so its own stderr gives no n
    String config =
        "{\"dataset_path\": \"truthful_qa\", \"dataset_name\": \"multiple_choice\","
            + " \"validation_split\": \"validation\", \"num_fewshot\": 0}";
    ImportedResults r =
        read("{\"results\": {"
                + "\"truthfulqa_mc1\": {\"acc,none\": 0.25, \"acc_stderr,none\": "
                + stderr(25, 100)
                + ", \"alias\": \"mc1\"},"
                + "\"truthfulqa_mc2\": {\"acc,none\": 0.4123, \"acc_stderr,none\": 0.0431, \"alias\": \"mc2\"}},"
                + " \"configs\": {\"truthfulqa_mc1\": "
                + config
                + ", \"truthfulqa_mc2\": "
                + config
                + "},"
                + " \"versions\": {\"truthfulqa_mc1\": 2.0, \"truthfulqa_mc2\": 2.0},"
                + " \"n-shot\": {\"truthfulqa_mc1\": 0, \"truthfulqa_mc2\": 0},"
                + " \"config\": {\"model\": \"hf\", \"model_args\": \"pretrained=m\", \"num_fewshot\": null}}")
            .results();

    assertThat(score(byEval(r.results()).get("lm-eval/truthfulqa_mc2/acc")))
        .isEqualTo(new Score(0.4123, 0.0431, 100));
    assertThat(notes(r, ResultNote.Kind.SAMPLE_SIZE_FROM_ELSEWHERE))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.evalId()).contains("lm-eval/truthfulqa_mc2/acc");
              assertThat(n.message()).contains("truthfulqa_mc1");
            });
  }

  // ---- 3. shots ----

  @Test
  void aFewShotCountIsPartOfTheEvalIdAndTitle() {
    String task = "\"t\": {\"acc\": 0.5, \"acc_stderr\": " + stderr(50, 100) + "}";
    ImportedResults zero = read(v03(task, 0, "pretrained=m")).results();
    ImportedResults five = read(v03(task, 5, "pretrained=m")).results();

    assertThat(zero.results()).extracting(EvalResult::evalId).containsExactly("lm-eval/t/acc");
    assertThat(five.results())
        .extracting(EvalResult::evalId)
        .containsExactly("lm-eval/t/acc/5-shot");
    assertThat(five.evals())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.title()).isEqualTo("t (acc, 5-shot)");
              assertThat(e.metric()).isEqualTo("acc");
            });
    assertThat(five.results().get(0).run().notes().orElseThrow()).contains("5-shot");
  }

  @Test
  void v04TakesTheShotCountPerTaskFromNShotElseFromTheConfig() {
    ImportedResults r =
        read("{\"results\": {\"a\": {\"acc,none\": 0.5, \"acc_stderr,none\": "
                + stderr(50, 100)
                + "}, \"b\": {\"acc,none\": 0.5, \"acc_stderr,none\": "
                + stderr(50, 100)
                + "}, \"c\": {\"acc,none\": 0.5,"
                + " \"acc_stderr,none\": "
                + stderr(50, 100)
                + "}}, \"n-samples\": {\"a\": {\"original\": 100, \"effective\":"
                + " 100}, \"b\": {\"original\": 100, \"effective\": 100}, \"c\": {\"original\": 100, \"effective\": 100}},"
                + " \"n-shot\": {\"a\": 0, \"b\": 25}, \"config\": {\"model\": \"hf\", \"model_args\": \"pretrained=m\","
                + " \"num_fewshot\": 3}}")
            .results();

    assertThat(r.results())
        .extracting(EvalResult::evalId)
        .containsExactly("lm-eval/a/acc", "lm-eval/b/acc/25-shot", "lm-eval/c/acc/3-shot");
  }

  // ---- 4. run ----

  @Test
  void theRunStartedAtTheFilesDateAndHasNoRunId() {
    String results =
        "\"results\": {\"t\": {\"acc,none\": 0.5, \"acc_stderr,none\": "
            + stderr(50, 100)
            + "}},"
            + " \"n-samples\": {\"t\": {\"original\": 100, \"effective\": 100}}, \"config\": {\"model_args\":"
            + " \"pretrained=m\"}";
    ImportedResults v04 = read("{" + results + ", \"date\": 1718000000.25}").results();
    ImportedResults v03 =
        read(v03(
                "\"t\": {\"acc\": 0.5, \"acc_stderr\": " + stderr(50, 100) + "}",
                0,
                "pretrained=m"))
            .results();

    assertThat(v04.started()).contains(Instant.ofEpochSecond(1718000000L, 250_000_000L));
    assertThat(v04.runId()).isEmpty();
    assertThat(v03.started()).isEmpty();
    assertThat(v03.runId()).isEmpty();
  }

  // ---- 5. placeholder model names ----

  static String neox(String modelArgs) {
    return "{\"results\": {\"lambada_openai\": {\"ppl\": 7.9, \"ppl_stderr\": 0.2, \"acc\": 0.5, \"acc_stderr\": "
        + stderr(50, 100)
        + "}}, \"versions\": {\"lambada_openai\": 0}, \"config\": {\"model\": \"neox\","
        + " \"model_args\": "
        + modelArgs
        + ", \"num_fewshot\": 0, \"batch_size\": 8, \"device\": \"cuda:0\","
        + " \"no_cache\": false, \"limit\": null, \"bootstrap_iters\": 10000, \"description_dict\": null}}";
  }

  static Optional<ImportContext.ModelOverride> override(String name, String pointer) {
    return Optional.of(
        new ImportContext.ModelOverride(name, Optional.ofNullable(pointer), SETTING));
  }

  @Test
  void aModelNamedInTheSettingsReplacesThePlaceholder() {
    String args =
        "{\"iteration\": 143000, \"load\": \"/ckpts/pythia-1b\", \"train_iters\": 143000,"
            + " \"num_layers\": 16, \"hidden_size\": 2048, \"seq_length\": 2048}";
    assertThat(read(neox(args)).results().models())
        .extracting(ImportedModel::id)
        .containsExactly("neox");

    ImportedResults named = read(neox(args), override("pythia-1b", null)).results();
    assertThat(named.models())
        .containsExactly(new ImportedModel("pythia-1b", "pythia-1b", Optional.empty()));
    assertThat(named.models().get(0).checkpoint()).isEmpty();

    ImportedResults stepped =
        read(neox(args), override("pythia-1b", "/config/model_args/iteration")).results();
    // the loader makes the run's points from the checkpoint's final results
    assertThat(stepped.models())
        .containsExactly(
            new ImportedModel(
                "pythia-1b-step143000",
                "pythia-1b@step143000",
                Optional.empty(),
                Optional.of(
                    new dev.evalpress.load.imports.CheckpointOf(
                        "pythia-1b", "pythia-1b", 143000, "lm-eval/"))));
  }

  @Test
  void aStepPointerMayNameAKeyOfAStringModelArgs() {
    ImportedResults r =
        read(
                neox("\"iteration=2000,load=/ckpts\""),
                override("Org/Model", "/config/model_args/iteration"))
            .results();

    assertThat(r.models())
        .extracting(ImportedModel::frameworkName)
        .containsExactly("Org/Model@step2000");
  }

  @Test
  void aStepPointerToNothingOrNotAnIntegerIsAProblemAtThePointer() {
    Read missing =
        read(neox("{\"iteration\": 143000}"), override("pythia-1b", "/config/model_args/step"));
    Read text =
        read(
            neox("{\"iteration\": 143000, \"load\": \"/ckpts\"}"),
            override("pythia-1b", "/config/model_args/load"));

    assertThat(missing.imported()).isEmpty();
    assertThat(missing.problems())
        .singleElement()
        .asString()
        .startsWith("results/inline.json:")
        .contains("/config/model_args/step: ")
        .contains("the step pointer set at evalpress.yaml:4:9 points at nothing")
        .contains("expected an integer training step");
    assertThat(text.imported()).isEmpty();
    assertThat(text.problems())
        .singleElement()
        .asString()
        .contains("/config/model_args/load: ")
        .contains("expected an integer training step, got \"/ckpts\"");
  }
}
