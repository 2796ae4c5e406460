package dev.evalpress.cli;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import me.tongfei.progressbar.ProgressState;

/**
 * A progress bar on a terminal for a long build or import: one bar per stage, on standard error,
 * shown only once the run has taken {@link #DELAY} (a quick run prints nothing more), and erased
 * when the stage ends or the run closes, so the lines printed after it stay as they are without it.
 * Workers only add to a counter; a timer thread draws.
 */
final class TerminalProgress implements ProgressDisplay {

  /** How long a run goes before it shows a bar. */
  static final Duration DELAY = Duration.ofSeconds(2);

  private static final int REDRAW_MILLIS = 200;

  private final PrintStream err;
  private final AtomicLong done = new AtomicLong();
  private final ScheduledExecutorService timer;

  // guarded by this
  private Stage stage;
  private Unit unit;
  private long total;
  private ProgressBar bar;
  private boolean shown;
  private boolean closed;

  /** Starts the clock: a bar appears {@code delay} from now if the run still goes on. */
  TerminalProgress(PrintStream err, Duration delay) {
    this.err = err;
    timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread t = new Thread(task, "evalpress-progress");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleWithFixedDelay(
        this::redraw, delay.toMillis(), REDRAW_MILLIS, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void start(Stage next, Unit countOf, long expected) {
    if (closed) {
      return;
    }
    finish();
    stage = next;
    unit = countOf;
    total = expected;
    done.set(0);
    if (shown) {
      bar = open();
    }
  }

  @Override
  public void advance(long units) {
    done.addAndGet(units);
  }

  private synchronized void redraw() {
    if (closed || stage == null) {
      return;
    }
    shown = true;
    if (bar == null) {
      bar = open();
    }
    if (bar != null) {
      bar.stepTo(done.get());
    }
  }

  /**
   * A bar for the current stage, or null if the terminal cannot have one: a progress bar that fails
   * must not fail the run it shows, so none is shown any more.
   */
  private ProgressBar open() {
    try {
      return bar();
    } catch (RuntimeException e) {
      closed = true;
      return null;
    }
  }

  private ProgressBar bar() {
    ProgressBarBuilder builder =
        new ProgressBarBuilder()
            .setTaskName(label(stage))
            .setInitialMax(total)
            .setUpdateIntervalMillis(REDRAW_MILLIS)
            .setStyle(unicode() ? ProgressBarStyle.UNICODE_BLOCK : ProgressBarStyle.ASCII)
            .setConsumer(new ErasingConsumer(err))
            .clearDisplayOnFinish();
    switch (unit) {
      case BYTES -> builder.setUnit(" MiB", 1 << 20).showSpeed();
      case FILES -> builder.setUnit(" files", 1);
      case PAGES -> builder.setUnit(" pages", 1);
      case NONE -> builder.setRenderer(TerminalProgress::elapsedOnly);
    }
    if (total < 0) {
      builder.hideEta();
    }
    return builder.startsFrom(done.get(), Duration.ZERO).build();
  }

  /** A stage that counts nothing: its name and how long it has run. */
  private static String elapsedOnly(ProgressState state, int width) {
    long seconds = state.getTotalElapsed().toSeconds();
    String line =
        String.format(
            Locale.ROOT,
            "%s ... (%d:%02d:%02d)",
            state.getTaskName(),
            seconds / 3600,
            seconds / 60 % 60,
            seconds % 60);
    return line.length() <= width ? line : line.substring(0, Math.max(0, width));
  }

  private static String label(Stage stage) {
    String name = stage.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** Whether the terminal's character set has the bar's block characters. */
  private static boolean unicode() {
    return Charset.defaultCharset().newEncoder().canEncode("█▏");
  }

  /** Stops drawing and erases the bar, if one is shown. */
  @Override
  public synchronized void close() {
    closed = true;
    timer.shutdownNow();
    finish();
  }

  /** Erases the current bar, if shown, after drawing its last count. */
  private void finish() {
    if (bar != null) {
      bar.stepTo(done.get());
      bar.close();
      bar = null;
    }
  }

  /**
   * Draws over one line and erases it at the end, leaving the cursor at its start: the library's
   * own console consumer ends with a line break, which would leave an empty line before the
   * command's last message.
   */
  private static final class ErasingConsumer extends ConsoleProgressBarConsumer {

    private final PrintStream out;

    ErasingConsumer(PrintStream out) {
      super(out);
      this.out = out;
    }

    @Override
    public void clear() {
      out.print("\r" + " ".repeat(Math.max(0, getMaxRenderedLength())) + "\r");
    }

    @Override
    public void close() {
      out.flush();
    }
  }
}
