package dev.evalpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.model.SourceFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the preview watches when the reports and results are not in {@code root/content} and {@code
 * root/results}: the folders leading to them, the folders outside the root, and nothing else.
 */
class InputTreeTest {

  @Test
  void watchesFoldersOutsideTheRootAndWalksOnlyTowardsTheInputs(@TempDir Path dir)
      throws IOException {
    Path root = Files.createDirectories(dir.resolve("root"));
    Path content = Files.createDirectories(root.resolve("docs/evals"));
    Path results = Files.createDirectories(dir.resolve("shared/results"));
    Files.writeString(root.resolve("evalpress.yaml"), "");
    Files.writeString(content.resolve("a.md"), "");
    Files.writeString(root.resolve("docs/readme.md"), "");
    Files.createDirectories(root.resolve("site"));
    Files.writeString(root.resolve("site/index.html"), "");
    Files.writeString(results.resolve("models.json"), "");
    InputTree tree =
        new InputTree(SourceFolders.of(root).withContent(content).withResults(results));

    assertThat(tree.watched()).containsExactly(root, results);
    assertThat(tree.isInput(content.resolve("a.md"))).isTrue();
    assertThat(tree.isInput(results.resolve("new.json"))).isTrue();
    assertThat(tree.isInput(root.resolve("evalpress.yaml"))).isTrue();
    assertThat(tree.isInput(root.resolve("docs/readme.md"))).isFalse();
    assertThat(tree.isInput(root.resolve("results/x.json"))).isFalse();

    List<Path> files = new ArrayList<>();
    List<Path> folders = new ArrayList<>();
    for (Path start : tree.watched()) {
      tree.recursiveVisitFiles(start, folders::add, files::add);
    }
    assertThat(files)
        .containsExactlyInAnyOrder(
            root.resolve("evalpress.yaml"),
            content.resolve("a.md"),
            results.resolve("models.json"));
    assertThat(folders).doesNotContain(root.resolve("site"));
  }
}
