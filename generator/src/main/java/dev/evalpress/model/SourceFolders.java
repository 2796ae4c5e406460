package dev.evalpress.model;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a site's inputs are: the root, which holds {@code evalpress.yaml}; the folder of reports
 * ({@code content}); and the folder of results ({@code results}). By default ({@link #of}) both are
 * in the root, as {@code content/} and {@code results/}; a project may keep either elsewhere (its
 * reports in {@code docs/evals}, its results on a shared disk). Problems name a file as the user
 * knows it: relative to the root when its folder is inside the root ({@code results/x.json}), else
 * under the folder as given ({@code /mnt/evals/x.json}, {@code ../evals/x.json}).
 */
public record SourceFolders(Path root, Path content, Path results) {

  public SourceFolders {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(results, "results");
  }

  /** {@code root/content} and {@code root/results}. */
  public static SourceFolders of(Path root) {
    return new SourceFolders(root, root.resolve("content"), root.resolve("results"));
  }

  public SourceFolders withContent(Path folder) {
    return new SourceFolders(root, folder, results);
  }

  public SourceFolders withResults(Path folder) {
    return new SourceFolders(root, content, folder);
  }

  /** Whether both folders are where {@link #of} puts them. */
  public boolean areDefault() {
    return equals(of(root));
  }

  /** The content folder as problems name it: {@code content} by default. */
  public String shownContent() {
    return shownFolder(content);
  }

  /** The results folder as problems name it: {@code results} by default. */
  public String shownResults() {
    return shownFolder(results);
  }

  /**
   * {@code folder} as problems name it: relative to the root with {@code /} when it is inside the
   * root (empty for the root itself), else as given.
   */
  public String shownFolder(Path folder) {
    Path base = root.toAbsolutePath().normalize();
    Path absolute = folder.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(base) ? base.relativize(absolute) : folder;
    return shown.toString().replace(File.separatorChar, '/');
  }

  /**
   * Whether a problem's path ({@link Source#path}) is in the results folder, the folder itself
   * included.
   */
  public boolean inResults(String shownPath) {
    String folder = shownResults();
    return folder.isEmpty() || shownPath.equals(folder) || shownPath.startsWith(folder + "/");
  }

  /**
   * {@code file}, a path under {@code folder} as walked, as problems name it: under {@code shown},
   * the folder as problems name it.
   */
  public static String shown(Path folder, String shown, Path file) {
    String relative = folder.relativize(file).toString().replace(File.separatorChar, '/');
    if (relative.isEmpty()) {
      return shown;
    }
    return shown.isEmpty() ? relative : shown + "/" + relative;
  }
}
