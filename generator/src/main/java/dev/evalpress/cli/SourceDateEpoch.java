package dev.evalpress.cli;

import java.time.Instant;
import java.util.Optional;

/**
 * Reads {@code SOURCE_DATE_EPOCH} as the reproducible-builds specification defines it: whole seconds since
 * 1970-01-01T00:00:00Z, in ASCII digits. A set but malformed value is an error, not ignored, so a build that
 * was meant to be reproducible does not silently take the clock's time or lose its date.
 */
final class SourceDateEpoch {

  static final String NAME = "SOURCE_DATE_EPOCH";
  /** 9999-12-31T23:59:59Z: pages show the date as yyyy-MM-dd. */
  static final long MAX = 253_402_300_799L;

  private SourceDateEpoch() {}

  /** The instant {@code value} names; empty when unset (null). */
  static Optional<Instant> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    if (!value.matches("[0-9]{1,12}") || Long.parseLong(value) > MAX) {
      throw new IllegalArgumentException(NAME + ": expected whole seconds since 1970-01-01T00:00:00Z, from 0 to "
          + MAX + ", got \"" + value + "\"");
    }
    return Optional.of(Instant.ofEpochSecond(Long.parseLong(value)));
  }
}
