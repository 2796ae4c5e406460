package dev.evalpress.load.report;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import dev.evalpress.located.JsonObject;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.markdown.BlockDirective;
import dev.evalpress.markdown.DirectiveNodes;
import dev.evalpress.markdown.InlineReference;
import dev.evalpress.markdown.MarkdownDialect;
import dev.evalpress.model.DataReference;
import dev.evalpress.model.DirectiveSpec;
import dev.evalpress.model.ReportSpecs;
import dev.evalpress.model.Source;
import dev.evalpress.problem.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the directives of one report body. Problems in their shape are reported here, at the same
 * places and in the same words as ever; a block or reference with such problems is left out of the
 * specs, or kept marked not well-formed, so that analyse resolves only what was meant. Thread-safe:
 * Flexmark's parser is immutable.
 */
public final class ReportSpecReader {

  private static final Parser PARSER = Parser.builder(MarkdownDialect.options()).build();

  private ReportSpecReader() {}

  /**
   * @param path the report's path as shown in messages
   * @param bodyLine the file line on which {@code body} starts
   */
  public static ReportSpecs read(String path, String body, int bodyLine, Problems problems) {
    if (!DirectiveNodes.mayHold(body)) {
      return ReportSpecs.NONE;
    }
    // render parses the body again to write HTML; keeping the tree until then would cost more
    // memory than the parse costs time
    Document document = MarkdownDialect.parse(PARSER, body, bodyLine);
    List<BlockDirective> blocks = DirectiveNodes.blocks(document);
    List<InlineReference> references = DirectiveNodes.references(document);
    List<DirectiveSpec> specs = new ArrayList<>();
    for (BlockDirective block : blocks) {
      block(path, block, problems).ifPresent(specs::add);
    }
    List<DataReference> read = new ArrayList<>();
    for (InlineReference reference : references) {
      Source at = new Source(path, reference.line(), reference.column());
      DataReferenceReader.read(reference.text(), at, problems).ifPresent(read::add);
    }
    return new ReportSpecs(specs, read, blocks.size() + references.size());
  }

  private static Optional<DirectiveSpec> block(
      String path, BlockDirective block, Problems problems) {
    Optional<JsonObject> yaml =
        LocatedJson.parseYaml(path, block.body(), block.bodyLine(), problems)
            .map(doc -> JsonObject.root(doc, problems));
    return yaml.map(
        spec ->
            switch (block.name()) {
              case "chart" -> ChartSpecReader.read(spec, block.line());
              case "sample" -> SampleSpecReader.read(spec, block.line());
              default -> TableSpecReader.read(spec, block.line());
            });
  }
}
