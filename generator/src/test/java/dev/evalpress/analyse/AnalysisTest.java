package dev.evalpress.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.load.SiteLoader;
import dev.evalpress.model.Condition;
import dev.evalpress.model.Site;
import dev.evalpress.problem.Problems;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnalysisTest {

  static Analysis analysis;

  @BeforeAll
  static void load() {
    Problems problems = new Problems();
    SiteLoader.Complete loaded =
        SiteLoader.complete(
            SiteLoader.load(Path.of("src/test/resources/sites/small"), 1, problems), problems);
    Site site = loaded.site();
    analysis = Analysis.of(site.results(), site.settings(), loaded.samples());
    assertThat(problems.list()).isEmpty();
  }

  @Test
  void evalSummaryListsModelsInReleaseOrderWithPooledAndConditionRates() {
    EvalSummary blackmail = analysis.eval("am/blackmail").orElseThrow();
    assertThat(blackmail.byModel())
        .extracting(m -> m.model().id())
        .containsExactly("alpha-1", "beta-1", "alpha-2");
    ModelRates alpha1 = blackmail.model("alpha-1").orElseThrow();
    assertThat(alpha1.pooled().k().getAsLong()).isEqualTo(182);
    assertThat(
            alpha1
                .condition(Condition.of(Map.of("goal", "none", "urgency", "replacement")))
                .orElseThrow()
                .value())
        .isEqualTo(0.86);
    assertThat(blackmail.conditions()).hasSize(2);
  }

  @Test
  void dashboardTakesLatestVersionPerFamily() {
    DashboardRow row =
        analysis.dashboard().stream()
            .filter(r -> r.eval().id().equals("am/blackmail"))
            .findFirst()
            .orElseThrow();
    assertThat(row.entries()).extracting(DashboardEntry::family).containsExactly("alpha", "beta");
    DashboardEntry alpha = row.entries().get(0);
    assertThat(alpha.model().id()).isEqualTo("alpha-2");
    assertThat(alpha.comparison().orElseThrow().difference()).isEqualTo(0.02 - 0.91);
    assertThat(alpha.comparison().orElseThrow().verdict()).isEqualTo(Verdict.IMPROVED);
    assertThat(alpha.comparison().orElseThrow().test().name()).isEqualTo("Fisher's exact test");
    assertThat(row.entries().get(1).comparison()).isEmpty();
  }

  @Test
  void modelSummaryComparesEachConditionWithPredecessor() {
    ModelSummary alpha2 =
        analysis.models().stream()
            .filter(m -> m.model().id().equals("alpha-2"))
            .findFirst()
            .orElseThrow();
    assertThat(alpha2.predecessor().orElseThrow().id()).isEqualTo("alpha-1");
    assertThat(alpha2.evals())
        .extracting(e -> e.eval().id())
        .containsExactly("am/blackmail", "syco");
    EvalComparison syco = alpha2.evals().get(1);
    assertThat(syco.pooled().predecessor()).isEmpty();
    assertThat(syco.pooled().comparison()).isEmpty();
    EvalComparison blackmail = alpha2.evals().get(0);
    // Both conditions measured on both versions: Holm over 2 comparisons.
    assertThat(blackmail.conditions())
        .allSatisfy(
            c -> assertThat(c.comparison().orElseThrow().test().comparisons()).isEqualTo(2));
    assertThat(blackmail.conditionComparisons()).isEqualTo(2);
  }

  @Test
  void runSeriesSkipStepsWithoutTheMetric() {
    RunSummary sft = analysis.run("sft").orElseThrow();
    assertThat(sft.metric("degeneration_rate").orElseThrow().points())
        .extracting(SeriesPoint::step)
        .containsExactly(0L, 500L);
    assertThat(sft.metric("loss").orElseThrow().points()).hasSize(3);
    assertThat(sft.metric("degeneration_rate").orElseThrow().isRate()).isTrue();
  }
}
