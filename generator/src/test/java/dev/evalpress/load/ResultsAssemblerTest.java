package dev.evalpress.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.load.imports.ImportedModel;
import dev.evalpress.load.imports.ImportedResults;
import dev.evalpress.model.Category;
import dev.evalpress.model.Condition;
import dev.evalpress.model.Counts;
import dev.evalpress.model.Direction;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.EvalResult;
import dev.evalpress.model.EvalRule;
import dev.evalpress.model.Glob;
import dev.evalpress.model.Measurement;
import dev.evalpress.model.RerunPolicy;
import dev.evalpress.model.ResultNote;
import dev.evalpress.model.ResultRow;
import dev.evalpress.model.ResultSettings;
import dev.evalpress.model.Results;
import dev.evalpress.model.RunInfo;
import dev.evalpress.model.Score;
import dev.evalpress.model.Source;
import dev.evalpress.problem.Problem;
import dev.evalpress.problem.Problems;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Runs found in several files, reruns, unsized scores and eval rules, as the assembler settles
 * them.
 */
class ResultsAssemblerTest {

  private final Problems problems = new Problems();

  private static EvalDefinition eval(String id) {
    return new EvalDefinition(
        id, id, "accuracy", Category.CAPABILITY, Direction.HIGHER_IS_BETTER, Source.file("x"));
  }

  private static EvalResult result(String evalId, String model, Measurement m, String file) {
    Source at = new Source(file, 3, 5);
    return new EvalResult(
        evalId, model, RunInfo.NONE, List.of(new ResultRow(Condition.NONE, m, at)), at);
  }

  /** One imported file: the run {@code runId} (if any) started at {@code started} (if any). */
  private static ImportedResults run(
      String runId, String started, String file, List<String> evals, Measurement m) {
    List<EvalResult> results = new ArrayList<>();
    evals.forEach(e -> results.add(result(e, "m", m, file)));
    return new ImportedResults(
            List.of(new ImportedModel("m", "M", Optional.empty())),
            evals.stream().map(ResultsAssemblerTest::eval).toList(),
            results,
            List.of())
        .withRun(Optional.ofNullable(runId), Optional.ofNullable(started).map(Instant::parse));
  }

  private ResultsAssembler assembler(ResultSettings settings) {
    return new ResultsAssembler(settings, problems);
  }

  private static ResultSettings rule(String glob, RerunPolicy reruns) {
    return new ResultSettings(
        List.of(),
        List.of(),
        List.of(
            new EvalRule(
                Glob.ofIds(glob, Source.file("evalpress.yaml")),
                Optional.empty(),
                Optional.empty(),
                Optional.of(reruns))));
  }

  private List<String> problemLines() {
    return problems.list().stream().map(Problem::toString).toList();
  }

