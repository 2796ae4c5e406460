package dev.evalpress.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Runs a batch command ({@code build}, {@code check}, {@code export}) in a second JVM set up for a
 * short run, when the CLI was started as plain {@code java -jar evalpress.jar}: the C1 compiler
 * only, the serial collector, and the class-data archive {@code evalpress.jsa} made beside the jar
 * at package time. A build of a few thousand pages is over before C2's compilations pay back, and
 * on a laptop's or a CI runner's few cores they compete with the build for them: BENCHMARKS.md
 * ("The JVM a build runs in") has the figures. Long-running commands ({@code serve}, {@code
 * import}, {@code bench}) stay in the JVM they were started in, and so do runs over {@value
 * #LARGE_INPUT} input files or more (where C2 wins: 100,000 models check in half the time), any run
 * whose JVM the user set up (an option before {@code -jar}) and any run with {@code
 * EVALPRESS_SHORT_RUN_JVM=off}.
 */
final class ShortRunJvm {

  /** The system property that marks the second JVM, so it never starts a third. */
  static final String MARKER = "evalpress.shortRunJvm";

  /** The environment variable that keeps every command in the JVM it was started in. */
  static final String SWITCH = "EVALPRESS_SHORT_RUN_JVM";

  static final Set<String> COMMANDS = Set.of("build", "check", "export");

  /**
   * From this many files in the content and results folders a run is long enough for C2 to pay
   * back: measured at 20,000 models (18,827 files), both JVMs take 19 s.
   */
  static final int LARGE_INPUT = 20_000;

  private ShortRunJvm() {}

  /**
   * Runs {@code args} in a short-run JVM and returns its exit code, or empty when they should run
   * in this one.
   */
  static OptionalInt relaunch(String[] args) {
    Optional<List<String>> command =
        command(
            args,
            ProcessHandle.current().info().arguments(),
            jar(),
            Path.of(System.getProperty("java.home")),
            System.getenv(),
            System.getProperty(MARKER) != null,
            () -> InputFileCount.upTo(args, LARGE_INPUT));
    if (command.isEmpty()) {
      return OptionalInt.empty();
    }
    Process child;
    try {
      child = new ProcessBuilder(command.get()).inheritIO().start();
    } catch (IOException | UnsupportedOperationException e) {
      return OptionalInt.empty();
    }
    // Ctrl-C reaches both JVMs; a plain kill of this one is passed on, and the build's own
    // clean-up (its half-written folder) finishes before this JVM exits.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (child.isAlive()) {
                    child.destroy();
                    try {
                      child.waitFor();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }
                }));
    while (true) {
      try {
        return OptionalInt.of(child.waitFor());
      } catch (InterruptedException e) {
        // keep waiting: the exit code is the child's
      }
    }
  }

  /**
   * The second JVM's command line, or empty when {@code args} should run in this JVM.
   *
   * @param processArguments this JVM's own arguments, as the operating system reports them
   * @param jar the jar this class was loaded from, if any
   * @param marked whether this JVM is already the second one
   * @param inputFiles counts the input files, up to {@link #LARGE_INPUT}; asked last, as it reads
   *     folders
   */
  static Optional<List<String>> command(
      String[] args,
      Optional<String[]> processArguments,
      Optional<Path> jar,
      Path javaHome,
      Map<String, String> environment,
      boolean marked,
      IntSupplier inputFiles) {
    if (marked
        || "off".equals(environment.get(SWITCH))
        || args.length == 0
        || !COMMANDS.contains(args[0])
        || jar.isEmpty()
        || processArguments.isEmpty()) {
      return Optional.empty();
    }
    String[] own = processArguments.get();
    // exactly "-jar JAR args…": any JVM option the user gave is theirs to keep
    if (own.length < 2 || !own[0].equals("-jar")) {
      return Optional.empty();
    }
    Path java = javaHome.resolve("bin").resolve("java");
    if (!Files.isExecutable(java) || inputFiles.getAsInt() >= LARGE_INPUT) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    archive(jar.get())
        .ifPresent(
            jsa -> {
              command.add("-XX:SharedArchiveFile=" + jsa);
              // an archive from another JDK is skipped; that is not the user's concern
              command.add("-Xlog:cds=off");
              command.add("-Xlog:cds+dynamic=off");
            });
    command.add("-D" + MARKER + "=true");
    command.add("-jar");
    command.add(jar.get().toString());
    command.addAll(Arrays.asList(args));
    return Optional.of(command);
  }

  /** The class-data archive made for {@code jar}, if it is there and not older than the jar. */
  static Optional<Path> archive(Path jar) {
    String name = jar.getFileName().toString();
    Path jsa = jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
    try {
      if (Files.isRegularFile(jsa)
          && Files.getLastModifiedTime(jsa).compareTo(Files.getLastModifiedTime(jar)) >= 0) {
        return Optional.of(jsa);
      }
    } catch (IOException e) {
      // no archive, then
    }
    return Optional.empty();
  }

  /** The jar this class was loaded from; empty when it runs from a classes folder (tests). */
  private static Optional<Path> jar() {
    try {
      var source = ShortRunJvm.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return Optional.empty();
      }
      Path path = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar")
          ? Optional.of(path)
          : Optional.empty();
    } catch (java.net.URISyntaxException | SecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
