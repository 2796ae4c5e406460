package dev.evalpress.maven;

import java.time.Instant;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Reads {@code sourceDateEpoch} as the CLI reads {@code SOURCE_DATE_EPOCH}: whole seconds since
 * 1970-01-01T00:00:00Z in ASCII digits, up to the last second that file times hold in nanoseconds.
 * A malformed value fails the build rather than silently giving an undated site.
 */
final class SourceDate {

  /** 2262-04-11T23:47:16Z: the last whole second of Long.MAX_VALUE nanoseconds since 1970. */
  static final long MAX = Long.MAX_VALUE / 1_000_000_000L;

  private SourceDate() {}

  static Instant parse(String value) throws MojoFailureException {
    if (!value.matches("[0-9]{1,12}") || Long.parseLong(value) > MAX) {
      throw new MojoFailureException(
          "sourceDateEpoch (SOURCE_DATE_EPOCH): expected whole seconds since"
              + " 1970-01-01T00:00:00Z, from 0 to "
              + MAX
              + ", got \""
              + value
              + "\"");
    }
    return Instant.ofEpochSecond(Long.parseLong(value));
  }
}
