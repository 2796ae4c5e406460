package dev.evalpress.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.evalpress.build.SiteBuild;
import dev.evalpress.problem.InputException;
import dev.evalpress.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The property every input must keep: the whole pipeline ({@link SiteBuild#check}) either succeeds
 * or ends with an {@link InputException} whose problems each read {@code path:line:column: message}
 * on one line, with a path relative to the site root. Any other exception or error is a bug.
 */
final class InputOutcome {

  private static final Pattern SHAPE = Pattern.compile("[^\\s/][^\\n]*:\\d+:\\d+: \\S[^\\n]*");

  private InputOutcome() {}

  static void assertHandled(SeedSites.Seed site, String what) {
    Path root = ScratchFolders.create("site-");
    try {
      site.writeTo(root);
      new SiteBuild(root).check();
    } catch (InputException e) {
      assertThat(e.problems()).as(what).isNotEmpty();
      for (Problem p : e.problems()) {
        assertThat(p.toString()).as(what).matches(SHAPE).doesNotContain(root.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Throwable t) {
      fail(what + ": not reported as an input problem", t);
    } finally {
      ScratchFolders.delete(root);
    }
  }

  /** Whether the site builds without problems. */
  static boolean builds(SeedSites.Seed site) {
    Path root = ScratchFolders.create("site-");
    try {
      site.writeTo(root);
      new SiteBuild(root).check();
      return true;
    } catch (InputException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      ScratchFolders.delete(root);
    }
  }
}
