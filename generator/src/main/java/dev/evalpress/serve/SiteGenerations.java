package dev.evalpress.serve;

import dev.evalpress.build.BuildOptions;
import dev.evalpress.build.BuildResult;
import dev.evalpress.build.SiteBuild;
import dev.evalpress.problem.InputException;
import dev.evalpress.problem.IoFailure;
import dev.evalpress.problem.Problem;
import dev.evalpress.problem.OutputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The sites a preview has built, each in its own numbered folder under a private temporary folder. A build that
 * succeeds becomes the served one in a single step, so a request never sees a half-written site; a build that
 * fails leaves the last good one served. The generation before the served one is kept for requests still reading
 * it and deleted one build later. Builds are serialised by the caller (one watcher thread).
 */
final class SiteGenerations implements AutoCloseable {

  private final Path root;
  private final BuildOptions options;
  private final Path base;
  private final AtomicReference<Path> served = new AtomicReference<>();
  private int next = 1;
  private Path previous;

  SiteGenerations(Path root, BuildOptions options) throws IOException {
    this.root = root;
    this.options = options;
    this.base = Files.createTempDirectory("evalpress-serve-");
  }

  /** The folder of the site being served, if a build has succeeded yet. */
  Optional<Path> served() {
    return Optional.ofNullable(served.get());
  }

  /** Builds the site from the inputs as they are now. */
  BuildOutcome build() {
    Path out = base.resolve("site-" + next++);
    long start = System.nanoTime();
    try {
      BuildResult result = new SiteBuild(root, options).build(out);
      Path old = served.getAndSet(out);
      if (previous != null) {
        deleteTree(previous);
      }
      previous = old;
      return new BuildOutcome.Built(result.pages(), (System.nanoTime() - start) / 1_000_000);
    } catch (InputException e) {
      List<String> lines = new ArrayList<>(e.problems().stream().map(Problem::toString).toList());
      lines.addAll(e.skipped());
      return new BuildOutcome.Failed(lines);
    } catch (OutputException e) {
      return new BuildOutcome.Failed(List.of("error: " + e.getMessage()));
    } catch (IOException e) {
      return new BuildOutcome.Failed(List.of("error: " + IoFailure.describe(e)));
    }
  }

  @Override
  public void close() throws IOException {
    deleteTree(base);
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a leftover in the temporary folder harms nothing; the next build uses a new folder
    }
  }
}
