package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without a description in evalpress.yaml, the home page says what this site holds, not what some
 * other site does.
 */
class DefaultDescriptionTest {

  @Test
  void aSiteOfCapabilityEvalsIsDescribedAsOne(@TempDir Path dir) throws Exception {
    LmEvalV03Files.pythiaCheckpoints(dir.resolve("root/results"));
    Files.createDirectories(dir.resolve("root/content"));
    BuiltSite site = BuiltSite.build(dir.resolve("root"), dir.resolve("site"));

    String lede = site.page("index.html").select("p.lede").text();
    assertThat(lede)
        .isEqualTo(
            "Capability evals across model versions and training runs, with sample sizes and"
                + " confidence intervals.");
  }

  @Test
  void aDescriptionInTheSettingsIsShownAsWritten(@TempDir Path dir) throws Exception {
    LmEvalV03Files.pythiaCheckpoints(dir.resolve("root/results"));
    Files.writeString(
        dir.resolve("root/evalpress.yaml"), "description: Pythia checkpoints on LAMBADA.\n");
    BuiltSite site = BuiltSite.build(dir.resolve("root"), dir.resolve("site"));

    assertThat(site.page("index.html").select("p.lede").text())
        .isEqualTo("Pythia checkpoints on LAMBADA.");
  }
}
