package dev.evalpress.site;

import dev.evalpress.model.Source;
import dev.evalpress.problem.Problems;
import dev.evalpress.render.figure.Figure;
import dev.evalpress.render.page.RenderedPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The last check before writing: every file of the site stays inside the output folder and no two
 * files share a path, also on file systems that ignore case (macOS, Windows), and no file is also a
 * folder. Ids are checked where they are read; this catches any way around those checks rather than
 * overwriting a page.
 */
public final class OutputPaths {

  private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");
  private static final Pattern WINDOWS_RESERVED =
      Pattern.compile("(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?", Pattern.CASE_INSENSITIVE);

  private OutputPaths() {}

  public static void check(List<RenderedPage> pages, List<String> otherFiles, Problems problems) {
    List<String> paths = new ArrayList<>(otherFiles);
    pages.forEach(page -> paths.addAll(of(page)));
    checkPaths(paths, problems);
  }

  /**
   * {@link #check} on the paths of the files of the site ({@link #of} each page, and the other
   * files): for a build that does not keep its pages, only their paths.
   */
  public static void checkPaths(List<String> paths, Problems problems) {
    Map<String, String> files = new HashMap<>();
    Map<String, String> folders = new HashMap<>();
    for (String path : paths) {
      if (!safe(path)) {
        problems.add(
            place(path),
            "a page would be written outside its folder or under a name that is not"
                + " portable; its input names an id that should have been refused");
        continue;
      }
      String key = path.toLowerCase(Locale.ROOT);
      String earlier = files.putIfAbsent(key, path);
      if (earlier != null) {
        problems.add(
            place(path),
            "two files of the site would be written to "
                + earlier
                + (earlier.equals(path) ? "" : " and " + path + ", which differ only in case")
                + "; rename one of the inputs they come from");
      }
      for (int slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1)) {
        folders.putIfAbsent(key.substring(0, slash), path);
      }
    }
    files.forEach(
        (key, path) -> {
          if (folders.containsKey(key)) {
            problems.add(
                place(path),
                path
                    + " would be both a file and the folder of "
                    + folders.get(key)
                    + "; rename one of the inputs they come from");
          }
        });
  }

  /** The files {@code page} is written to, relative to the site root: it and its figures' files. */
  public static List<String> of(RenderedPage page) {
    List<String> paths = new ArrayList<>();
    paths.add(page.path());
    String folder = page.path().substring(0, page.path().lastIndexOf('/') + 1);
    for (Figure figure : page.figures()) {
      paths.add(folder + figure.svgFile());
      paths.add(folder + figure.csvFile());
      if (figure.hasNarrow()) {
        paths.add(folder + figure.narrowSvgFile());
      }
    }
    return paths;
  }

  private static boolean safe(String path) {
    for (String segment : path.split("/", -1)) {
      if (!SAFE_SEGMENT.matcher(segment).matches()
          || segment.endsWith(".")
          || WINDOWS_RESERVED.matcher(segment).matches()) {
        return false;
      }
    }
    return true;
  }

  private static Source place(String path) {
    return Source.file("(site) " + path);
  }
}
