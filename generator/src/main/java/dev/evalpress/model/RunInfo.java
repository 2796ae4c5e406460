package dev.evalpress.model;

import java.time.LocalDate;
import java.util.Optional;

/** Provenance of an eval run: when it ran, how it was graded, free notes. */
public record RunInfo(Optional<LocalDate> date, Optional<String> grader, Optional<String> notes) {

  public static final RunInfo NONE =
      new RunInfo(Optional.empty(), Optional.empty(), Optional.empty());
}
