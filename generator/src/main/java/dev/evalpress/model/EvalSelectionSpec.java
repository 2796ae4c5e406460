package dev.evalpress.model;

import java.util.List;
import java.util.Optional;

/**
 * What a {@code chart} or {@code table} block selects from one eval: {@code eval} (null when
 * missing or not text), {@code models} if listed (else every model with results), and {@code
 * condition} ({@link Condition#NONE} for pooled).
 */
public record EvalSelectionSpec(String eval, Optional<List<String>> models, Condition condition) {

  public EvalSelectionSpec {
    models = models.map(List::copyOf);
  }
}
