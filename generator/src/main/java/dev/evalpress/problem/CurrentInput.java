package dev.evalpress.problem;

import java.util.Optional;

/**
 * The input being read, as shown in messages, for the command line's last-resort message: when
 * something fails that no reader turned into a problem (a StackOverflowError or OutOfMemoryError in
 * a library, a bug), the user still learns which file it was processing. Readers set it as they
 * start on a file; with several threads it names the last file any of them started on, which is
 * enough to find the culprit.
 */
public final class CurrentInput {

  private static volatile String shown;

  private CurrentInput() {}

  /** Records that {@code path} (as shown in messages) is being processed now. */
  public static void set(String path) {
    shown = path;
  }

  /** Forgets the input, at the start of a run. */
  public static void clear() {
    shown = null;
  }

  public static Optional<String> get() {
    return Optional.ofNullable(shown);
  }
}
