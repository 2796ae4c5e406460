package dev.evalpress.analyse;

import dev.evalpress.model.ModelVersion;
import dev.evalpress.model.Results;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Builds the dashboard row of an eval: the latest measured version of each model family. */
final class Dashboard {

  private Dashboard() {}

  static DashboardRow row(EvalSummary eval, Results results) {
    // byModel is in release order, so the last version seen per family is its latest.
    Map<String, ModelRates> latest = new TreeMap<>();
    for (ModelRates rates : eval.byModel()) {
      latest.put(rates.model().family(), rates);
    }
    List<DashboardEntry> entries = new ArrayList<>();
    for (Map.Entry<String, ModelRates> e : latest.entrySet()) {
      ModelRates rates = e.getValue();
      Optional<ModelVersion> predecessor = rates.model().predecessor().flatMap(results::model);
      Optional<Change> change = predecessor.flatMap(p -> eval.model(p.id()))
          .map(before -> new Change(before.pooled(), rates.pooled()));
      entries.add(new DashboardEntry(e.getKey(), rates.model(), rates.pooled(), predecessor, change));
    }
    return new DashboardRow(eval.eval(), entries);
  }
}
