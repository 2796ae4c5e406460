package dev.evalpress.load.imports.lmeval;

import dev.evalpress.load.internal.Ids;
import java.util.Optional;

/**
 * A key of {@code results.TASK}: v0.3's {@code "acc"} or v0.4's {@code "acc,none"}, a metric with
 * the filter after the comma (the harness's filters pick the answer out of a generation: {@code
 * none}, {@code strict-match}, {@code flexible-extract}, …).
 *
 * @param key the key as the file writes it
 * @param base the metric without its filter
 * @param filter the filter, absent in v0.3 keys
 */
record MetricKey(String key, String base, Optional<String> filter) {

  static MetricKey of(String key) {
    int comma = key.indexOf(',');
    return comma < 0
        ? new MetricKey(key, key, Optional.empty())
        : new MetricKey(key, key.substring(0, comma), Optional.of(key.substring(comma + 1)));
  }

  /**
   * False for the task's {@code alias}, its {@code samples} count and the {@code *_stderr} entries.
   */
  boolean isMetric() {
    return !key.equals("alias") && !key.equals("samples") && !base.endsWith("_stderr");
  }

  /** The key of this metric's standard error: {@code acc_stderr} or {@code acc_stderr,none}. */
  String stderrKey() {
    return base + "_stderr" + filter.map(f -> "," + f).orElse("");
  }

  /** The filter as the samples files name it: v0.3 keys have the filter {@code none}. */
  String filterName() {
    return filter.orElse("none");
  }

  /** The metric as the harness spells it, with a filter other than {@code none} after a comma. */
  String name() {
    return filter.filter(f -> !f.equals("none")).map(f -> base + "," + f).orElse(base);
  }

  /**
   * The eval id's metric segment: {@code METRIC}, or {@code METRIC-FILTER} for a filter other than
   * none.
   */
  String idSegment() {
    return Ids.segment(
        filter.filter(f -> !f.equals("none")).map(f -> base + "-" + f).orElse(base), "metric");
  }
}
