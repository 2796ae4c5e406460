package dev.evalpress.build;

import dev.evalpress.export.V1ResultWriter;
import dev.evalpress.load.ResultsLoader;
import dev.evalpress.model.Results;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code evalpress import} as a library call: reads results of other eval frameworks (a file or a
 * folder, v1 files too) and writes them as evalpress v1 files. Any input problem ends the call with
 * an {@link dev.evalpress.problem.InputException} before anything is written.
 */
public final class ResultImport {

  private ResultImport() {}

  /** What an import wrote: the files, and the results they hold. */
  public record Imported(List<Path> files, Results results) {

    public Imported {
      files = List.copyOf(files);
    }
  }

  /**
   * Converts {@code source} into v1 files in {@code to}, which never overwrites a file (see {@link
   * V1ResultWriter}).
   */
  public static Imported run(Path source, Path to) throws IOException {
    return run(source, to, BuildProgress.NONE);
  }

  /** {@link #run}, telling {@code progress} of each file read, then of the writing. */
  public static Imported run(Path source, Path to, BuildProgress progress) throws IOException {
    Problems problems = new Problems();
    progress.start(BuildProgress.Stage.READING, BuildProgress.Unit.FILES, -1);
    Results results = ResultsLoader.importFrom(source, problems, progress::advance);
    problems.throwIfAny();
    progress.start(BuildProgress.Stage.WRITING, BuildProgress.Unit.NONE, -1);
    return new Imported(V1ResultWriter.write(results, to), results);
  }
}