  @Test
  void oneRunInTwoFilesCountsOnceAndEachEvalNamesBothFiles() {
    ResultsAssembler a = assembler(ResultSettings.NONE);
    a.addImported(
        run(
            "r1",
            "2025-05-12T20:28:13Z",
            "results/log.json",
            List.of("e/a", "e/b"),
            new Counts(3, 10)),
        "results/log.json",
        "d1");
    a.addImported(
        run(
            "r1",
            "2025-05-12T20:28:13Z",
            "results/log.eval",
            List.of("e/a", "e/b"),
            new Counts(3, 10)),
        "results/log.eval",
        "d2");

    Results r = a.assemble();

    assertThat(problemLines()).isEmpty();
    assertThat(r.evalResults()).hasSize(2);
    assertThat(r.notesOf("e/a"))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(ResultNote.Kind.SAME_RUN);
              assertThat(n.message())
                  .contains("results/log.eval", "results/log.json", "run id r1", "counted once");
            });
  }

  @Test
  void aByteIdenticalCopyWithoutRunIdCountsOnce() {
    ResultsAssembler a = assembler(ResultSettings.NONE);
    a.addImported(
        run(null, null, "results/a/r.json", List.of("e/a"), new Score(0.5, 0.01, 100)),
        "results/a/r.json",
        "same");
    a.addImported(
        run(null, null, "results/b/r.json", List.of("e/a"), new Score(0.5, 0.01, 100)),
        "results/b/r.json",
        "same");

    Results r = a.assemble();

    assertThat(problemLines()).isEmpty();
    assertThat(r.evalResults()).hasSize(1);
    assertThat(r.notesOf("e/a"))
        .extracting(ResultNote::message)
        .containsExactly(
            "results/b/r.json holds the same content as results/a/r.json; counted once.");
  }

  @Test
  void theLatestRerunIsUsedAndTheEarlierIsNamed() {
    ResultsAssembler a = assembler(ResultSettings.NONE);
    a.addImported(
        run("late", "2025-06-02T10:00:00Z", "results/b.json", List.of("e/a"), new Counts(8, 10)),
        "results/b.json",
        "d2");
    a.addImported(
        run("early", "2025-06-01T10:00:00Z", "results/a.json", List.of("e/a"), new Counts(2, 10)),
        "results/a.json",
        "d1");

    Results r = a.assemble();

    assertThat(problemLines()).isEmpty();
    assertThat(r.evalResults())
        .singleElement()
        .satisfies(e -> assertThat(e.rows().get(0).measurement()).isEqualTo(new Counts(8, 10)));
    assertThat(r.notesOf("e/a"))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(ResultNote.Kind.EARLIER_RUN);
              assertThat(n.message())
                  .isEqualTo(
                      "An earlier run of 2025-06-01T10:00:00Z (results/a.json) was replaced by the"
                          + " rerun of 2025-06-02T10:00:00Z (results/b.json).");
            });
  }

  @Test
  void rerunsArePooledWhenTheSettingsSaySo() {
    ResultsAssembler a = assembler(rule("e/*", RerunPolicy.POOL));
    a.addImported(
        run(
            "r1",
            "2025-06-01T10:00:00Z",
            "results/a.json",
            List.of("e/a", "e/s"),
            new Counts(2, 10)),
        "results/a.json",
        "d1");
    a.addImported(
        run(
            "r2",
            "2025-06-02T10:00:00Z",
            "results/b.json",
            List.of("e/a", "e/s"),
            new Counts(8, 30)),
        "results/b.json",
        "d2");

    Results r = a.assemble();

    assertThat(problemLines()).isEmpty();
    assertThat(r.evalResults())
        .hasSize(2)
        .allSatisfy(e -> assertThat(e.rows().get(0).measurement()).isEqualTo(new Counts(10, 40)));
    assertThat(r.notesOf("e/a"))
        .extracting(ResultNote::kind)
        .containsExactly(ResultNote.Kind.POOLED_RUNS);
  }

  @Test
  void pooledScoresAreWeightedByN() {
    Optional<Measurement> pooled =
        PooledMeasurement.of(List.of(new Score(0.2, 0.04, 100), new Score(0.5, 0.05, 300)));

    Score s = (Score) pooled.orElseThrow();
    assertThat(s.n()).isEqualTo(400);
    assertThat(s.mean())
        .isCloseTo((0.2 * 100 + 0.5 * 300) / 400, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(s.stderr())
        .isCloseTo(
            Math.sqrt(100 * 100 * 0.0016 + 300 * 300 * 0.0025) / 400,
            org.assertj.core.data.Offset.offset(1e-12));
    assertThat(PooledMeasurement.of(List.of(new Score(0.2, 0.04, 100), new Counts(1, 2))))
        .isEmpty();
  }

  @Test
  void rerunsUnderReRunsErrorAreOneProblemPerPairOfFiles() {
    List<String> evals = List.of("e/1", "e/2", "e/3", "e/4", "e/5");
    ResultsAssembler a = assembler(rule("e/**", RerunPolicy.ERROR));
    a.addImported(
        run("r1", "2025-06-01T10:00:00Z", "results/a.json", evals, new Counts(2, 10)),
        "results/a.json",
        "1");
    a.addImported(
        run("r2", "2025-06-02T10:00:00Z", "results/b.json", evals, new Counts(3, 10)),
        "results/b.json",
        "2");

    a.assemble();

    assertThat(problemLines())
        .containsExactly(
            "results/b.json:3:5: 5 results here (eval \"e/1\" on model \"m\", eval"
                + " \"e/2\" on model \"m\", eval \"e/3\" on model \"m\" and 2 more) are also measured by another run at"
                + " results/a.json; reruns: error is set for this eval in evalpress.yaml");
  }

  @Test
  void manyFilesNamingOnePlaceholderModelAreOneProblemWithAHint() {
    ResultsAssembler a = assembler(ResultSettings.NONE);
    for (int i = 0; i < 40; i++) {
      String file = "results/neox/step" + (i * 1000) + ".json";
      a.addImported(
          run(
              null,
              null,
              file,
              List.of("lm-eval/lambada/acc", "lm-eval/lambada/ppl"),
              new Score(0.3, 0.01, 100)),
          file,
          "d" + i);
    }

    a.assemble();

    assertThat(problemLines())
        .singleElement()
        .asString()
        .startsWith(
            "results/neox/step1000.json:3:5: 78 results in 39 files (here, results/neox/step2000.json,"
                + " results/neox/step3000.json and 36 more) (eval \"lm-eval/lambada/acc\" on model \"m\", eval"
                + " \"lm-eval/lambada/ppl\" on model \"m\")"
                + " are also measured by another run at results/neox/step0.json; a run does not say when it ran")
        .endsWith("name each with imports: in evalpress.yaml");
  }

  @Test
  void rerunsWithoutTimestampsCannotBeOrderedAndSaySo() {
    ResultsAssembler a = assembler(ResultSettings.NONE);
    a.addImported(
        run(null, null, "results/a.json", List.of("e/a"), new Counts(2, 10)),
        "results/a.json",
        "1");
    a.addImported(
        run(null, null, "results/b.json", List.of("e/a"), new Counts(3, 10)),
        "results/b.json",
        "2");

    a.assemble();

    assertThat(problemLines())
        .singleElement()
        .asString()
        .startsWith(
            "results/b.json:3:5: eval \"e/a\" on model \"m\" is also measured by another run at results/a.json:3:5;"
                + " a run does not say when it ran")
        .contains("reruns: pool");
  }

  @Test
  void anUnsizedScoreTakesTheNThatTheEvalsOtherResultsAgreeOn() {
    ResultsAssembler a = assembler(ResultSettings.NONE);
    EvalResult unsized =
        result("lm-eval/lambada/acc", "step0", new Score(0, 0, 0), "results/step0.json");
    a.addImported(
        new ImportedResults(
                List.of(new ImportedModel("step0", "step0", Optional.empty())),
                List.of(eval("lm-eval/lambada/acc")),
                List.of(),
                List.of())
            .withUnsizedAndNotes(List.of(unsized), List.of()),
        "results/step0.json",
        "d0");
    for (String step : List.of("step1000", "step2000")) {
      a.addImported(
          new ImportedResults(
              List.of(new ImportedModel(step, step, Optional.empty())),
              List.of(eval("lm-eval/lambada/acc")),
              List.of(
                  result(
                      "lm-eval/lambada/acc",
                      step,
                      new Score(0.3, 0.0064, 5153),
                      "results/" + step + ".json")),
              List.of()),
          "results/" + step + ".json",
          step);
    }

    Results r = a.assemble();

    assertThat(problemLines()).isEmpty();
    assertThat(r.evalResults())
        .filteredOn(e -> e.modelId().equals("step0"))
        .singleElement()
        .satisfies(e -> assertThat(e.rows().get(0).measurement()).isEqualTo(new Score(0, 0, 5153)));
    assertThat(r.notesOf("lm-eval/lambada/acc"))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(ResultNote.Kind.SAMPLE_SIZE_FROM_ELSEWHERE);
              assertThat(n.modelId()).contains("step0");
              assertThat(n.message())
                  .startsWith("n = 5153 for step0 is taken from this eval's other results");
            });
  }

  @Test
  void anUnsizedScoreWithNothingToSizeItIsLeftOutWithANote() {
    ResultsAssembler a = assembler(ResultSettings.NONE);
    EvalResult unsized =
        result("lm-eval/lambada/ppl", "step0", new Score(142.4, 0, 0), "results/step0.json");
    a.addImported(
        new ImportedResults(
                List.of(new ImportedModel("step0", "step0", Optional.empty())),
                List.of(eval("lm-eval/lambada/ppl")),
                List.of(),
                List.of())
            .withUnsizedAndNotes(List.of(unsized), List.of()),
        "results/step0.json",
        "d0");

    Results r = a.assemble();

    assertThat(r.evalResults()).isEmpty();
    assertThat(r.notesOf("lm-eval/lambada/ppl"))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(ResultNote.Kind.LEFT_OUT);
              assertThat(n.message()).contains("no other result of this eval has one");
            });
  }

  @Test
  void evalRulesSetCategoryAndDirectionAndAnAssumedDirectionIsNoLongerAssumed() {
    ResultSettings settings =
        new ResultSettings(
            List.of(),
            List.of(),
            List.of(
                new EvalRule(
                    Glob.ofIds("lm-eval/crows_pairs*/**", Source.file("evalpress.yaml")),
                    Optional.of(Category.OTHER),
                    Optional.of(Direction.LOWER_IS_BETTER),
                    Optional.empty())));
    ResultsAssembler a = assembler(settings);
    ResultNote assumed =
        ResultNote.ofEval(
            ResultNote.Kind.DIRECTION_ASSUMED,
            "lm-eval/crows_pairs_english/pct",
            Optional.empty(),
            "direction assumed",
            Source.file("results/x.json"));
    a.addImported(
        run(
                null,
                null,
                "results/x.json",
                List.of("lm-eval/crows_pairs_english/pct", "lm-eval/other/acc"),
                new Score(0.6, 0.01, 100))
            .withUnsizedAndNotes(List.of(), List.of(assumed)),
        "results/x.json",
        "d");

    Results r = a.assemble();

    assertThat(r.evals().get("lm-eval/crows_pairs_english/pct").category())
        .isEqualTo(Category.OTHER);
    assertThat(r.evals().get("lm-eval/crows_pairs_english/pct").direction())
        .isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(r.evals().get("lm-eval/other/acc").direction())
        .isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(r.notes()).isEmpty();
  }
}
