package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evalpress.build.SiteBuild;
import dev.evalpress.problem.InputException;
import dev.evalpress.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code results/} and {@code content/} kept elsewhere and linked into the site root, as labs do
 * with results on a shared disk: the links are followed. A link loop, a link back to a folder that
 * holds the site and a link to nothing are problems that name the link, never a hang or a silently
 * empty site.
 */
@Timeout(60)
class LinkedFoldersSiteTest {

  /** The samples fixture with its results and content folders elsewhere, linked into the root. */
  private static Path linkedSite(Path dir) throws IOException {
    Path fixture = BuiltSite.fixture("samples");
    Path root = Files.createDirectories(dir.resolve("root"));
    Files.copy(fixture.resolve("evalpress.yaml"), root.resolve("evalpress.yaml"));
    Path shared = Files.createDirectories(dir.resolve("shared"));
    BuiltSite.copy(fixture.resolve("results"), shared.resolve("results"));
    BuiltSite.copy(fixture.resolve("content"), shared.resolve("content"));
    Files.createSymbolicLink(root.resolve("results"), shared.resolve("results"));
    Files.createSymbolicLink(root.resolve("content"), shared.resolve("content"));
    return root;
  }

  @Test
  void linkedResultsAndContentBuildTheSameSiteAsRealFolders(@TempDir Path dir) throws IOException {
    Path root = linkedSite(dir);
    Path real = BuiltSite.copy(BuiltSite.fixture("samples"), dir.resolve("real"));

    BuiltSite linked = BuiltSite.build(root, dir.resolve("linked-site"));
    BuiltSite.build(real, dir.resolve("real-site"));

    assertThat(linked.page("index.html").select("a[href^=reports/]")).isNotEmpty();
    assertThat(linked.page("evals/am/blackmail/index.html").select("table.eval-table tbody tr"))
        .isNotEmpty();
    assertThat(dir.resolve("linked-site/samples/am/blackmail")).isDirectory();
    Trees.assertSame(dir.resolve("real-site"), dir.resolve("linked-site"));
    assertThat(new SiteBuild(root).check().notes()).isNotNull();
  }

  @Test
  void aLinkedFolderInsideResultsIsFollowed(@TempDir Path dir) throws IOException {
    Path real = BuiltSite.copy(BuiltSite.fixture("small"), dir.resolve("root"));
    Path evals = real.resolve("results/evals");
    Path elsewhere = dir.resolve("elsewhere/evals");
    Files.createDirectories(elsewhere.getParent());
    Files.move(evals, elsewhere);
    Files.createSymbolicLink(evals, elsewhere);

    BuiltSite site = BuiltSite.build(real, dir.resolve("site"));

    assertThat(site.page("evals/am/blackmail/index.html").select("table.eval-table tbody tr"))
        .isNotEmpty();
  }

  @Test
  void aLinkLoopIsAProblemNamingTheLink(@TempDir Path dir) throws IOException {
    Path root = linkedSite(dir);
    Files.createDirectories(dir.resolve("shared/results/a"));
    Files.createSymbolicLink(
        dir.resolve("shared/results/a/again"), dir.resolve("shared/results/a"));

    assertThatThrownBy(() -> new SiteBuild(root).build(dir.resolve("site")))
        .isInstanceOfSatisfying(
            InputException.class,
            e ->
                assertThat(e.problems())
                    .map(Problem::toString)
                    .containsExactly(
                        "results/a/again:0:0: a symbolic link loop: this link leads back to a folder it is in;"
                            + " expected links to folders outside it"));
    assertThat(dir.resolve("site")).doesNotExist();
  }

  @Test
  void aLinkToAFolderThatHoldsTheSiteIsAProblemNotAWalkOfTheDisk(@TempDir Path dir)
      throws IOException {
    Path root = linkedSite(dir);
    Files.createSymbolicLink(dir.resolve("shared/content/up"), dir);
    Path up = dir.toRealPath();

    assertThatThrownBy(() -> new SiteBuild(root).check())
        .isInstanceOfSatisfying(
            InputException.class,
            e ->
                assertThat(e.problems())
                    .map(Problem::toString)
                    .containsExactly(
                        "content/up:0:0: a symbolic link to "
                            + up
                            + ", a folder that holds content/ itself; reading it would read content/ again: expected links to"
                            + " folders outside it"));
  }

  @Test
  void aLinkToNothingIsAProblemNotAnEmptySite(@TempDir Path dir) throws IOException {
    Path root = linkedSite(dir);
    Path previous = Files.createDirectories(dir.resolve("site"));
    BuiltSite.build(root, previous);
    Files.move(dir.resolve("shared/results"), dir.resolve("shared/results-moved"));
    Files.createSymbolicLink(dir.resolve("shared/content/gone.md"), dir.resolve("nowhere.md"));

    assertThatThrownBy(() -> new SiteBuild(root).build(previous))
        .isInstanceOfSatisfying(
            InputException.class,
            e ->
                assertThat(e.problems())
                    .map(Problem::toString)
                    .containsExactly(
                        "content/gone.md:0:0: a symbolic link to "
                            + dir.resolve("nowhere.md")
                            + ", which does not exist",
                        "results:0:0: a symbolic link to "
                            + dir.resolve("shared/results")
                            + ", which does not exist"));
    assertThat(previous.resolve("evals/am/blackmail/index.html")).isRegularFile();
  }
}
