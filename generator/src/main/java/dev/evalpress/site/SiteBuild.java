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
    return new BuildResult(renderAll().size(), 0);
  }

  /** Builds the site into {@code out}. */
  public BuildResult build(Path out) throws IOException {
    List<RenderedPage> pages = renderAll();
    return new BuildResult(pages.size(), SiteWriter.write(out, pages));
  }

  private List<RenderedPage> renderAll() {
    Problems problems = new Problems();
    Site site = SiteLoader.load(root, problems);
    problems.throwIfAny();
    Analysis analysis = Analysis.of(site.results());
    List<RenderedPage> pages = new SiteRenderer().render(site, analysis, problems);
    problems.throwIfAny();
    return pages;
  }
}
