package dev.evalpress.render.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.evalpress.analyse.Comparison;
import dev.evalpress.analyse.Estimate;
import dev.evalpress.analyse.EvalComparison;
import dev.evalpress.analyse.PolicyFinding;
import dev.evalpress.analyse.ReleaseSummary;
import dev.evalpress.analyse.stats.Interval;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.model.StatisticsSettings;
import dev.evalpress.render.format.FindingText;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A release summary as JSON for release pipelines, described by the schema {@code
 * dev/evalpress/schema/release-export.schema.json} in the jar: numbers as numbers (rates as
 * fractions) next to the text the site shows. Keys are in a fixed order, so the output is
 * byte-identical for the same inputs.
 */
public final class ReleaseJson {

  /** The schema's address inside the jar. */
  public static final String SCHEMA = "dev/evalpress/schema/release-export.schema.json";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReleaseJson() {}

  public static String render(
      ReleaseSummary release, StatisticsSettings statistics, Provenance provenance) {
    ModelVersion model = release.summary().model();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("kind", "release-summary");
    root.put("version", 1);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", model.id());
    m.put("name", model.name());
    m.put("family", model.family());
    m.put("released", model.released().map(Object::toString).orElse(null));
    m.put("predecessor", release.summary().predecessor().map(ModelVersion::id).orElse(null));
    root.put("model", m);
    Map<String, Object> gate = new LinkedHashMap<>();
    gate.put("passed", release.passes());
    List<Object> findings = new ArrayList<>();
    for (PolicyFinding f : release.findings()) {
      Map<String, Object> finding = new LinkedHashMap<>();
      finding.put("kind", f.kind().name().toLowerCase(java.util.Locale.ROOT));
      finding.put("eval", f.eval().id());
      finding.put("text", FindingText.describe(f));
      findings.add(finding);
    }
    gate.put("findings", findings);
    root.put("gate", gate);
    Map<String, Object> stats = new LinkedHashMap<>();
    stats.put("interval", statistics.interval());
    stats.put("level", statistics.level());
    stats.put("alpha", statistics.alpha());
    root.put("statistics", stats);
    root.put("tracked", evals(release.tracked(), release));
    root.put("trackedNotMeasured", release.trackedNotMeasured());
    root.put("others", evals(release.others(), release));
    root.put(
        "runs",
        release.runs().stream()
            .map(
                r -> {
                  Map<String, Object> run = new LinkedHashMap<>();
                  run.put("id", r.id());
                  run.put("title", r.title());
                  run.put("method", r.method().orElse(null));
                  return run;
                })
            .toList());
    Map<String, Object> prov = new LinkedHashMap<>();
    prov.put("evalpress", provenance.version());
    prov.put("built", provenance.built().map(Object::toString).orElse(null));
    prov.put(
        "inputs",
        provenance.inputs().stream()
            .map(
                d -> {
                  Map<String, Object> input = new LinkedHashMap<>();
                  input.put("path", d.path());
                  input.put("sha256", d.sha256());
                  return input;
                })
            .toList());
    root.put("provenance", prov);
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Object> evals(List<EvalComparison> evals, ReleaseSummary release) {
    List<Object> out = new ArrayList<>();
    for (EvalComparison e : evals) {
      ReleaseRow row = ReleaseRow.of(e, release.summary().predecessor());
      Map<String, Object> eval = new LinkedHashMap<>();
      eval.put("id", e.eval().id());
      eval.put("title", e.eval().title());
      eval.put("metric", e.eval().metric());
      eval.put("estimate", estimate(row.estimate()));
      eval.put("text", row.value() + (row.interval().isEmpty() ? "" : " (" + row.interval() + ")"));
      eval.put("baseline", e.baseline().map(ModelVersion::id).orElse(null));
      eval.put("change", row.comparison().map(c -> change(c, row)).orElse(null));
      out.add(eval);
    }
    return out;
  }

  private static Map<String, Object> estimate(Estimate e) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("rate", e.isRate());
    out.put("value", e.value());
    out.put("lower", e.interval().map(Interval::lower).orElse(null));
    out.put("upper", e.interval().map(Interval::upper).orElse(null));
    out.put("k", e.k().isPresent() ? e.k().getAsLong() : null);
    out.put("n", e.n().isPresent() ? e.n().getAsLong() : null);
    return out;
  }

  private static Map<String, Object> change(Comparison c, ReleaseRow row) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("before", estimate(c.before()));
    out.put("difference", c.difference());
    out.put("lower", c.differenceInterval().lower());
    out.put("upper", c.differenceInterval().upper());
    out.put("ratio", c.ratio().map(r -> (Object) r.ratio()).orElse(null));
    out.put("ratioLower", c.ratio().map(r -> (Object) r.interval().lower()).orElse(null));
    out.put("ratioUpper", c.ratio().map(r -> (Object) r.interval().upper()).orElse(null));
    out.put("verdict", c.verdict().label());
    out.put("test", c.test().name());
    out.put("p", c.test().p());
    out.put("adjustedP", c.test().adjustedP());
    out.put("comparisons", c.test().comparisons());
    out.put("text", row.change() + " (" + row.changeInterval() + "); " + row.verdictWithTest());
    return out;
  }
}
