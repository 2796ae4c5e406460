package dev.evalpress.render.directive;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.model.ReviewedSample;
import dev.evalpress.located.JsonObject;
import dev.evalpress.render.page.Link;
import dev.evalpress.render.page.SamplePages;
import dev.evalpress.render.page.SampleView;
import dev.evalpress.render.page.SitePaths;
import dev.evalpress.render.page.VerdictWords;
import java.util.List;
import java.util.Set;

/**
 * A {@code sample} block: embeds one published sample (by {@code eval}, {@code model} or {@code run}, and
 * {@code id}) with a link to its page in the transcript viewer.
 */
final class SampleDirective {

  static final Set<String> FIELDS = Set.of("eval", "model", "run", "id", "caption");

  private SampleDirective() {}

  /** The sample as shown, or null when the block has problems (already reported). */
  static SampleView read(JsonObject spec, Analysis analysis, String pagePath) {
    String eval = spec.requireText("eval");
    String id = spec.requireText("id");
    if (spec.has("model") == spec.has("run")) {
      spec.fail(null, "a sample block names a \"model\" or a training \"run\", and the sample's \"id\"");
      return null;
    }
    String owner = spec.has("model") ? "models/" + spec.text("model").orElse("") : "runs/" + spec.text("run").orElse("");
    if (eval == null || id == null || spec.failed()) {
      return null;
    }
    if (analysis.results().eval(eval).isEmpty()) {
      spec.fail("eval", "unknown eval \"" + eval + "\"; known evals: " + String.join(", ", analysis.evals().keySet()));
      return null;
    }
    List<ReviewedSample> published = analysis.samples().samples(eval, owner);
    for (int i = 0; i < published.size(); i++) {
      if (published.get(i).sample().id().equals(id)) {
        Link page = new Link("Open in the transcript viewer",
            SitePaths.relative(pagePath, SamplePages.samplePath(eval, owner, i + 1)));
        VerdictWords words = VerdictWords.of(analysis.results().eval(eval).orElseThrow());
        return SampleView.of(published.get(i), analysis.settings().samplePolicy(eval), words, page);
      }
    }
    spec.fail("id", "no published sample \"" + id + "\" of " + owner.replace("/", " ").replaceFirst("s ", " ")
        + " in eval \"" + eval + "\"; only published samples can be embedded (see samples: publish and cap in"
        + " evalpress.yaml)");
    return null;
  }
}
