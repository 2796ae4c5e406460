package dev.evalpress.load.imports.lmeval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.load.SampleLogs;
import dev.evalpress.load.imports.ImportContext;
import dev.evalpress.load.imports.ImportedResults;
import dev.evalpress.load.imports.ImportedSampleLog;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.model.Message;
import dev.evalpress.model.Sample;
import dev.evalpress.model.SourceFolders;
import dev.evalpress.problem.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lm-evaluation-harness samples files, read with the results file of their run. */
class LmEvalSampleLogTest {

  private static final Path FIXTURE = Path.of("src/test/resources/imports/samples/lm-eval");
  private static final String DATE = "2024-06-01T10-00-00.123456";
  private static final String RESULTS = "results_" + DATE + ".json";
  private static final String ARC = "samples_arc_mini_" + DATE + ".jsonl";
  private static final String GSM = "samples_gsm8k_mini_" + DATE + ".jsonl";

  /**
   * Imports {@code dir}'s results file, reads every samples file paired with it, and returns the
   * records.
   */
  private static List<Sample> read(Path dir, Problems problems) throws Exception {
    Path results = dir.resolve(RESULTS);
    ImportedResults imported =
        LocatedJson.parse("r/" + RESULTS, Files.readAllBytes(results), problems)
            .flatMap(
                doc -> new LmEvalHarnessImporter().read(doc, ImportContext.of(results), problems))
            .orElseThrow();
    List<Sample> out = new ArrayList<>();
    for (ImportedSampleLog log : imported.sampleLogs()) {
      log.read(out::add, problems);
    }
    return out;
  }

  private static Path copy(Path dir) throws Exception {
    for (String name : List.of(RESULTS, ARC, GSM)) {
      Files.copy(FIXTURE.resolve(name), dir.resolve(name));
    }
    return dir;
  }

  /** The problems of reading the fixture with its arc_mini samples file changed by {@code edit}. */
  private static List<String> problemsWithArcEdited(
      Path dir, java.util.function.UnaryOperator<String> edit) throws Exception {
    copy(dir);
    Path arc = dir.resolve(ARC);
    Files.writeString(arc, edit.apply(Files.readString(arc)));
    Problems problems = new Problems();
    read(dir, problems);
    return problems.list().stream().map(Object::toString).toList();
  }

  @Test
  void eachDocumentAndMetricIsARecordOfThatMetricsEval() throws Exception {
    Problems problems = new Problems();
    List<Sample> records = read(FIXTURE, problems);
    assertThat(problems.list()).isEmpty();
    assertThat(
            records.stream()
                .sorted(Comparator.comparing(Sample::evalId).thenComparing(Sample::id))
                .map(s -> s.evalId() + " " + s.id() + " " + s.verdict()))
        .containsExactly(
            "lm-eval/arc_mini/acc 0 true",
            "lm-eval/arc_mini/acc 1 true",
            "lm-eval/arc_mini/acc 2 true",
            "lm-eval/arc_mini/acc 3 false",
            "lm-eval/arc_mini/acc_norm 0 true",
            "lm-eval/arc_mini/acc_norm 1 false",
            "lm-eval/arc_mini/acc_norm 2 true",
            "lm-eval/arc_mini/acc_norm 3 false",
            "lm-eval/gsm8k_mini/exact_match-flexible-extract 0 true",
            "lm-eval/gsm8k_mini/exact_match-flexible-extract 1 true",
            "lm-eval/gsm8k_mini/exact_match-strict-match 0 true",
            "lm-eval/gsm8k_mini/exact_match-strict-match 1 false");
    Sample arc = records.get(0);
    assertThat(arc.modelId()).hasValue("eleutherai-pythia-70m");
    assertThat(arc.source().toString()).isEqualTo("r/" + ARC + ":1:1");
    assertThat(arc.input())
        .containsExactly(
            new Message("prompt", "Question 0: what colour is the sky on a clear day?\nAnswer:"),
            new Message("choices", "0:  red\n1:  blue\n2:  green"));
    assertThat(arc.output())
        .isEqualTo(
            "0:  red → log-likelihood -1.50\n1:  blue → log-likelihood -2.50 (greedy)\n"
                + "2:  green → log-likelihood -3.50");
    Sample strict =
        records.stream()
            .filter(s -> s.evalId().endsWith("strict-match") && s.id().equals("1"))
            .findFirst()
            .orElseThrow();
    assertThat(strict.output()).isEqualTo("I think it is 7, so #### 8");
    assertThat(strict.metadata())
        .containsEntry("filtered response", "[invalid]")
        .containsEntry("target", "8")
        .containsEntry("filter", "strict-match");
  }

