package dev.evalpress.build;

import java.util.List;

/**
 * An export named a model version or report that does not exist: bad usage, not bad input, so the
 * caller lists the {@link #known()} names, which are {@link #plural()} ("versions", "reports").
 */
public final class UnknownNameException extends RuntimeException {

  private final String plural;
  private final List<String> known;

  UnknownNameException(String message, String plural, List<String> known) {
    super(message);
    this.plural = plural;
    this.known = List.copyOf(known);
  }

  public String plural() {
    return plural;
  }

  public List<String> known() {
    return known;
  }
}
