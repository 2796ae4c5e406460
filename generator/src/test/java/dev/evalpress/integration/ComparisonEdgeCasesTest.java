package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.evalpress.build.SiteBuild;
import dev.evalpress.problem.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cases where a careless comparison would mislead: product lines, different conditions, bad
 * settings.
 */
class ComparisonEdgeCasesTest {

  private static void models(Path root, String... rows) throws Exception {
    Files.createDirectories(root.resolve("results"));
    Files.writeString(
        root.resolve("results/models.json"),
        "{\"kind\": \"models\", \"version\": 1, \"models\": [" + String.join(",", rows) + "]}",
        StandardCharsets.UTF_8);
  }

  private static String model(String id, String date, String predecessor) {
    return "{\"id\": \""
        + id
        + "\", \"name\": \""
        + id.toUpperCase()
        + "\", \"family\": \"f\", \"released\": \""
        + date
        + "\""
        + (predecessor == null ? "" : ", \"predecessor\": \"" + predecessor + "\"")
        + "}";
  }

  private static void result(Path root, String model, String rows) throws Exception {
    Files.writeString(
        root.resolve("results/" + model + ".json"),
        "{\"kind\": \"eval-result\", \"version\": 1,"
            + " \"eval\": {\"id\": \"x\", \"title\": \"X\", \"metric\": \"x_rate\", \"category\": \"misalignment\","
            + " \"direction\": \"lower-is-better\"}, \"model\": \""
            + model
            + "\", \"results\": ["
            + rows
            + "]}",
        StandardCharsets.UTF_8);
  }

  @Test
  void dashboardAndGateCheckTheHeadOfEveryLineOfAFamily(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("root");
    models(
        root,
        model("big-1", "2025-01-01", null),
        model("big-2", "2025-02-01", "big-1"),
        model("small-1", "2025-01-01", null),
        model("small-2", "2025-03-01", "small-1"));
    result(root, "big-1", "{\"k\": 10, \"n\": 100}");
    result(root, "big-2", "{\"k\": 90, \"n\": 100}");
    result(root, "small-1", "{\"k\": 1, \"n\": 100}");
    result(root, "small-2", "{\"k\": 1, \"n\": 100}");
    Files.writeString(root.resolve("evalpress.yaml"), "tracked:\n  - eval: x\n");
    Document index = BuiltSite.build(root, dir.resolve("site")).page("index.html");
    assertThat(index.select(".dashboard-eval tbody tr td:eq(1)").eachText())
        .containsExactly("BIG-2", "SMALL-2");
    assertThat(new SiteBuild(root).check().gateFindings())
        .extracting(f -> f.model().id())
        .containsExactly("big-2");
  }

  @Test
  void versionsOnDifferentConditionsAreComparedOnTheSharedOnes(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("root");
    models(root, model("a-1", "2025-01-01", null), model("a-2", "2025-02-01", "a-1"));
    result(
        root,
        "a-1",
        "{\"condition\": {\"c\": \"hard\"}, \"k\": 90, \"n\": 100},"
            + " {\"condition\": {\"c\": \"easy\"}, \"k\": 10, \"n\": 100}");
    result(root, "a-2", "{\"condition\": {\"c\": \"hard\"}, \"k\": 90, \"n\": 100}");
    Files.writeString(root.resolve("evalpress.yaml"), "tracked:\n  - eval: x\n");
    Document page = BuiltSite.build(root, dir.resolve("site")).page("models/a-2/index.html");
    assertThat(page.select("tbody tr.pooled a.verdict").text()).isEqualTo("no detectable change");
    assertThat(page.select("tbody tr.pooled td").get(7).text()).isEqualTo("\u00b10.0 pts");
    assertThat(page.select("p.note").text()).contains("compares only the 1 measured on both");
    assertThat(new SiteBuild(root).check().gateFindings()).isEmpty();
  }

  @Test
  void aRateThresholdOutsideZeroToOneIsAnError(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("root");
    models(root, model("a-1", "2025-01-01", null));
    result(root, "a-1", "{\"k\": 90, \"n\": 100}");
    Files.writeString(root.resolve("evalpress.yaml"), "tracked:\n  - eval: x\n    threshold: 5\n");
    InputException e =
        catchThrowableOfType(InputException.class, () -> new SiteBuild(root).check());
    assertThat(e.problems())
        .extracting(Object::toString)
        .containsExactly(
            "evalpress.yaml:2:11: threshold of tracked"
                + " eval \"x\": expected a rate between 0 and 1 (0.05 for 5%), got 5.0");
  }

  @Test
  void aRootWithoutResultsOrContentIsAnError(@TempDir Path dir) {
    InputException e =
        catchThrowableOfType(
            InputException.class, () -> new SiteBuild(dir.resolve("typo")).check());
    assertThat(e.problems().get(0).message()).startsWith("no results/ or content/ folder here");
  }
}
