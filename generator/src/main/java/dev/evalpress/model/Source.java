package dev.evalpress.model;

/**
 * Where a value came from: a path (as shown to users, relative to the site root) and a 1-based line
 * and column. Line and column are 0 when unknown.
 */
public record Source(String path, int line, int column) {

  public static Source file(String path) {
    return new Source(path, 0, 0);
  }

  /** {@code path:line:column}, the prefix of every error message. */
  @Override
  public String toString() {
    return path + ":" + line + ":" + column;
  }
}
