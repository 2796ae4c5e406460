package dev.evalpress.serve;

import dev.evalpress.build.BuildOptions;
import dev.evalpress.build.IncrementalBuild;
import dev.evalpress.model.SourceFolders;
import dev.evalpress.problem.InputException;
import dev.evalpress.problem.IoFailure;
import dev.evalpress.problem.OutputException;
import dev.evalpress.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The site a preview serves, kept in one private temporary folder by an {@link IncrementalBuild}:
 * each build rewrites only the files an edit changed. A build with problems writes nothing, so the
 * last good site stays served. Builds are serialised by the caller (one build thread); {@link
 * #served} may be called from any thread.
 */
final class PreviewSite implements AutoCloseable {

  private final Path base;
  private final Path folder;
  private final IncrementalBuild build;
  private volatile boolean built;

  PreviewSite(SourceFolders inputs, BuildOptions options) throws IOException {
    this.base = Files.createTempDirectory("evalpress-serve-");
    this.folder = base.resolve("site");
    this.build = new IncrementalBuild(inputs, options, folder);
  }

  /** The folder of the site being served, once a build has succeeded. */
  Optional<Path> served() {
    return built ? Optional.of(folder) : Optional.empty();
  }

  /** Brings the site up to date with the inputs as they are now. */
  BuildOutcome build() {
    long start = System.nanoTime();
    try {
      IncrementalBuild.Update update = build.update();
      built = true;
      return new BuildOutcome.Built(
          update.pages(),
          update.rendered().size(),
          update.written().size(),
          (System.nanoTime() - start) / 1_000_000);
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
  public void close() {
    try (Stream<Path> walk = Files.walk(base)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a leftover in the temporary folder harms nothing
    }
  }
}
