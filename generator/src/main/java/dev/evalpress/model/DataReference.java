package dev.evalpress.model;

import java.util.List;

/**
 * An inline reference such as {@code {{delta EVAL BEFORE AFTER key=value}}}, read in load: its
 * verb, eval, the models it names (as many as the verb takes) and its condition ({@link
 * Condition#NONE} for pooled). {@code text} is as written between the braces, for messages; {@code
 * at} is where its braces open.
 */
public record DataReference(
    Source at, String text, Verb verb, String eval, List<String> models, Condition condition) {

  public DataReference {
    models = List.copyOf(models);
  }

  /** What a reference shows, with how many models it names. */
  public enum Verb {
    RATE(1),
    DELTA(2),
    RATIO(2),
    PGR(3);

    private final int models;

    Verb(int models) {
      this.models = models;
    }

    public int models() {
      return models;
    }
  }
}
