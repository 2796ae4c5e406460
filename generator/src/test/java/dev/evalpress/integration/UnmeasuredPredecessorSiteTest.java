package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.analyse.PolicyFinding;
import dev.evalpress.build.BuildResult;
import dev.evalpress.build.SiteBuild;
import dev.evalpress.render.format.FindingText;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A line a → b → c where b has no result on an eval: c is compared with a, its nearest measured
 * ancestor, so a regression from a to c fails the gate and says so; the dashboard's latest version
 * of the line is c alone.
 */
class UnmeasuredPredecessorSiteTest {

  private static Path root(Path dir) throws Exception {
    Path root = dir.resolve("root");
    Files.createDirectories(root.resolve("results"));
    Files.writeString(
        root.resolve("results/models.json"),
        "{\"kind\": \"models\", \"version\": 1, \"models\": ["
            + "{\"id\": \"a\", \"name\": \"A\", \"family\": \"f\", \"released\": \"2025-01-01\"},"
            + "{\"id\": \"b\", \"name\": \"B\", \"family\": \"f\", \"released\": \"2025-02-01\", \"predecessor\": \"a\"},"
            + "{\"id\": \"c\", \"name\": \"C\", \"family\": \"f\", \"released\": \"2025-03-01\", \"predecessor\": \"b\"}]}");
    for (String[] m : new String[][] {{"a", "5"}, {"c", "60"}}) {
      Files.writeString(
          root.resolve("results/" + m[0] + ".json"),
          "{\"kind\": \"eval-result\", \"version\": 1,"
              + "\"eval\": {\"id\": \"bm\", \"title\": \"Blackmail\", \"metric\": \"blackmail_rate\","
              + " \"category\": \"misalignment\", \"direction\": \"lower-is-better\"}, \"model\": \""
              + m[0]
              + "\","
              + "\"results\": [{\"k\": "
              + m[1]
              + ", \"n\": 100}]}");
    }
    Files.writeString(root.resolve("evalpress.yaml"), "tracked:\n  - eval: bm\n");
    return root;
  }

  @Test
  void theGateComparesWithTheNearestMeasuredAncestorAndSaysWhich(@TempDir Path dir)
      throws Exception {
    BuildResult checked = new SiteBuild(root(dir)).check();

    assertThat(checked.gateFindings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(PolicyFinding.Kind.REGRESSION);
              assertThat(f.model().id()).isEqualTo("c");
              assertThat(FindingText.line(f))
                  .startsWith(
                      "regression: bm on c: blackmail_rate of C regressed since A, the"
                          + " nearest version before it measured on this eval (its predecessor B was not): 5% \u2192 60% (+55.0 pts");
            });
  }

  @Test
  void theDashboardShowsTheNewestMeasuredVersionOfTheLineAndPagesNameTheVersionCompared(
      @TempDir Path dir) throws Exception {
    BuiltSite site = BuiltSite.build(root(dir), dir.resolve("site"));

    Document index = site.page("index.html");
    assertThat(index.select("#dashboard tbody tr"))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.select("td").get(1).text()).isEqualTo("C");
              assertThat(row.select("td").get(5).text()).isEqualTo("A");
              assertThat(row.select("td").get(7).text()).isEqualTo("regressed");
            });
    Document c = site.page("models/c/index.html");
    Element table = c.selectFirst("section.model-eval table");
    assertThat(table.select("thead th[scope=colgroup]").eachText())
        .containsExactly("C", "A", "Change");
    assertThat(c.select("section.model-eval p.note").text())
        .contains(
            "Compared with A, the nearest version before C measured on this eval (its predecessor B was not).");
    Document eval = site.page("evals/bm/index.html");
    assertThat(eval.select("a[href$=models/a/index.html]")).isNotEmpty();
  }
}
