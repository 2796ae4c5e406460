package dev.evalpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.build.BuildProgress.Stage;
import dev.evalpress.build.BuildProgress.Unit;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The progress bar a person sees on a terminal, and that nothing of it stays behind. */
class TerminalProgressTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String shown() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aRunThatEndsBeforeTheDelayPrintsNothing() {
    try (TerminalProgress progress = new TerminalProgress(err, Duration.ofHours(1))) {
      progress.start(Stage.READING, Unit.FILES, -1);
      progress.advance(40);
      progress.start(Stage.WRITING, Unit.PAGES, 12);
      progress.advance(12);
    }
    assertThat(shown()).isEmpty();
  }

  @Test
  void aBarShowsTheStageAndItsCountsAndIsErasedAtTheEnd() throws Exception {
    TerminalProgress progress = new TerminalProgress(err, Duration.ZERO);
    progress.start(Stage.RENDERING, Unit.PAGES, 10);
    progress.advance(3);
    // the timer thread draws; wait for it, without asserting how long it takes
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!shown().contains("3/10 pages") && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    progress.close();

    String shown = shown();
    assertThat(shown).contains("Rendering").contains("3/10 pages");
    // every drawing starts at the line's start, and the last one blanks it: no line is left
    assertThat(shown).doesNotContain("\n").matches("(?s).*\r +\r");
  }
}
