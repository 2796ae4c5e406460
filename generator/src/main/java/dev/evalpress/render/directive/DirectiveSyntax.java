package dev.evalpress.render.directive;

import dev.evalpress.located.JsonObject;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.problem.Problems;
import dev.evalpress.render.markdown.BlockDirective;
import dev.evalpress.render.markdown.DirectiveHandler;
import dev.evalpress.render.markdown.InlineReference;

/**
 * Checks what of a report's directives needs no results: that each block is a YAML mapping with only the fields
 * its kind takes. A build whose results have problems cannot render reports, so it runs this instead, and one run
 * reports the results' problems together with these; what a directive refers to (evals, models, samples) and
 * inline references are checked once the results load. Renders nothing. Not thread-safe: one per report.
 */
public final class DirectiveSyntax implements DirectiveHandler {

  private final String path;
  private final Problems problems;
  private int unchecked;

  /** @param path the report's path as shown in messages */
  public DirectiveSyntax(String path, Problems problems) {
    this.path = path;
    this.problems = problems;
  }

  @Override
  public boolean isBlockDirective(String name) {
    return ReportDirectives.FIELDS.containsKey(name);
  }

  @Override
  public String block(BlockDirective directive) {
    unchecked++;
    LocatedJson.parseYaml(path, directive.body(), directive.bodyLine(), problems)
        .map(doc -> JsonObject.root(doc, problems))
        .ifPresent(spec -> spec.allowOnly(ReportDirectives.FIELDS.get(directive.name())));
    return "";
  }

  @Override
  public String inline(InlineReference reference) {
    unchecked++;
    return "";
  }

  /** How many directives and references were seen whose targets (evals, models, samples) this did not check. */
  public int uncheckedTargets() {
    return unchecked;
  }
}
