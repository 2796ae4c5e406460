package dev.evalpress.load.imports.lmeval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalpress.build.BuildResult;
import dev.evalpress.build.SiteBuild;
import dev.evalpress.load.Importers;
import dev.evalpress.load.imports.ImportedResults;
import dev.evalpress.load.imports.InputFile;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.model.EvalResult;
import dev.evalpress.model.Score;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * lm-evaluation-harness files through the whole build: the hand-written fixtures, and the real v0.3
 * files of the shared data folder when it is present (they are copied into a temporary root at test
 * time, never committed).
 */
class LmEvalHarnessSiteTest {

  private static final Path FIXTURES = Path.of("src/test/resources/imports/lm-eval");
  private static final List<Path> REAL_FILES =
      List.of(
          Path.of("/work/shared/data/lm_eval_v03_human_alignment"),
          Path.of("../../shared/data/lm_eval_v03_human_alignment"));

  @TempDir Path tmp;

  @Test
  void fixturesOfBothFormatsBuildASite() throws IOException {
    Path root = tmp.resolve("root");
    Files.createDirectories(root.resolve("results/lm-eval"));
    Files.createDirectories(root.resolve("content"));
    for (String name : List.of("old-format.json", "current-format.json", "stderr-na.json")) {
      Files.copy(FIXTURES.resolve(name), root.resolve("results/lm-eval").resolve(name));
    }

    BuildResult built = new SiteBuild(root).build(tmp.resolve("site"));

    assertThat(built).isNotNull();
    assertThat(tmp.resolve("site/evals/lm-eval/toxigen_mini/acc/index.html")).isRegularFile();
    assertThat(tmp.resolve("site/evals/lm-eval/gsm8k/exact_match-strict-match/5-shot/index.html"))
        .isRegularFile();
    assertThat(tmp.resolve("site/models/eleutherai-pythia-160m-step100000/index.html"))
        .isRegularFile();
    assertThat(tmp.resolve("site/models/org-model-7b/index.html")).isRegularFile();
  }

  @Test
  void realV03FilesImportTheirNumbersUnchangedAndBuild() throws IOException {
    Optional<Path> folder = REAL_FILES.stream().filter(Files::isDirectory).findFirst();
    Assumptions.assumeTrue(
        folder.isPresent(), "shared lm_eval_v03_human_alignment folder is not here");
    List<Path> files;
    try (Stream<Path> list = Files.list(folder.get())) {
      files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    Assumptions.assumeFalse(files.isEmpty(), "no JSON files in " + folder.get());

    ObjectMapper json = new ObjectMapper();
    LmEvalHarnessImporter importer = new LmEvalHarnessImporter();
    for (Path file : files) {
      Problems problems = new Problems();
      LocatedJson doc =
          LocatedJson.parse(file.getFileName().toString(), Files.readAllBytes(file), problems)
              .orElseThrow();
      assertThat(Importers.claim(InputFile.parsed(file, doc)).map(Importers.Claim::importer))
          .containsInstanceOf(LmEvalHarnessImporter.class);
      ImportedResults imported = importer.read(doc, problems).orElseThrow();
      assertThat(problems.list()).as("problems of %s", file).isEmpty();
      Map<String, EvalResult> byEval =
          imported.results().stream()
              .collect(Collectors.toMap(EvalResult::evalId, Function.identity()));

      // every metric with a standard error is imported with the file's mean and standard error; the
      // others are not
      JsonNode results = json.readTree(file.toFile()).get("results");
      List<String> expected = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> tasks = results.fields(); tasks.hasNext(); ) {
        Map.Entry<String, JsonNode> task = tasks.next();
        for (Iterator<Map.Entry<String, JsonNode>> metrics = task.getValue().fields();
            metrics.hasNext(); ) {
          Map.Entry<String, JsonNode> metric = metrics.next();
          if (metric.getKey().endsWith("_stderr")) {
            continue;
          }
          String id = "lm-eval/" + task.getKey() + "/" + metric.getKey();
          JsonNode stderr = task.getValue().get(metric.getKey() + "_stderr");
          if (stderr == null) {
            assertThat(byEval).as("%s in %s has no stderr", id, file).doesNotContainKey(id);
            continue;
          }
          expected.add(id);
          assertThat(byEval).as("%s in %s", id, file).containsKey(id);
          Score s = (Score) byEval.get(id).rows().get(0).measurement();
          assertThat(s.mean())
              .as("mean of %s in %s", id, file)
              .isEqualTo(metric.getValue().doubleValue());
          assertThat(s.stderr()).as("stderr of %s in %s", id, file).isEqualTo(stderr.doubleValue());
          assertThat(s.n()).as("n of %s in %s", id, file).isGreaterThanOrEqualTo(2);
          double p = s.mean();
          if (p > 0 && p < 1) {
            // a 0/1 metric: its n reproduces the harness's standard error √(p(1 − p)/(n − 1))
            assertThat(Math.sqrt(p * (1 - p) / (s.n() - 1)))
                .isCloseTo(s.stderr(), org.assertj.core.api.Assertions.withinPercentage(1e-6));
          }
        }
      }
      assertThat(byEval.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    Path root = tmp.resolve("real");
    Files.createDirectories(root.resolve("results"));
    Files.createDirectories(root.resolve("content"));
    for (Path file : files) {
      Files.copy(file, root.resolve("results").resolve(file.getFileName()));
    }
    BuildResult built = new SiteBuild(root).build(tmp.resolve("real-site"));
    assertThat(built).isNotNull();
    assertThat(tmp.resolve("real-site/evals/lm-eval/toxigen/acc/index.html")).isRegularFile();
  }
}
