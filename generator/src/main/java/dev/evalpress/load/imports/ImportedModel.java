package dev.evalpress.load.imports;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A model version named by an imported file: its normalised id ({@link ModelIds#normalize}), the
 * name the framework used (such as {@code openai/gpt-4o-mini}), and the date of the run if known. A
 * models file may list the id to give it a display name, family, release date and predecessor;
 * otherwise the loader makes a version from this: name = the framework's name, family = the
 * provider before the first {@code /}, released = the run's date. A {@code checkpoint} is also a
 * step of a training run.
 */
public record ImportedModel(
    String id,
    String frameworkName,
    Optional<LocalDate> runDate,
    Optional<CheckpointOf> checkpoint) {

  /** A model version that is no checkpoint of a training run. */
  public ImportedModel(String id, String frameworkName, Optional<LocalDate> runDate) {
    this(id, frameworkName, runDate, Optional.empty());
  }
}
