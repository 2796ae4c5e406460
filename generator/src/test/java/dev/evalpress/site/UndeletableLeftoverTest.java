package dev.evalpress.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.evalpress.render.page.RenderedPage;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A leftover of an old site that this user cannot delete (left by a build as another user) is left
 * where it is with a warning naming it and what to do; it does not fail every later build.
 */
class UndeletableLeftoverTest {

  /**
   * Above Linux's largest pid_max (2^22): the process of a folder with this id has surely ended.
   */
  private static final long DEAD = Integer.MAX_VALUE;

  private static final List<RenderedPage> PAGES =
      List.of(new RenderedPage("index.html", "<p>new</p>", List.of()));

  private static Path leftover(Path dir) throws IOException {
    Path old =
        Files.createDirectories(dir.resolve(".site.evalpress-old-" + DEAD + "-0000000000abc"));
    Files.writeString(old.resolve(SiteWriter.MARKER), "");
    Files.createDirectories(old.resolve("evals"));
    Files.writeString(old.resolve("evals/index.html"), "old");
    return old;
  }

  @Test
  void theBuildSucceedsLeavesTheLeftoverAndSaysWhatToDo(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("site");
    SiteWriter.write(out, PAGES, Optional.empty());
    Path old = leftover(dir);

    SiteWriter.Written written =
        SiteWriter.write(
            out,
            PAGES,
            Optional.empty(),
            d -> {
              throw new AccessDeniedException(d.resolve("evals/index.html").toString());
            },
            pages -> {});

    assertThat(out.resolve("index.html")).hasContent("<p>new</p>");
    assertThat(old.resolve("evals/index.html")).exists();
    assertThat(written.warnings())
        .containsExactly(
            old
                + " was left by an earlier build and cannot be deleted"
                + " (permission denied: "
                + old.resolve("evals/index.html")
                + "); it is in no build's way, so it was left as"
                + " it is: delete it as the user that made it (sudo rm -r '"
                + old
                + "', say)");
  }

  @Test
  void aTreeDeletedOnlyInPartKeepsItsMarkerAndIsDeletedByTheNextBuild(@TempDir Path dir)
      throws IOException {
    assumeThat(System.getProperty("user.name")).as("root may delete anything").isNotEqualTo("root");
    Path out = dir.resolve("site");
    SiteWriter.write(out, PAGES, Optional.empty());
    Path old = leftover(dir);
    Files.setPosixFilePermissions(
        old.resolve("evals"), PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      SiteWriter.Written written = SiteWriter.write(out, PAGES, Optional.empty());

      assertThat(written.warnings())
          .singleElement()
          .asString()
          .startsWith(old + " was left by an earlier build");
      assertThat(old.resolve(SiteWriter.MARKER)).exists();
    } finally {
      Files.setPosixFilePermissions(
          old.resolve("evals"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    assertThat(SiteWriter.write(out, PAGES, Optional.empty()).warnings()).isEmpty();
    assertThat(old).doesNotExist();
  }
}
