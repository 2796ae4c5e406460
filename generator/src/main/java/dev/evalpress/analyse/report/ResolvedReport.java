package dev.evalpress.analyse.report;

import dev.evalpress.model.Source;
import java.util.Map;
import java.util.Optional;

/**
 * A report's directives resolved: blocks by the file line of their opening fence, references by the
 * place of their braces. A directive with problems (reported) is absent.
 */
public record ResolvedReport(
    Map<Integer, ResolvedBlock> blocks, Map<Source, ResolvedReference> references) {

  public static final ResolvedReport EMPTY = new ResolvedReport(Map.of(), Map.of());

  public ResolvedReport {
    blocks = Map.copyOf(blocks);
    references = Map.copyOf(references);
  }

  public Optional<ResolvedBlock> block(int line) {
    return Optional.ofNullable(blocks.get(line));
  }

  public Optional<ResolvedReference> reference(Source at) {
    return Optional.ofNullable(references.get(at));
  }
}
