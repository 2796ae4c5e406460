package dev.evalpress.cli;

import dev.evalpress.problem.CurrentInput;
import dev.evalpress.problem.InputException;
import dev.evalpress.problem.IoFailure;
import dev.evalpress.problem.OutputException;
import dev.evalpress.problem.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns failures into exit codes and messages: input problems (exit 1) one per line; output folder
 * and file-system problems (exit 1) as one line; anything else (a StackOverflowError or
 * OutOfMemoryError that no limit caught, a bug) as one line naming the input being processed
 * ({@link CurrentInput}), exit 1, with a stack trace only under {@code --debug}.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

  static final int BAD_INPUT = 1;

  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    boolean debug =
        commandLine.getParseResult() != null
            && commandLine.getParseResult().hasMatchedOption("--debug");
    if (e instanceof InputException input) {
      for (Problem p : input.problems()) {
        err.println(p);
      }
      input.skipped().forEach(err::println);
      err.println(
          input.problems().size() == 1
              ? "1 problem found; nothing was written."
              : input.problems().size() + " problems found; nothing was written.");
    } else if (e instanceof OutputException) {
      err.println("error: " + e.getMessage());
    } else if (e instanceof IOException io) {
      err.println("error: " + IoFailure.describe(io));
    } else {
      return lastResort(e, err, debug);
    }
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return BAD_INPUT;
  }

  /**
   * The one line for a failure that nothing else explained: what happened, in words, and the input
   * being processed when it did.
   */
  static int lastResort(Throwable e, PrintWriter err, boolean debug) {
    String input = CurrentInput.get().map(p -> " while processing " + p).orElse("");
    String what;
    if (e instanceof StackOverflowError) {
      what =
          "input nested too deeply to process" + input + " (stack overflow); nest it less deeply";
    } else if (e instanceof OutOfMemoryError) {
      what =
          "out of memory"
              + input
              + "; give Java more memory (java -Xmx4g -jar evalpress.jar …) or make the"
              + " input smaller";
    } else {
      what = "internal error" + input + ": " + e;
    }
    err.println("error: " + what + (debug ? "" : " (run with --debug for details)"));
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return BAD_INPUT;
  }
}
