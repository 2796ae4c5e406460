package dev.evalpress.analyse.report;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.model.ChartSpec;
import dev.evalpress.model.DataReference;
import dev.evalpress.model.DirectiveSpec;
import dev.evalpress.model.Report;
import dev.evalpress.model.ReportBody;
import dev.evalpress.model.ReportSpecs;
import dev.evalpress.model.SampleSpec;
import dev.evalpress.model.Site;
import dev.evalpress.model.Source;
import dev.evalpress.model.TableSpec;
import dev.evalpress.problem.Problems;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Entry point of resolving reports: every report's directives against the analysis, problems to
 * {@code problems}. The bodies of reports with bad front matter are resolved too, only to report
 * what they name wrongly. Stateless; {@link Problems} is thread-safe, so reports could be resolved
 * on several threads.
 */
public final class ReportResolver {

  private ReportResolver() {}

  public static ResolvedReports resolve(Site site, Analysis analysis, Problems problems) {
    Map<String, ResolvedReport> byPath = new LinkedHashMap<>();
    for (Report report : site.reports()) {
      byPath.put(report.source().path(), resolve(report.specs(), analysis, problems));
    }
    // not built, but what their directives and references name is checked like any report's
    for (ReportBody body : site.reportsWithBadFrontMatter()) {
      resolve(body.specs(), analysis, problems);
    }
    return new ResolvedReports(byPath);
  }

  static ResolvedReport resolve(ReportSpecs specs, Analysis analysis, Problems problems) {
    Map<Integer, ResolvedBlock> blocks = new HashMap<>();
    for (DirectiveSpec spec : specs.blocks()) {
      SpecFailures failures = new SpecFailures(spec.places(), problems);
      resolve(spec, analysis, failures).ifPresent(block -> blocks.put(spec.line(), block));
    }
    Map<Source, ResolvedReference> references = new HashMap<>();
    for (DataReference reference : specs.references()) {
      ReferenceResolver.resolve(reference, analysis, problems)
          .ifPresent(r -> references.put(reference.at(), r));
    }
    return new ResolvedReport(blocks, references);
  }

  private static Optional<ResolvedBlock> resolve(
      DirectiveSpec spec, Analysis analysis, SpecFailures failures) {
    if (spec instanceof ChartSpec chart) {
      return ChartResolver.resolve(chart, analysis, failures);
    }
    if (spec instanceof TableSpec table) {
      return TableResolver.resolve(table, analysis, failures);
    }
    return SampleResolver.resolve((SampleSpec) spec, analysis, failures);
  }
}
