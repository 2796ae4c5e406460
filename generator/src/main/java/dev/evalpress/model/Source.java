package dev.evalpress.model;

import java.io.Serializable;

/**
 * Where a value came from: a path (as shown to users, relative to the site root) and a 1-based line
 * and column. Line and column are 0 when unknown. Serializable, so that problems found by a
 * cluster's tasks can reach the process that reports them.
 */
public record Source(String path, int line, int column) implements Serializable {

  public static Source file(String path) {
    return new Source(path, 0, 0);
  }

  /** {@code path:line:column}, the prefix of every error message. */
  @Override
  public String toString() {
    return path + ":" + line + ":" + column;
  }
}
