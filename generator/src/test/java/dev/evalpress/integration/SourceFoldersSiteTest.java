package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalpress.build.BuildOptions;
import dev.evalpress.build.ExportFormat;
import dev.evalpress.build.IncrementalBuild;
import dev.evalpress.build.ReleaseExport;
import dev.evalpress.build.SiteBuild;
import dev.evalpress.model.SourceFolders;
import dev.evalpress.problem.InputException;
import dev.evalpress.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site whose reports and results are not in {@code root/content} and {@code root/results}: the
 * reports in {@code docs/evals} under the root, the results on a shared disk outside it. It builds
 * the same site as the default folders, and every problem names its file as the user knows it:
 * relative to the root inside it, under the folder as given outside it.
 */
class SourceFoldersSiteTest {

  private static final BuildOptions ONE_THREAD = BuildOptions.defaults().withThreads(1);

  /** The samples fixture with its reports in root/docs/evals and its results in dir/shared. */
  private static SourceFolders moved(Path dir) throws IOException {
    Path fixture = BuiltSite.fixture("samples");
    Path root = Files.createDirectories(dir.resolve("root"));
    Files.copy(fixture.resolve("evalpress.yaml"), root.resolve("evalpress.yaml"));
    Path content = BuiltSite.copy(fixture.resolve("content"), root.resolve("docs/evals"));
    Path results = BuiltSite.copy(fixture.resolve("results"), dir.resolve("shared/results"));
    return SourceFolders.of(root).withContent(content).withResults(results);
  }

  @Test
  void foldersElsewhereBuildTheSameSiteAsTheDefaultOnes(@TempDir Path dir) throws IOException {
    SourceFolders moved = moved(dir);
    Path real = BuiltSite.copy(BuiltSite.fixture("samples"), dir.resolve("real"));

    new SiteBuild(moved, ONE_THREAD).build(dir.resolve("moved-site"));
    new SiteBuild(real, ONE_THREAD).build(dir.resolve("real-site"));

    Trees.assertSame(dir.resolve("real-site"), dir.resolve("moved-site"));
    // nothing was looked for in the default places
    assertThat(moved.root().resolve("content")).doesNotExist();
    assertThat(moved.root().resolve("results")).doesNotExist();
  }

  @Test
  void problemsNameFilesInsideTheRootRelativeToItAndOthersUnderTheFolderAsGiven(@TempDir Path dir)
      throws IOException {
    SourceFolders moved = moved(dir);
    Files.writeString(moved.content().resolve("report.md"), "no front matter\n");
    Files.writeString(moved.results().resolve("models.json"), "{\"kind\": \"models\",\n  oops}");

    List<String> absolute = problems(moved);
    String shared = dir.resolve("shared/results").toString();
    assertThat(absolute)
        .contains(
            "docs/evals/report.md:1:1: expected YAML front matter: a first line \"---\", then title"
                + " and date, then a closing \"---\"")
        .anySatisfy(p -> assertThat(p).startsWith(shared + "/models.json:2:3: "))
        // a results file outside the root is still known as one: the checks that need the
        // results are skipped, with one line that says so
        .anySatisfy(p -> assertThat(p).contains("the results have problems"));

    // a folder given relative to the current folder is named as given
    Path relative = Path.of("").toAbsolutePath().relativize(moved.results());
    assertThat(relative.isAbsolute()).isFalse();
    assertThat(problems(moved.withResults(relative)))
        .anySatisfy(p -> assertThat(p).startsWith(relative + "/models.json:2:3: "));
  }

  private static List<String> problems(SourceFolders folders) {
    List<String> lines = new ArrayList<>();
    assertThatThrownBy(() -> new SiteBuild(folders, ONE_THREAD).check())
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              e.problems().stream().map(Problem::toString).forEach(lines::add);
              lines.addAll(e.skipped());
            });
    return lines;
  }

  @Test
  void theIncrementalBuildSeesEditsInFoldersOutsideTheRoot(@TempDir Path dir) throws Exception {
    SourceFolders moved = moved(dir);
    IncrementalBuild build = new IncrementalBuild(moved, ONE_THREAD, dir.resolve("out"));
    assertThat(build.update().full()).isTrue();

    Path report = moved.content().resolve("report.md");
    Files.writeString(report, Files.readString(report) + "\nOne more sentence.\n");
    IncrementalBuild.Update prose = build.update();
    assertThat(prose.full()).isFalse();
    assertThat(prose.rendered()).contains("reports/report/index.html");

    Path models = moved.results().resolve("models.json");
    Files.writeString(models, Files.readString(models).replace("Model Two", "Model 2"));
    IncrementalBuild.Update results = build.update();
    assertThat(results.full()).isTrue();
    assertThat(Files.readString(dir.resolve("out/index.html"))).contains("Model 2");
  }

  @Test
  void anExportNamesItsInputsAsProblemsDo(@TempDir Path dir) throws IOException {
    SourceFolders moved = moved(dir);
    Path out = Files.createDirectories(dir.resolve("export"));

    new ReleaseExport(moved, ONE_THREAD)
        .export("m-2", EnumSet.of(ExportFormat.JSON), out, Optional.empty());

    JsonNode json = new ObjectMapper().readTree(out.resolve("release-m-2.json").toFile());
    List<String> inputs = new ArrayList<>();
    json.findValue("inputs").forEach(i -> inputs.add(i.get("path").asText()));
    String shared = dir.resolve("shared/results").toString();
    assertThat(inputs)
        .contains("evalpress.yaml", "docs/evals/report.md", shared + "/models.json")
        .hasSize(2 + 4);
  }
}
