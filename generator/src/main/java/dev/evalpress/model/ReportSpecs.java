package dev.evalpress.model;

import java.util.List;

/**
 * The directives of a report body as load read them, in document order: the blocks and inline
 * references whose shape is sound enough to resolve against the results. {@code written} counts
 * every directive block and reference of the body, those that could not be read among them, for the
 * count of checks a run skips.
 */
public record ReportSpecs(List<DirectiveSpec> blocks, List<DataReference> references, int written) {

  public static final ReportSpecs NONE = new ReportSpecs(List.of(), List.of(), 0);

  public ReportSpecs {
    blocks = List.copyOf(blocks);
    references = List.copyOf(references);
  }
}
