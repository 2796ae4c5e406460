package dev.evalpress.model;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.regex.PatternSyntaxException;

/**
 * A glob over {@code /}-separated names (paths under {@code results/}, eval ids), with the JDK's
 * glob syntax: {@code *} matches within one segment, {@code **} across segments, {@code ?}, {@code
 * [...]} and {@code {a,b}} as usual. A glob of paths ({@link #ofPaths}) without {@code /} matches
 * the file name at any depth ({@code summary_*.json} matches {@code a/b/summary_x.json}), as in
 * {@code .gitignore}; a glob of ids ({@link #ofIds}) always matches the whole id. Immutable and
 * thread-safe.
 */
public final class Glob {

  private final String pattern;
  private final PathMatcher matcher;
  private final boolean lastSegment;
  private final Source source;

  private Glob(String pattern, PathMatcher matcher, boolean lastSegment, Source source) {
    this.pattern = pattern;
    this.matcher = matcher;
    this.lastSegment = lastSegment;
    this.source = source;
  }

  /** A glob of file paths, or an {@link IllegalArgumentException} saying what is wrong with it. */
  public static Glob ofPaths(String pattern, Source source) {
    return of(pattern, !pattern.contains("/"), source);
  }

  /** A glob of whole ids, or an {@link IllegalArgumentException} saying what is wrong with it. */
  public static Glob ofIds(String pattern, Source source) {
    return of(pattern, false, source);
  }

  private static Glob of(String pattern, boolean lastSegment, Source source) {
    if (pattern.isBlank()) {
      throw new IllegalArgumentException(
          "expected a glob such as lm-eval/*/ppl or **/summary_*.json, got an" + " empty string");
    }
    if (pattern.startsWith("/")) {
      throw new IllegalArgumentException(
          "expected a relative glob (no leading '/'), got \"" + pattern + "\"");
    }
    try {
      return new Glob(
          pattern, FileSystems.getDefault().getPathMatcher("glob:" + pattern), lastSegment, source);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "not a valid glob \"" + pattern + "\": " + e.getDescription());
    }
  }

  /** Whether {@code name} ({@code /}-separated) matches. */
  public boolean matches(String name) {
    if (name.isEmpty()) {
      return false;
    }
    String matched = lastSegment ? name.substring(name.lastIndexOf('/') + 1) : name;
    return matcher.matches(Path.of(matched));
  }

  public String pattern() {
    return pattern;
  }

  /** Where the glob is written in the settings. */
  public Source source() {
    return source;
  }

  @Override
  public String toString() {
    return pattern;
  }
}
