package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.evalpress.build.SiteBuild;
import dev.evalpress.problem.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed build leaves the previous site exactly as it was, and leaves no temporary folders
 * behind. What a killed build leaves is made here by hand, with a process id no process can have
 * ({@code AtomicBuildIT} kills a real build).
 */
class AtomicBuildTest {

  /**
   * Above Linux's largest pid_max (2^22): the process of a folder with this id has surely ended.
   */
  private static final long DEAD = Integer.MAX_VALUE;

  @Test
  void failedBuildKeepsThePreviousSite(@TempDir Path dir) throws Exception {
    Path root = BuiltSite.copy(BuiltSite.fixture("small"), dir.resolve("root"));
    Path out = dir.resolve("site");
    BuiltSite before = BuiltSite.build(root, out);
    List<byte[]> contents = new ArrayList<>();
    for (String f : before.files()) {
      contents.add(Files.readAllBytes(out.resolve(f)));
    }
    Files.writeString(root.resolve("results/broken.json"), "{\"kind\": ", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new SiteBuild(root).build(out)).isInstanceOf(InputException.class);
    assertThat(before.files()).hasSize(contents.size());
    for (int i = 0; i < contents.size(); i++) {
      assertThat(Files.readAllBytes(out.resolve(before.files().get(i)))).isEqualTo(contents.get(i));
    }
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("root", "site");
    }
  }

  @Test
  void rebuildReplacesTheWholeTree(@TempDir Path dir) throws Exception {
    Path root = BuiltSite.copy(BuiltSite.fixture("small"), dir.resolve("root"));
    Path out = dir.resolve("site");
    BuiltSite.build(root, out);
    Files.delete(root.resolve("content/first.md"));
    BuiltSite after = BuiltSite.build(root, out);
    assertThat(after.files()).noneMatch(f -> f.startsWith("reports/first/"));
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("root", "site");
    }
  }

  @Test
  void aSwapKilledHalfwayIsUndoneByTheNextBuildEvenIfThatBuildFails(@TempDir Path dir)
      throws Exception {
    Path root = BuiltSite.copy(BuiltSite.fixture("small"), dir.resolve("root"));
    Path out = dir.resolve("site");
    BuiltSite before = BuiltSite.build(root, out);
    Map<String, byte[]> contents = contents(before);
    // Killed between the swap's two renames: the old site is aside, the new one complete but not
    // moved in.
    Files.move(out, dir.resolve(oldName(DEAD, "a")));
    BuiltSite.copy(
        out.getParent().resolve(oldName(DEAD, "a")), dir.resolve(buildingName(DEAD, "b")));
    Files.writeString(root.resolve("results/broken.json"), "{\"kind\": ", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new SiteBuild(root).build(out)).isInstanceOf(InputException.class);
    assertThat(contents(before)).containsExactlyInAnyOrderEntriesOf(contents);
    assertThat(siblings(dir)).containsExactlyInAnyOrder("root", "site");
  }

  @Test
  void leftoversOfAKilledBuildAreDeletedAndDoNotLeakIntoTheNextSite(@TempDir Path dir)
      throws Exception {
    Path root = BuiltSite.copy(BuiltSite.fixture("small"), dir.resolve("root"));
    Path out = dir.resolve("site");
    BuiltSite.build(root, out);
    // As evalpress leaves them: marked as its own (a building folder gets the marker first).
    Path stale = Files.createDirectories(dir.resolve(buildingName(DEAD, "c") + "/reports"));
    Files.writeString(stale.resolve("leak.html"), "half-written");
    Files.writeString(stale.resolveSibling(".evalpress-site"), "");
    Files.createDirectories(dir.resolve(oldName(DEAD, "d") + "/evals"));
    Files.writeString(dir.resolve(oldName(DEAD, "d") + "/.evalpress-site"), "");
    Files.createDirectories(dir.resolve(buildingName(DEAD, "e")));
    BuiltSite after = BuiltSite.build(root, out);
    assertThat(after.files()).noneMatch(f -> f.contains("leak"));
    assertThat(siblings(dir)).containsExactlyInAnyOrder("root", "site");
  }

  @Test
  void foldersOfABuildStillRunningOrNotMadeByEvalpressAreLeftAlone(@TempDir Path dir)
      throws Exception {
    Path root = BuiltSite.copy(BuiltSite.fixture("small"), dir.resolve("root"));
    String running = buildingName(ProcessHandle.current().pid(), "e");
    Files.createDirectories(dir.resolve(running));
    Files.createDirectories(dir.resolve(".site.building-mine"));
    BuiltSite.build(root, dir.resolve("site"));
    assertThat(siblings(dir))
        .containsExactlyInAnyOrder("root", "site", running, ".site.building-mine");
  }

  /**
   * Folders a user might keep beside the site: names like side folders, but not made by evalpress.
   */
  private static final List<String> MINE =
      List.of(
          ".site.old-2023-12-backup",
          ".site.building-1999-notes",
          ".site.old-2023-12",
          ".site.evalpress-old-2024-6",
          oldName(DEAD, "f"),
          buildingName(DEAD, "g"));

  /** Side-folder names as evalpress makes them: the process id and 13 random base-36 characters. */
  private static String oldName(long pid, String random) {
    return ".site.evalpress-old-" + pid + "-" + "0".repeat(13 - random.length()) + random;
  }

  private static String buildingName(long pid, String random) {
    return ".site.evalpress-building-" + pid + "-" + "0".repeat(13 - random.length()) + random;
  }

  @Test
  void userFoldersNamedLikeSideFoldersAreNotMovedInWhenThereIsNoSite(@TempDir Path dir)
      throws Exception {
    Path root = BuiltSite.copy(BuiltSite.fixture("small"), dir.resolve("root"));
    makeUserFolders(dir);
    BuiltSite site = BuiltSite.build(root, dir.resolve("site"));
    assertThat(site.files()).doesNotContain("notes.txt");
    assertUserFoldersUntouched(dir);
  }

  @Test
  void userFoldersNamedLikeSideFoldersAreNotDeletedByABuild(@TempDir Path dir) throws Exception {
    Path root = BuiltSite.copy(BuiltSite.fixture("small"), dir.resolve("root"));
    BuiltSite.build(root, dir.resolve("site"));
    makeUserFolders(dir);
    BuiltSite.build(root, dir.resolve("site"));
    assertUserFoldersUntouched(dir);
  }

  private static void makeUserFolders(Path dir) throws IOException {
    for (String name : MINE) {
      Path folder = Files.createDirectory(dir.resolve(name));
      Files.writeString(folder.resolve("notes.txt"), "precious");
      if (!name.matches("\\.site\\.evalpress-(old|building)-[0-9]+-[0-9a-z]{13}")) {
        // a user's copy of a site carries evalpress's marker: only the exact name tells it apart
        Files.writeString(folder.resolve(".evalpress-site"), "");
      }
    }
  }

  private static void assertUserFoldersUntouched(Path dir) throws IOException {
    assertThat(siblings(dir))
        .containsExactlyInAnyOrder(
            Stream.concat(Stream.of("root", "site"), MINE.stream()).toArray(String[]::new));
    for (String name : MINE) {
      assertThat(siblings(dir.resolve(name)))
          .contains("notes.txt")
          .isSubsetOf("notes.txt", ".evalpress-site");
      assertThat(dir.resolve(name).resolve("notes.txt")).hasContent("precious");
    }
  }

  @Test
  void theSiteFolderIsNotMadePrivate(@TempDir Path dir) throws Exception {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path root = BuiltSite.copy(BuiltSite.fixture("small"), dir.resolve("root"));
    Path plain = Files.createDirectory(dir.resolve("plain"));
    BuiltSite.build(root, dir.resolve("site"));
    // Like any folder made under the umask, not 0700 as a temporary folder would be.
    assertThat(Files.getPosixFilePermissions(dir.resolve("site")))
        .isEqualTo(Files.getPosixFilePermissions(plain));
  }

  private static Map<String, byte[]> contents(BuiltSite site) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    for (String f : site.files()) {
      out.put(f, Files.readAllBytes(site.out.resolve(f)));
    }
    return out;
  }

  private static List<String> siblings(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }
}
