package dev.evalpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.build.BuildProgress.Stage;
import dev.evalpress.build.BuildProgress.Unit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a progress listener hears from builds, checks and imports: stages and counts that add up.
 */
class BuildProgressTest {

  private static final Path SAMPLES = Path.of("src/test/resources/sites/samples");
  private static final Path SMALL = Path.of("src/test/resources/sites/small");

  /** Every report, from any thread; stages start on the caller's thread only. */
  private static final class Recorder implements BuildProgress {

    final List<Stage> stages = new ArrayList<>();
    final Map<Stage, Unit> units = new ConcurrentHashMap<>();
    final Map<Stage, Long> totals = new ConcurrentHashMap<>();
    final Map<Stage, AtomicLong> counts = new ConcurrentHashMap<>();
    volatile AtomicLong current;

    @Override
    public void start(Stage stage, Unit unit, long total) {
      stages.add(stage);
      units.put(stage, unit);
      totals.put(stage, total);
      current = new AtomicLong();
      counts.put(stage, current);
    }

    @Override
    public void advance(long units) {
      current.addAndGet(units);
    }

    long count(Stage stage) {
      return counts.get(stage).get();
    }
  }

  @Test
  void aBuildCountsTheFilesReadAndEveryPageRenderedAndWritten(@TempDir Path dir) throws Exception {
    Recorder heard = new Recorder();
    BuildResult result =
        new SiteBuild(SAMPLES, BuildOptions.defaults().withThreads(4).withProgress(heard))
            .build(dir.resolve("site"));

    assertThat(heard.stages)
        .containsExactly(Stage.READING, Stage.ANALYSING, Stage.RENDERING, Stage.WRITING);
    // three result files, the report and the sample log
    assertThat(heard.count(Stage.READING)).isEqualTo(5);
    assertThat(heard.units.get(Stage.READING)).isEqualTo(Unit.FILES);
    assertThat(heard.count(Stage.RENDERING)).isEqualTo(result.pages());
    assertThat(heard.units.get(Stage.WRITING)).isEqualTo(Unit.PAGES);
    assertThat(heard.totals.get(Stage.WRITING)).isEqualTo(result.pages());
    assertThat(heard.count(Stage.WRITING)).isEqualTo(result.pages());
  }

  @Test
  void aCheckRendersEveryPageAndWritesNone() {
    Recorder heard = new Recorder();
    BuildResult result =
        new SiteBuild(SMALL, BuildOptions.defaults().withThreads(3).withProgress(heard)).check();

    assertThat(heard.stages).containsExactly(Stage.READING, Stage.ANALYSING, Stage.RENDERING);
    // eight result files and three reports (one a draft, read all the same)
    assertThat(heard.count(Stage.READING)).isEqualTo(11);
    assertThat(heard.count(Stage.RENDERING)).isEqualTo(result.pages());
  }

  @Test
  void aLogImportCountsTheLogsBytesOnDisk(@TempDir Path dir) throws Exception {
    Path log = SAMPLES.resolve("results/blackmail.jsonl");
    Recorder heard = new Recorder();
    SampleLogImport.run(log, dir.resolve("out"), 2, heard);

    assertThat(heard.stages).containsExactly(Stage.READING, Stage.WRITING);
    assertThat(heard.units.get(Stage.READING)).isEqualTo(Unit.BYTES);
    assertThat(heard.totals.get(Stage.READING)).isEqualTo(Files.size(log));
    assertThat(heard.count(Stage.READING)).isEqualTo(Files.size(log));
  }

  @Test
  void aResultImportCountsEachFileRead(@TempDir Path dir) throws Exception {
    Recorder heard = new Recorder();
    ResultImport.run(SMALL.resolve("results"), dir.resolve("out"), heard);

    assertThat(heard.stages).containsExactly(Stage.READING, Stage.WRITING);
    assertThat(heard.count(Stage.READING)).isEqualTo(8);
  }
}
