package dev.evalpress.render.page;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.analyse.ModelSummary;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The latest version of each line of each family, as the dashboard counts lines: a version no other
 * version names as its predecessor, except that versions in no line at all (no predecessor, and
 * none names them) are one line of their family, whose latest is the last in release order. So a
 * family of checkpoints without predecessor links shows one version, not all of them.
 */
final class LatestVersions {

  private LatestVersions() {}

  /** The heads, families in name order and, within a family, in release order. */
  static List<ModelSummary> of(Analysis analysis) {
    Set<String> named = new HashSet<>();
    analysis.models().forEach(m -> m.predecessor().ifPresent(p -> named.add(p.id())));
    Map<String, String> lastUnlinked = new HashMap<>();
    for (ModelSummary m : analysis.models()) {
      if (m.predecessor().isEmpty() && !named.contains(m.model().id())) {
        lastUnlinked.put(m.model().family(), m.model().id());
      }
    }
    return analysis.models().stream()
        .filter(m -> !named.contains(m.model().id()))
        .filter(
            m ->
                m.predecessor().isPresent()
                    || m.model().id().equals(lastUnlinked.get(m.model().family())))
        .sorted(java.util.Comparator.comparing(m -> m.model().family()))
        .toList();
  }
}
