package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evalpress.problem.InputException;
import dev.evalpress.site.SiteBuild;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed build leaves the previous site exactly as it was, and leaves no temporary folders behind. */
class AtomicBuildTest {

  @Test
  void failedBuildKeepsThePreviousSite(@TempDir Path dir) throws Exception {
    Path root = BuiltSite.copy(BuiltSite.fixture("small"), dir.resolve("root"));
    Path out = dir.resolve("site");
    BuiltSite before = BuiltSite.build(root, out);
    List<byte[]> contents = new ArrayList<>();
    for (String f : before.files()) {
      contents.add(Files.readAllBytes(out.resolve(f)));
    }
    Files.writeString(root.resolve("results/broken.json"), "{\"kind\": ", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new SiteBuild(root).build(out)).isInstanceOf(InputException.class);
    assertThat(before.files()).hasSize(contents.size());
    for (int i = 0; i < contents.size(); i++) {
      assertThat(Files.readAllBytes(out.resolve(before.files().get(i)))).isEqualTo(contents.get(i));
    }
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("root", "site");
    }
  }

  @Test
  void rebuildReplacesTheWholeTree(@TempDir Path dir) throws Exception {
    Path root = BuiltSite.copy(BuiltSite.fixture("small"), dir.resolve("root"));
    Path out = dir.resolve("site");
    BuiltSite.build(root, out);
    Files.delete(root.resolve("content/first.md"));
    BuiltSite after = BuiltSite.build(root, out);
    assertThat(after.files()).noneMatch(f -> f.startsWith("reports/first/"));
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("root", "site");
    }
  }
}
