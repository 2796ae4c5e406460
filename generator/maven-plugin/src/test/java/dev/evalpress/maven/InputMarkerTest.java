package dev.evalpress.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
    return InputMarker.of(markerFile, root, settings);
  }

  @Test
  void aRunWithTheSameInputsAndSettingsIsUpToDateOnlyAfterTheLastOneSucceeded() throws Exception {
    assertThat(marker(Map.of("out", "x")).upToDate()).isFalse();
    marker(Map.of("out", "x")).save();
    assertThat(marker(Map.of("out", "x")).upToDate()).isTrue();
    marker(Map.of("out", "x")).clear();
    assertThat(marker(Map.of("out", "x")).upToDate()).isFalse();
  }

  @Test
  void anEditOfAResultAReportOrTheSettingsIsNotUpToDate() throws Exception {
    for (String file : new String[] {"results/a.json", "content/r.md", "evalpress.yaml"}) {
      marker(Map.of()).save();
      // same length, so only the digest tells the edit apart
      String text = Files.readString(root.resolve(file));
      Files.writeString(
          root.resolve(file), text.replace('1', '2').replace('T', 'U').replace('R', 'S'));
      assertThat(marker(Map.of()).upToDate()).as(file).isFalse();
    }
  }

  @Test
  void aNewFileOrOtherSettingsAreNotUpToDate() throws Exception {
    marker(Map.of("failOnRegression", "false")).save();
    assertThat(marker(Map.of("failOnRegression", "true")).upToDate()).isFalse();
    Files.writeString(root.resolve("results/b.json"), "{}");
    assertThat(marker(Map.of("failOnRegression", "false")).upToDate()).isFalse();
  }

  @Test
  void filesOutsideTheInputsDoNotMatter() throws Exception {
    marker(Map.of()).save();
    Files.writeString(root.resolve("README.md"), "notes");
    Files.createDirectories(root.resolve("target/evalpress"));
    Files.writeString(root.resolve("target/evalpress/index.html"), "<html>");
    assertThat(marker(Map.of()).upToDate()).isTrue();
  }
}
