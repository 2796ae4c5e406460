package dev.evalpress.load.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.load.degeneration.DegenerationDetector;
import dev.evalpress.load.degeneration.DegenerationSettings;
import dev.evalpress.model.Condition;
import dev.evalpress.model.Sample;
import dev.evalpress.model.Source;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The published samples do not depend on which worker saw which sample, even when ids repeat (the
 * same scenario id under two conditions, say): equal ids are ordered by their line in the log.
 */
class SampleAggregateOrderTest {

  private static final DegenerationDetector DETECTOR =
      new DegenerationDetector(DegenerationSettings.DEFAULT);

  private static Sample sample(String id, String condition, int line) {
    return new Sample(
        id,
        "e",
        Optional.of("m"),
        Optional.empty(),
        OptionalLong.empty(),
        conditionOf(condition),
        List.of(),
        "output of line " + line,
        false,
        OptionalDouble.empty(),
        Optional.empty(),
        new TreeMap<>(),
        new Source("results/log.jsonl", line, 1));
  }

  private static Condition conditionOf(String value) {
    return Condition.of(Map.of("c", value));
  }

  /**
   * What two workers would publish had the first seen {@code first} and the second {@code second}.
   */
  private static List<Integer> published(int cap, List<Sample> first, List<Sample> second) {
    SampleAggregate a = new SampleAggregate(DETECTOR, cap);
    SampleAggregate b = new SampleAggregate(DETECTOR, cap);
    first.forEach(a::accept);
    second.forEach(b::accept);
    a.merge(b);
    return a.published().get("models/m").stream().map(s -> s.sample().source().line()).toList();
  }

  @Test
  void equalIdsArePublishedInLineOrderWhicheverWorkerSawThem() {
    Sample x = sample("scenario-1", "a", 2);
    Sample y = sample("scenario-1", "b", 3);
    assertThat(published(1, List.of(x), List.of(y))).containsExactly(2);
    assertThat(published(1, List.of(y), List.of(x))).containsExactly(2);
    assertThat(published(2, List.of(y), List.of(x))).containsExactly(2, 3);
    assertThat(published(2, List.of(x, y), List.of())).containsExactly(2, 3);
    assertThat(published(2, List.of(y, x), List.of())).containsExactly(2, 3);
  }
}
