package dev.evalpress.render.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalpress.analyse.Estimator;
import dev.evalpress.model.Counts;
import dev.evalpress.model.Score;
import org.junit.jupiter.api.Test;

class CompareDataTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void textThatCouldEndAScriptOrAStringIsEscapedYetReadsBackTheSame() throws Exception {
    String hostile = "</script><!-- & \u2028\u2029 -->";
    ObjectNode node = JSON.createObjectNode().put("name", hostile);
    String safe = CompareData.forScript(CompareData.write(node));
    assertThat(safe)
        .doesNotContain("<", ">", "&", "\u2028", "\u2029")
        .contains("\\u003c/script\\u003e", "\\u0026", "\\u2028", "\\u2029");
    assertThat(JSON.readTree(safe).get("name").asText()).isEqualTo(hostile);
  }

  @Test
  void anEntryHoldsCountsOrAScoreWithTheTextsPagesShow() {
    assertThat(CompareData.entry(3, Estimator.DEFAULT.estimate(new Counts(96, 100))).toString())
        .isEqualTo("[3,96,100,\"96%\",\"90.2\u201398.4%\"]");
    assertThat(
            CompareData.entry(0, Estimator.DEFAULT.estimate(new Score(0.5, 0.01, 40))).toString())
        .isEqualTo("[0,0.5,0.01,40,\"0.500\",\"0.480 to 0.520\"]");
  }
}
