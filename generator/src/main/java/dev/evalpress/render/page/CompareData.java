package dev.evalpress.render.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalpress.analyse.Analysis;
import dev.evalpress.analyse.Comparer;
import dev.evalpress.analyse.Estimate;
import dev.evalpress.analyse.EvalSummary;
import dev.evalpress.analyse.ModelRates;
import dev.evalpress.analyse.ModelSummary;
import dev.evalpress.analyse.stats.Interval;
import dev.evalpress.model.Counts;
import dev.evalpress.model.Direction;
import dev.evalpress.model.Score;
import dev.evalpress.render.format.EstimateText;
import java.util.HashMap;
import java.util.Map;

/**
 * The compare page's data, {@code compare/data.js}: what the browser needs to compare any two
 * versions with the statistics of {@code {{delta}}} — each version's pooled counts (or score mean
 * and standard error) per eval, with the texts of its value, interval and n as the site formats
 * them, and the settings the tests use (z, α, the Fisher limit). One small file instead of a page
 * per pair keeps the site linear in versions × evals.
 *
 * <p>It is a script assigning a global rather than JSON, because browsers refuse {@code fetch} of a
 * local file under {@code file://}. Every string in it may come from a hostile result file, so
 * {@code <}, {@code >}, {@code &} and U+2028/U+2029 are written as {@code \\uXXXX} escapes: the
 * file can then never close a script element or break a JavaScript string wherever it is included.
 */
public final class CompareData {

  /** The global the data file assigns and {@code compare.js} reads. */
  public static final String GLOBAL = "evalpressCompareData";

  private static final ObjectMapper JSON = new ObjectMapper();

  private CompareData() {}

  /** The whole file: {@code window.evalpressCompareData = {…};}. */
  public static String script(Analysis analysis) {
    ObjectNode root = settings(analysis.comparer());
    root.put("methods", SitePaths.relative(ComparePage.PATH, SitePaths.METHODS) + "#verdicts");
    Map<String, Integer> index = new HashMap<>();
    ArrayNode models = root.putArray("models");
    for (ModelSummary m : analysis.models()) {
      index.put(m.model().id(), index.size());
      ObjectNode model = models.addObject();
      model.put("id", m.model().id());
      model.put("name", m.model().name());
      model.put("family", m.model().family());
      m.predecessor().ifPresent(p -> model.put("predecessor", p.id()));
      model.put("href", SitePaths.relative(ComparePage.PATH, SitePaths.model(m.model().id())));
    }
    ArrayNode evals = root.putArray("evals");
    for (EvalSummary e : analysis.evals().values()) {
      ObjectNode eval = evals.addObject();
      eval.put("id", e.eval().id());
      eval.put("title", e.eval().title());
      eval.put("metric", e.eval().metric());
      eval.put("lowerIsBetter", e.eval().direction() == Direction.LOWER_IS_BETTER);
      eval.put("href", SitePaths.relative(ComparePage.PATH, SitePaths.eval(e.eval().id())));
      ArrayNode results = eval.putArray("results");
      for (ModelRates r : e.byModel()) {
        Integer m = index.get(r.model().id());
        if (m != null) {
          results.add(entry(m, r.pooled()));
        }
      }
    }
    return "window." + GLOBAL + " = " + forScript(write(root)) + ";\n";
  }

  /**
   * What the browser's comparisons take from the comparer: the level and its label, the normal
   * quantile z of the level, alpha, and the sample size above which rates are compared with the
   * two-proportion z-test.
   */
  public static ObjectNode settings(Comparer comparer) {
    ObjectNode settings = JSON.createObjectNode();
    settings.put("level", comparer.level());
    settings.put("levelLabel", EstimateText.level(new Interval(0, 0, comparer.level())));
    settings.put("z", comparer.z());
    settings.put("alpha", comparer.alpha());
    settings.put("fisherLimit", Comparer.fisherLimit());
    return settings;
  }

  /**
   * One version's pooled estimate on an eval, as {@code {{delta}}} compares it, as an array (a
   * third of the size of an object with keys; there are versions × evals of them): the model's
   * index, then {@code k, n} for a rate or {@code mean, se, n} for a score (nothing for a bare
   * number, which cannot be compared), then the displayed value and interval. Its length says
   * which: 5 for a rate, 6 for a score, 3 for a bare number; {@code compare.js} reads it with
   * {@code entry()}.
   */
  public static ArrayNode entry(int model, Estimate e) {
    ArrayNode entry = JSON.createArrayNode();
    entry.add(model);
    if (e.measurement() instanceof Counts c) {
      entry.add(c.k());
      entry.add(c.n());
    } else if (e.measurement() instanceof Score s) {
      entry.add(s.mean());
      entry.add(s.stderr());
      entry.add(s.n());
    }
    entry.add(EstimateText.value(e));
    entry.add(EstimateText.interval(e));
    return entry;
  }

  /** {@code node} as JSON text. */
  static String write(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the compare data", e);
    }
  }

  /**
   * JSON made safe to place in a script: these characters occur in JSON only inside strings, where
   * the {@code \\uXXXX} escape means the same character.
   */
  static String forScript(String json) {
    StringBuilder out = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
