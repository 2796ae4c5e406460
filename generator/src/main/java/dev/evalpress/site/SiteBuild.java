package dev.evalpress.site;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.load.SiteLoader;
import dev.evalpress.model.Site;
import dev.evalpress.problem.Problems;
import dev.evalpress.render.SiteRenderer;
import dev.evalpress.render.page.RenderedPage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The build pipeline as a library call: load → analyse → render → write. The CLI is a thin layer over this.
 * Any input problem ends the run with an {@link dev.evalpress.problem.InputException} holding every
 * problem found, before anything is written.
 */
public final class SiteBuild {

  private final Path root;

  /** @param root the folder holding {@code content/} and {@code results/} */
  public SiteBuild(Path root) {
    this.root = root;
  }

  /** Validates everything a build would, without writing. */
  public BuildResult check() {
    Rendered r = renderAll();
    return new BuildResult(r.pages().size(), 0, r.analysis().gateFindings());
  }

  /** Builds the site into {@code out}. */
  public BuildResult build(Path out) throws IOException {
    Rendered r = renderAll();
    return new BuildResult(r.pages().size(), SiteWriter.write(out, r.pages()), r.analysis().gateFindings());
  }

  private record Rendered(Analysis analysis, List<RenderedPage> pages) {}

  private Rendered renderAll() {
    Problems problems = new Problems();
    Site site = SiteLoader.load(root, problems);
    problems.throwIfAny();
    Analysis analysis = Analysis.of(site.results(), site.settings());
    List<RenderedPage> pages = new SiteRenderer().render(site, analysis, problems);
    problems.throwIfAny();
    return new Rendered(analysis, pages);
  }
}
