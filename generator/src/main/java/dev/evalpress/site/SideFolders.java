package dev.evalpress.site;

import dev.evalpress.problem.OutputException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hidden folders a build keeps beside the output folder {@code NAME}: {@code
 * .NAME.evalpress-building-PID-X}, the fresh tree being written, and {@code
 * .NAME.evalpress-old-PID-X}, the previous site while it is swapped out ({@code X}: 13 random
 * base-36 characters). Their names hold the id of the process that made them, so a later build can
 * tell what a killed build left behind (its process is gone) from what a build still running is
 * using, and tidy up only the former. A folder is taken for a side folder only if its name has
 * exactly the shape {@link #create} gives and it holds the marker of an evalpress site (a building
 * folder gets it first) or nothing at all: a user's {@code .site.old-2023-12} backup, even of an
 * evalpress site, is not touched.
 */
final class SideFolders {

  static final String BUILDING = "building";
  static final String OLD = "old";

  /**
   * What follows the prefix in a name {@link #create} gives: the process id, a dash, a random
   * base-36 long.
   */
  private static final Pattern REST = Pattern.compile("([0-9]{1,18})-[0-9a-z]{13}");

  /** The length of an unsigned long in base 36 at most, to which the random part is padded. */
  private static final int RANDOM_LENGTH = 13;

  private SideFolders() {}

  /**
   * Creates a new, empty side folder of {@code kind} for this process (a building folder holds just
   * the marker).
   */
  static Path create(Path target, String kind) throws IOException {
    while (true) {
      String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
      Path dir =
          target.resolveSibling(
              prefix(target, kind)
                  + ProcessHandle.current().pid()
                  + "-"
                  + "0".repeat(RANDOM_LENGTH - random.length())
                  + random);
      try {
        // Not Files.createTempDirectory: its folders are private (0700), and this one becomes the
        // site.
        Files.createDirectory(dir);
        if (kind.equals(BUILDING)) {
          SiteWriter.writeMarker(dir);
        }
        return dir;
      } catch (FileAlreadyExistsException e) {
        // another name
      }
    }
  }

  /**
   * A name for a side folder of {@code kind} that does not exist yet (made by a rename into it).
   */
  static Path unused(Path target, String kind) throws IOException {
    Path dir = create(target, kind);
    Files.delete(dir);
    return dir;
  }

  /**
   * Deletes a folder tree; a seam so that tests can make a leftover undeletable, which root cannot.
   */
  interface TreeDeleter {
    void delete(Path dir) throws IOException;
  }

  /**
   * Repairs what killed builds left beside {@code target}: if a build died between moving the
   * previous site aside and moving the new one in, the previous site is moved back; then every side
   * folder of a process that is no longer running is deleted. Only folders evalpress made are
   * touched (see the class). A leftover that cannot be deleted (made by a build as another user,
   * say) is left: side folders get new names, so it is in no build's way, and failing every later
   * build over it would help no one. Returns one warning for each, naming it and what to do.
   */
  static List<String> recover(Path target, TreeDeleter deleter) throws IOException {
    List<Path> stale = new ArrayList<>(stale(target, BUILDING));
    List<Path> old = stale(target, OLD);
    if (!old.isEmpty() && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      try {
        Files.move(old.get(0), target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new OutputException(
            "the previous site is in "
                + old.get(0)
                + ", left there by a build that was"
                + " killed while swapping in a new one, and it cannot be moved back to "
                + target
                + " ("
                + dev.evalpress.problem.IoFailure.describe(e)
                + "); move it back yourself, as the user that owns it"
                + " (mv '"
                + old.get(0)
                + "' '"
                + target
                + "'), or delete it, then build again");
      }
      old = old.subList(1, old.size());
    }
    stale.addAll(old);
    List<String> warnings = new ArrayList<>();
    for (Path dir : stale) {
      try {
        deleter.delete(dir);
      } catch (IOException e) {
        warnings.add(
            dir
                + " was left by an earlier build and cannot be deleted ("
                + dev.evalpress.problem.IoFailure.describe(e)
                + "); it is in no build's way, so it was left as it is:"
                + " delete it as the user that made it (sudo rm -r '"
                + dir
                + "', say)");
      }
    }
    return warnings;
  }

  /**
   * Side folders of {@code kind} that evalpress made and whose process has ended, in name order.
   */
  private static List<Path> stale(Path target, String kind) throws IOException {
    String prefix = prefix(target, kind);
    try (Stream<Path> siblings = Files.list(target.getParent())) {
      return siblings
          .filter(p -> p.getFileName().toString().startsWith(prefix))
          .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .filter(
              p ->
                  pid(p.getFileName().toString().substring(prefix.length())).stream()
                      .anyMatch(pid -> !alive(pid)))
          .filter(SideFolders::madeByEvalpress)
          .sorted()
          .toList();
    }
  }

  private static boolean madeByEvalpress(Path dir) {
    if (Files.isRegularFile(dir.resolve(SiteWriter.MARKER), LinkOption.NOFOLLOW_LINKS)) {
      return true;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  private static String prefix(Path target, String kind) {
    return "." + target.getFileName() + ".evalpress-" + kind + "-";
  }

  /** The process id in {@code PID-X}; empty for names evalpress did not make. */
  private static OptionalLong pid(String rest) {
    var m = REST.matcher(rest);
    return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
  }

  private static boolean alive(long pid) {
    // A reused id keeps a leftover until that process ends too: harmless, it is tidied up later.
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}
