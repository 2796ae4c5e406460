package dev.evalpress.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.problem.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {

  @Test
  void missingFileGivesDefaults(@TempDir Path root) {
    Problems problems = new Problems();
    assertThat(SettingsLoader.load(root, problems)).isEqualTo(SiteSettings.DEFAULT);
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void readsTitleAndKeepsDefaultDescription(@TempDir Path root) throws Exception {
    Files.writeString(root.resolve("evalpress.yaml"), "title: My evals\n");
    Problems problems = new Problems();
    SiteSettings settings = SettingsLoader.load(root, problems);
    assertThat(settings.title()).isEqualTo("My evals");
    assertThat(settings.description()).isEqualTo(SiteSettings.DEFAULT.description());
  }

  @Test
  void unknownFieldsAndWrongTypesAreReportedWithTheirLine(@TempDir Path root) throws Exception {
    Files.writeString(root.resolve("evalpress.yaml"), "title: ok\ntitel: typo\ndescription: [1]\n");
    Problems problems = new Problems();
    SettingsLoader.load(root, problems);
    assertThat(problems.list()).extracting(Object::toString).containsExactly(
        "evalpress.yaml:2:8: unknown field \"titel\" in the top-level object; expected one of [description, title]",
        "evalpress.yaml:3:14: /description: expected a string, got an array");
  }
}
