package dev.evalpress.cli;

import java.time.Instant;
import java.util.Optional;

/**
 * Reads {@code SOURCE_DATE_EPOCH} as the reproducible-builds specification defines it: whole
 * seconds since 1970-01-01T00:00:00Z, in ASCII digits. A set but malformed value is an error, not
 * ignored, so a build that was meant to be reproducible does not silently take the clock's time or
 * lose its date.
 */
final class SourceDateEpoch {

  static final String NAME = "SOURCE_DATE_EPOCH";

  /**
   * 2262-04-11T23:47:16Z, the last whole second of Long.MAX_VALUE nanoseconds since 1970: file
   * times are set in nanoseconds, so a later one saturates there, and the files' times would not be
   * the footer's date.
   */
  static final long MAX = Long.MAX_VALUE / 1_000_000_000L;

  private SourceDateEpoch() {}

  /** The instant {@code value} names; empty when unset (null). */
  static Optional<Instant> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    if (!value.matches("[0-9]{1,12}") || Long.parseLong(value) > MAX) {
      throw new IllegalArgumentException(
          NAME
              + ": expected whole seconds since 1970-01-01T00:00:00Z, from 0 to "
              + MAX
              + " ("
              + Instant.ofEpochSecond(MAX)
              + ", the last second file times hold in nanoseconds), got \""
              + value
              + "\"");
    }
    return Optional.of(Instant.ofEpochSecond(Long.parseLong(value)));
  }
}
