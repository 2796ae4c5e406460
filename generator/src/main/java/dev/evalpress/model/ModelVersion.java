package dev.evalpress.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * One model version. {@code predecessor} is the id of the version it replaces, if any. {@code
 * released} is empty when no date is known (a models file without one, or an imported file that
 * records no date, such as lm-evaluation-harness v0.3); an unknown date is never made up, so no
 * page shows one.
 */
public record ModelVersion(
    String id,
    String name,
    String family,
    Optional<LocalDate> released,
    Optional<String> predecessor,
    Source source) {

  /**
   * Release order: dated versions by date, then undated ones after every dated one (their place
   * among dated versions is unknown; checkpoints imported without dates are the common case); ties
   * and undated versions by the natural order of their ids, so {@code pythia-160m-step128} comes
   * before {@code pythia-160m-step1000}.
   */
  public static final Comparator<ModelVersion> RELEASE_ORDER =
      Comparator.comparing(
              (ModelVersion m) -> m.released(),
              Comparator.comparing((Optional<LocalDate> d) -> d.isEmpty())
                  .thenComparing(d -> d.orElse(LocalDate.MIN)))
          .thenComparing(ModelVersion::id, NaturalOrder.INSTANCE);
}
