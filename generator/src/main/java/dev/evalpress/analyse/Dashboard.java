package dev.evalpress.analyse;

import dev.evalpress.model.IdIndexedList;
import dev.evalpress.model.ModelVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the dashboard row of an eval: the latest measured version of each line of each model
 * family. A version is latest when it is no other measured version's nearest measured ancestor (its
 * predecessor, or the nearest version up the chain that was measured, when versions in between were
 * not), so a family with several lines (say large and small models) shows the head of each line,
 * and versions released the same day are ordered by their predecessor links, not by date. Versions
 * in no line at all (no predecessor, and no measured version names them) are one line of their
 * family, in release order: models files without predecessors and imported checkpoints would
 * otherwise put every version of the family on the dashboard and under the gate.
 */
final class Dashboard {

  private Dashboard() {}

  static DashboardRow row(EvalSummary eval, List<ModelSummary> models) {
    IdIndexedList<ModelSummary> byId =
        models instanceof IdIndexedList<ModelSummary> indexed
            ? indexed
            : IdIndexedList.of(models, m -> m.model().id());
    Set<String> superseded = new HashSet<>();
    for (ModelSummary summary : models) {
      // the version a measured one is compared with is superseded, even across unmeasured versions
      // in between
      summary
          .eval(eval.eval().id())
          .flatMap(EvalComparison::baseline)
          .ifPresent(b -> superseded.add(b.id()));
    }
    // byModel is in release order, so the last unlinked version of a family stays in the map
    Map<String, String> lastUnlinked = new HashMap<>();
    for (ModelRates rates : eval.byModel()) {
      ModelVersion model = rates.model();
      if (model.predecessor().isEmpty() && !superseded.contains(model.id())) {
        lastUnlinked.put(model.family(), model.id());
      }
    }
    List<DashboardEntry> entries = new ArrayList<>();
    for (ModelRates rates : eval.byModel()) {
      ModelVersion model = rates.model();
      boolean unlinked = model.predecessor().isEmpty() && !superseded.contains(model.id());
      if (superseded.contains(model.id())
          || unlinked && !model.id().equals(lastUnlinked.get(model.family()))) {
        continue;
      }
      ModelSummary summary = byId.byId(model.id()).orElseThrow();
      EvalComparison comparison = summary.eval(eval.eval().id()).orElseThrow();
      entries.add(
          new DashboardEntry(
              model.family(),
              model,
              rates.pooled(),
              comparison.baseline(),
              comparison.pooledComparison(),
              comparison.findings()));
    }
    // Families in name order; within a family, release order (byModel's order).
    entries.sort(java.util.Comparator.comparing(DashboardEntry::family));
    return new DashboardRow(eval.eval(), entries);
  }
}
