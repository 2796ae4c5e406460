package dev.evalpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShortRunJvmTest {

  @TempDir Path dir;
  private Path jar;
  private final Path javaHome = Path.of(System.getProperty("java.home"));

  @BeforeEach
  void jar() throws IOException {
    jar = Files.writeString(dir.resolve("evalpress.jar"), "jar");
  }

  private Optional<List<String>> command(String[] jvm, Map<String, String> env, String... args) {
    return ShortRunJvm.command(
        args, Optional.of(jvm), Optional.of(jar), javaHome, env, false, () -> 10);
  }

  private String[] plainJar(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "-jar";
    all[1] = jar.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return all;
  }

  @Test
  void aBuildStartedWithPlainJavaJarRunsInAShortRunJvmWithTheSameArguments() {
    List<String> command =
        command(plainJar("build", "--out", "x"), Map.of(), "build", "--out", "x").orElseThrow();
    assertThat(command.get(0)).isEqualTo(javaHome.resolve("bin/java").toString());
    assertThat(command)
        .contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Devalpress.shortRunJvm=true")
        .endsWith("-jar", jar.toString(), "build", "--out", "x");
    assertThat(command).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
  }

  @Test
  void theClassDataArchiveIsMappedOnlyWhenItIsNotOlderThanTheJar() throws IOException {
    Path jsa = Files.writeString(dir.resolve("evalpress.jsa"), "jsa");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
    Files.setLastModifiedTime(jsa, FileTime.fromMillis(2_000_000));
    assertThat(command(plainJar("check"), Map.of(), "check").orElseThrow())
        .contains("-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off");

    Files.setLastModifiedTime(jsa, FileTime.fromMillis(500_000)); // a jar rebuilt since
    assertThat(command(plainJar("check"), Map.of(), "check").orElseThrow())
        .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
  }

  @Test
  void longRunningCommandsAndHelpStayInThisJvm() {
    for (String first : List.of("serve", "import", "bench", "--help", "--version", "help")) {
      assertThat(command(plainJar(first), Map.of(), first)).as(first).isEmpty();
    }
    assertThat(command(plainJar(), Map.of())).isEmpty();
  }

  @Test
  void largeInputsStayInThisJvmWhereC2PaysBack() {
    assertThat(
            ShortRunJvm.command(
                new String[] {"check"},
                Optional.of(plainJar("check")),
                Optional.of(jar),
                javaHome,
                Map.of(),
                false,
                () -> ShortRunJvm.LARGE_INPUT))
        .isEmpty();
  }

  @Test
  void inputFilesAreCountedInTheFoldersTheCommandLineNamesUpToTheLimit() throws IOException {
    Path root = dir.resolve("site");
    for (int i = 0; i < 3; i++) {
      Files.createDirectories(root.resolve("content"));
      Files.writeString(root.resolve("content/r" + i + ".md"), "x");
    }
    Files.createDirectories(root.resolve("results/a/b"));
    for (int i = 0; i < 4; i++) {
      Files.writeString(root.resolve("results/a/b/x" + i + ".json"), "{}");
    }
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("y.json"), "{}");

    assertThat(InputFileCount.upTo(new String[] {"build", "--root", root.toString()}, 100))
        .isEqualTo(7);
    assertThat(InputFileCount.upTo(new String[] {"build", "--root=" + root}, 5)).isEqualTo(5);
    assertThat(
            InputFileCount.upTo(
                new String[] {"check", "--root", root.toString(), "--results=" + elsewhere}, 100))
        .isEqualTo(4);
    assertThat(
            InputFileCount.upTo(
                new String[] {"check", "--root", dir.resolve("none").toString()}, 100))
        .isZero();
  }

  @Test
  void aJvmTheUserSetUpIsKept() {
    String[] tuned = {"-Xmx256m", "-jar", jar.toString(), "build"};
    assertThat(command(tuned, Map.of(), "build")).isEmpty();
  }

  @Test
  void theSwitchTheSecondJvmAndAnUnknownCommandLineKeepEverythingHere() {
    assertThat(command(plainJar("build"), Map.of(ShortRunJvm.SWITCH, "off"), "build")).isEmpty();
    assertThat(
            ShortRunJvm.command(
                new String[] {"build"},
                Optional.of(plainJar("build")),
                Optional.of(jar),
                javaHome,
                Map.of(),
                true,
                () -> 10))
        .isEmpty();
    assertThat(
            ShortRunJvm.command(
                new String[] {"build"},
                Optional.empty(),
                Optional.of(jar),
                javaHome,
                Map.of(),
                false,
                () -> 10))
        .isEmpty();
    assertThat(
            ShortRunJvm.command(
                new String[] {"build"},
                Optional.of(plainJar("build")),
                Optional.empty(),
                javaHome,
                Map.of(),
                false,
                () -> 10))
        .as("run from a classes folder")
        .isEmpty();
  }
}