  @Test
  void aMissingLineIsAnExactProblem(@TempDir Path dir) throws Exception {
    // the last of the 4 lines is gone
    assertThat(
            problemsWithArcEdited(
                dir, arc -> arc.substring(0, arc.lastIndexOf('\n', arc.length() - 2) + 1)))
        .containsExactly(
            "r/"
                + ARC
                + ":0:0: expected 4 lines of filter \"none\" (n-samples of task \"arc_mini\" in r/"
                + RESULTS
                + "), got 3; the harness writes one line per document and filter");
  }

  @Test
  void aMetricMissingFromSomeLinesIsAProblemNotASkippedCheck(@TempDir Path dir) throws Exception {
    // the first line loses its acc value: the mean of the others could no longer be checked
    assertThat(
            problemsWithArcEdited(
                dir, arc -> arc.replaceFirst("\"acc\": [01]\\.0", "\"acc_x\": 1.0")))
        .containsExactly(
            "r/"
                + ARC
                + ":0:0: metric \"acc\" (filter \"none\") has a value on 3 of the 4 lines; the harness writes every"
                + " metric of the task on every line");
  }

  @Test
  void aZeroOneMetricWhoseMeanDisagreesWithTheResultsIsAProblem(@TempDir Path dir)
      throws Exception {
    assertThat(problemsWithArcEdited(dir, arc -> arc.replace("\"acc\": 0.0", "\"acc\": 1.0")))
        .containsExactly(
            "r/"
                + ARC
                + ":0:0: metric \"acc\" (filter \"none\") is 4 of 4 documents here, a mean of 1.0, but 0.75 in r/"
                + RESULTS
                + "; the samples and the results of a run must agree");
  }

  @Test
  void aBadLineIsReportedWithItsLineAndColumn(@TempDir Path dir) throws Exception {
    copy(dir);
    Path gsm = dir.resolve(GSM);
    List<String> lines = new ArrayList<>(Files.readAllLines(gsm));
    lines.set(1, "{\"doc_id\": \"x\", \"filter\": 3}");
    lines.set(2, "{\"doc_id\": 0, oops}");
    Files.write(gsm, lines);
    Problems problems = new Problems();
    read(dir, problems);
    assertThat(problems.list())
        .extracting(Object::toString)
        .containsExactly(
            "r/" + GSM + ":2:1: /filter: expected the filter's name as a string, got 3",
            "r/"
                + GSM
                + ":3:15: invalid JSON: Unexpected character ('o' (code 111)): was expecting double-quote to start"
                + " field name");
  }

  @Test
  void aSamplesFileOfATaskTheResultsDoNotHaveIsAProblem(@TempDir Path dir) throws Exception {
    copy(dir);
    Files.writeString(dir.resolve("samples_hellaswag_" + DATE + ".jsonl"), "{\"doc_id\": 0}\n");
    Problems problems = new Problems();
    read(dir, problems);
    assertThat(problems.list())
        .extracting(Object::toString)
        .containsExactly(
            "r/samples_hellaswag_"
                + DATE
                + ".jsonl:0:0: a samples file of task \"hellaswag\", but r/"
                + RESULTS
                + " has no results for that task; expected one of: arc_mini, gsm8k_mini");
  }

  @Test
  void aSamplesFileWithoutItsResultsFileIsOneClearProblem(@TempDir Path dir) throws Exception {
    Path results = Files.createDirectories(dir.resolve("results/run"));
    Files.copy(FIXTURE.resolve(ARC), results.resolve(ARC));
    Problems problems = new Problems();
    assertThat(SampleLogs.list(SourceFolders.of(dir), problems)).isEmpty();
    assertThat(problems.list())
        .extracting(Object::toString)
        .containsExactly(
            "results/run/"
                + ARC
                + ":0:0: an lm-evaluation-harness samples file without its results file: expected "
                + RESULTS
                + " (the results_DATE.json lm-eval writes beside samples_TASK_DATE.jsonl, with the same date"
                + " stamp) in the same folder");
  }
}
