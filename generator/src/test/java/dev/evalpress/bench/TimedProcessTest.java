package dev.evalpress.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimedProcessTest {

  @Test
  void readsThePeakResidentSetFromAProcStatusFile() {
    assertThat(
            TimedProcess.parseHighWaterMark(
                List.of(
                    "Name:\tjava", "VmPeak:\t 9000 kB", "VmHWM:\t  123456 kB", "VmRSS:\t 1 kB")))
        .isEqualTo(123456L * 1024);
    assertThat(TimedProcess.parseHighWaterMark(List.of("Name:\tx"))).isEqualTo(-1);
    assertThat(TimedProcess.highWaterMark(Path.of("/no/such/status"))).isEqualTo(-1);
  }

  @Test
  void aFailingCommandNamesItsStatusAndItsOutput(@TempDir Path dir) {
    Path log = dir.resolve("runs.log");
    assertThatThrownBy(
            () -> TimedProcess.run(List.of("sh", "-c", "echo broken input; exit 3"), dir, log))
        .isInstanceOf(TimedProcess.Failed.class)
        .hasMessageContaining("exited with status 3")
        .hasMessageContaining("broken input");
  }
}
