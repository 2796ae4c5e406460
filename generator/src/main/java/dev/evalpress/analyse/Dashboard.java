package dev.evalpress.analyse;

import dev.evalpress.model.ModelVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the dashboard row of an eval: the latest measured version of each model family. */
final class Dashboard {

  private Dashboard() {}

  static DashboardRow row(EvalSummary eval, List<ModelSummary> models) {
    // byModel is in release order, so the last version seen per family is its latest.
    Map<String, ModelRates> latest = new TreeMap<>();
    for (ModelRates rates : eval.byModel()) {
      latest.put(rates.model().family(), rates);
    }
    List<DashboardEntry> entries = new ArrayList<>();
    for (Map.Entry<String, ModelRates> e : latest.entrySet()) {
      ModelVersion model = e.getValue().model();
      ModelSummary summary = models.stream().filter(m -> m.model().id().equals(model.id())).findFirst().orElseThrow();
      EvalComparison comparison = summary.evals().stream().filter(c -> c.eval().id().equals(eval.eval().id()))
          .findFirst().orElseThrow();
      entries.add(new DashboardEntry(e.getKey(), model, e.getValue().pooled(),
          summary.predecessor(),
          comparison.pooledComparison(), comparison.findings()));
    }
    return new DashboardRow(eval.eval(), entries);
  }
}
