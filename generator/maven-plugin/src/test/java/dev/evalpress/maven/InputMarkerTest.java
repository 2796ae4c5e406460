package dev.evalpress.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.model.SourceFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputMarkerTest {

  @TempDir Path root;

  private Path markerFile;

  @BeforeEach
  void site() throws Exception {
    Files.createDirectories(root.resolve("results"));
    Files.createDirectories(root.resolve("content"));
    Files.writeString(root.resolve("evalpress.yaml"), "title: T\n");
    Files.writeString(root.resolve("results/a.json"), "{\"k\": 1}");
    Files.writeString(root.resolve("content/r.md"), "---\ntitle: R\n---\n");
    markerFile = root.resolve("target/evalpress-build.inputs");
  }

  private InputMarker marker(Map<String, String> settings) throws Exception {
    return InputMarker.of(markerFile, SourceFolders.of(root), settings);
  }

  @Test
  void aRunWithTheSameInputsAndSettingsIsUpToDateOnlyAfterTheLastOneSucceeded() throws Exception {
    assertThat(marker(Map.of("out", "x")).upToDate()).isFalse();
    marker(Map.of("out", "x")).save(List.of());
    assertThat(marker(Map.of("out", "x")).upToDate()).isTrue();
    marker(Map.of("out", "x")).clear();
    assertThat(marker(Map.of("out", "x")).upToDate()).isFalse();
  }

  @Test
  void anEditOfAResultAReportOrTheSettingsIsNotUpToDate() throws Exception {
    for (String file : new String[] {"results/a.json", "content/r.md", "evalpress.yaml"}) {
      marker(Map.of()).save(List.of());
      // same length, so only the digest tells the edit apart
      String text = Files.readString(root.resolve(file));
      Files.writeString(
          root.resolve(file), text.replace('1', '2').replace('T', 'U').replace('R', 'S'));
      assertThat(marker(Map.of()).upToDate()).as(file).isFalse();
    }
  }

  @Test
  void aNewFileOrOtherSettingsAreNotUpToDate() throws Exception {
    marker(Map.of("failOnRegression", "false")).save(List.of());
    assertThat(marker(Map.of("failOnRegression", "true")).upToDate()).isFalse();
    Files.writeString(root.resolve("results/b.json"), "{}");
    assertThat(marker(Map.of("failOnRegression", "false")).upToDate()).isFalse();
  }

  @Test
  void filesOutsideTheInputsDoNotMatter() throws Exception {
    marker(Map.of()).save(List.of());
    Files.writeString(root.resolve("README.md"), "notes");
    Files.createDirectories(root.resolve("target/evalpress"));
    Files.writeString(root.resolve("target/evalpress/index.html"), "<html>");
    assertThat(marker(Map.of()).upToDate()).isTrue();
  }

  @Test
  void aWrittenFileThatIsMissingOrChangedIsNotUpToDate() throws Exception {
    Path out = Files.createDirectories(root.resolve("target/evalpress-export"));
    Path html = Files.writeString(out.resolve("release-m-2.html"), "<p>release</p>");
    Path json = Files.writeString(out.resolve("release-m-2.json"), "{}");
    marker(Map.of()).save(List.of(html, json));
    assertThat(marker(Map.of()).upToDate()).isTrue();

    Files.writeString(json, "[]");
    assertThat(marker(Map.of()).upToDate()).as("a file changed, same size").isFalse();
    Files.writeString(json, "{}");
    assertThat(marker(Map.of()).upToDate()).isTrue();
    Files.delete(html);
    // the folder is still there, with one of its files: the export is redone all the same
    assertThat(marker(Map.of()).upToDate()).as("a file deleted").isFalse();
  }

  @Test
  void inputsInFoldersElsewhereAreDigestedAndTheirPlaceMatters() throws Exception {
    Path shared = Files.createDirectories(root.resolve("../shared-results").normalize());
    Files.writeString(shared.resolve("a.json"), "{\"k\": 1}");
    SourceFolders elsewhere = SourceFolders.of(root).withResults(shared);
    InputMarker.of(markerFile, elsewhere, Map.of()).save(List.of());
    assertThat(InputMarker.of(markerFile, elsewhere, Map.of()).upToDate()).isTrue();
    // the same bytes read from the default folder are other inputs
    assertThat(marker(Map.of()).upToDate()).isFalse();

    Files.writeString(shared.resolve("a.json"), "{\"k\": 2}");
    assertThat(InputMarker.of(markerFile, elsewhere, Map.of()).upToDate()).isFalse();
  }
}
