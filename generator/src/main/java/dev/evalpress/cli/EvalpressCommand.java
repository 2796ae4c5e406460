package dev.evalpress.cli;

import dev.evalpress.problem.CurrentInput;
import java.io.PrintWriter;
import java.util.Map;
import java.util.OptionalInt;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code evalpress}: builds a static report site from eval results and Markdown reports. Exit
 * codes: 0 on success, 1 on bad input (each problem on its own line as {@code path:line:column:
 * message}), 2 on bad usage.
 */
@Command(
    name = "evalpress",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Builds a static research-report site from eval results and Markdown reports.",
    subcommands = {
      BuildCommand.class,
      CheckCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      ImportCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class EvalpressCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The environment the subcommands see; the library never reads it. */
  Map<String, String> environment = Map.of();

  /** Whether {@link System#err} is a terminal a person watches, so long runs show progress. */
  boolean terminal;

  public static void main(String[] args) {
    OptionalInt relaunched = ShortRunJvm.relaunch(args);
    System.exit(relaunched.isPresent() ? relaunched.getAsInt() : run(args));
  }

  /** Runs the command line and returns its exit code, without exiting. */
  public static int run(String... args) {
    Map<String, String> environment = System.getenv();
    return run(
        new PrintWriter(System.out, true),
        new PrintWriter(System.err, true),
        environment,
        TerminalDetector.stderrIsTerminal(environment),
        args);
  }

  /** Runs the command line with the given output streams (for tests and embedding). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, System.getenv(), args);
  }

  /**
   * Runs the command line with the given output streams and environment variables (of which only
   * {@code SOURCE_DATE_EPOCH} is read, by {@code build}).
   */
  public static int run(
      PrintWriter out, PrintWriter err, Map<String, String> environment, String... args) {
    return run(out, err, environment, false, args);
  }

  /**
   * @param terminal whether {@code err} writes to {@link System#err} and that is a terminal: only
   *     then do long runs show a progress bar
   */
  private static int run(
      PrintWriter out,
      PrintWriter err,
      Map<String, String> environment,
      boolean terminal,
      String... args) {
    EvalpressCommand command = new EvalpressCommand();
    command.environment = Map.copyOf(environment);
    command.terminal = terminal;
    CommandLine cli =
        new CommandLine(command)
            .setOut(out)
            .setErr(err)
            .setExecutionExceptionHandler(new ErrorReporter());
    CurrentInput.clear();
    int code;
    try {
      code = cli.execute(args);
    } catch (Throwable e) { // picocli hands only Exceptions to the ErrorReporter; Errors end here
      code = ErrorReporter.lastResort(e, err, java.util.Arrays.asList(args).contains("--debug"));
    }
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Where a subcommand shows the progress of its library call: a bar on standard error when that is
   * a terminal, else nowhere.
   */
  ProgressDisplay progress() {
    return terminal
        ? new TerminalProgress(System.err, TerminalProgress.DELAY)
        : ProgressDisplay.NONE;
  }

  @Override
  public void run() {
    // named from the subcommands themselves, so a new command is never left out of the message
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "missing command: expected one of "
            + String.join(
                ", ",
                spec.subcommands().keySet().stream().filter(name -> !name.equals("help")).toList())
            + " (or help)");
  }
}
