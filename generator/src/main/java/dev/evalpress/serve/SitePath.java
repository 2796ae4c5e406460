package dev.evalpress.serve;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The file of the served site a request path names, never anything outside the site's folder: the
 * path is decoded once, and a path with a {@code ..} or {@code .} segment, a backslash, a NUL or a
 * drive letter names nothing. A folder stands for its {@code index.html}. A symbolic link inside
 * the site that points out of it names nothing either (the site writer creates none, so one would
 * be planted).
 */
final class SitePath {

  private SitePath() {}

  /**
   * The regular file {@code rawPath} (the request URI's raw path) names in {@code site}, if any.
   */
  static Optional<Path> resolve(Path site, String rawPath) {
    String path;
    try {
      path = new URI("http", "h", rawPath, null).getPath();
    } catch (Exception e) {
      return Optional.empty();
    }
    if (path == null
        || !path.startsWith("/")
        || path.contains("\\")
        || path.indexOf('\0') >= 0
        || path.contains(":")) {
      return Optional.empty();
    }
    String[] segments = path.substring(1).split("/", -1);
    for (String segment : segments) {
      if (segment.equals("..") || segment.equals(".")) {
        return Optional.empty();
      }
    }
    Path file = site;
    for (String segment : segments) {
      if (!segment.isEmpty()) {
        file = file.resolve(segment);
      }
    }
    if (Files.isDirectory(file)) {
      file = file.resolve("index.html");
    }
    try {
      if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(site.toRealPath())) {
        return Optional.empty();
      }
    } catch (Exception e) {
      return Optional.empty();
    }
    return Optional.of(file);
  }
}
