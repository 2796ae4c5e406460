package dev.evalpress.build;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.analyse.report.ReportResolver;
import dev.evalpress.analyse.report.ResolvedReports;
import dev.evalpress.load.SiteLoader;
import dev.evalpress.model.Site;
import dev.evalpress.model.SourceFolders;
import dev.evalpress.problem.Problems;
import dev.evalpress.render.SiteRenderer;
import dev.evalpress.render.page.RenderedPage;
import dev.evalpress.site.OutputPaths;
import dev.evalpress.site.SiteWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The build pipeline as a library call: load → analyse → render → write. The CLI is a thin layer
 * over this. Any input problem ends the run with an {@link dev.evalpress.problem.InputException}
 * holding every problem found, before anything is written. How the build runs (threads, source
 * date, who hears of its progress) is set by {@link BuildOptions}; the output depends only on the
 * inputs and the source date.
 */
public final class SiteBuild {

  private final SourceFolders folders;
  private final BuildOptions options;

  /** A build with {@link BuildOptions#defaults()}. */
  public SiteBuild(Path root) {
    this(root, BuildOptions.defaults());
  }

  /**
   * @param root the folder holding {@code evalpress.yaml}, {@code content/} and {@code results/}
   */
  public SiteBuild(Path root, BuildOptions options) {
    this(SourceFolders.of(root), options);
  }

  /**
   * @param folders the root holding {@code evalpress.yaml}, and the content and results folders
   */
  public SiteBuild(SourceFolders folders, BuildOptions options) {
    this.folders = Objects.requireNonNull(folders, "folders");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Validates everything a build would, without writing. */
  public BuildResult check() {
    Problems problems = new Problems();
    Analysed analysed = loadAndAnalyse(folders, options.threads(), problems, options.progress());
    SiteRenderer renderer = renderer();
    Site site = analysed.site();
    ResolvedReports resolved = ReportResolver.resolve(site, analysed.analysis(), problems);
    // each page is dropped once its paths are known: at 100,000 model versions the pages of a
    // site take gigabytes, their paths megabytes
    List<String> paths = new ArrayList<>(SiteWriter.assetPaths());
    int[] pages = {0};
    renderer.render(
        site,
        analysed.analysis(),
        resolved,
        page -> {
          pages[0]++;
          paths.addAll(OutputPaths.of(page));
        });
    OutputPaths.checkPaths(paths, problems);
    problems.throwIfAny();
    return new BuildResult(
        pages[0],
        0,
        analysed.analysis().gateFindings(),
        analysed.analysis().results().notes(),
        List.of());
  }

  /** The folders this build reads. */
  SourceFolders folders() {
    return folders;
  }

  /** Builds the site into {@code out}. */
  public BuildResult build(Path out) throws IOException {
    // its warnings come again from the write below, which tries to delete the same leftovers
    SiteWriter.recover(out);
    Rendered r = renderAll();
    options
        .progress()
        .start(BuildProgress.Stage.WRITING, BuildProgress.Unit.PAGES, r.pages().size());
    SiteWriter.Written written =
        SiteWriter.write(out, r.pages(), options.sourceDate(), options.progress()::advance);
    return new BuildResult(
        r.pages().size(),
        written.files(),
        r.analysis().gateFindings(),
        r.analysis().results().notes(),
        written.warnings());
  }

  /**
   * The analysis and the rendered pages after every check a build makes, nothing written: for
   * exports, which must accept exactly the inputs a build accepts.
   */
  Checked checked() {
    Problems problems = new Problems();
    Analysed analysed = loadAndAnalyse(folders, options.threads(), problems, options.progress());
    SiteRenderer renderer = renderer();
    List<RenderedPage> pages =
        renderer.render(
            analysed.site(),
            analysed.analysis(),
            ReportResolver.resolve(analysed.site(), analysed.analysis(), problems));
    OutputPaths.check(pages, SiteWriter.assetPaths(), problems);
    problems.throwIfAny();
    return new Checked(analysed.site(), analysed.analysis(), pages);
  }

  /** A checked site: its inputs, their analysis and every page, in the build's order. */
  record Checked(Site site, Analysis analysis, List<RenderedPage> pages) {

    Optional<RenderedPage> page(String path) {
      return pages.stream().filter(p -> p.path().equals(path)).findFirst();
    }
  }

  private record Rendered(Analysis analysis, List<RenderedPage> pages) {}

  private Rendered renderAll() {
    Problems problems = new Problems();
    Analysed analysed = loadAndAnalyse(folders, options.threads(), problems, options.progress());
    SiteRenderer renderer = renderer();
    Site site = analysed.site();
    List<RenderedPage> pages =
        renderer.render(
            site, analysed.analysis(), ReportResolver.resolve(site, analysed.analysis(), problems));
    OutputPaths.check(pages, SiteWriter.assetPaths(), problems);
    problems.throwIfAny();
    return new Rendered(analysed.analysis(), pages);
  }

  /** A renderer that counts its pages to the progress listener, from the stage's start. */
  private SiteRenderer renderer() {
    options.progress().start(BuildProgress.Stage.RENDERING, BuildProgress.Unit.PAGES, -1);
    return new SiteRenderer(options.threads(), options.sourceDate(), options.progress()::advance);
  }

  /** The loaded inputs with their analysis. */
  record Analysed(Site site, Analysis analysis) {}

  /**
   * Loads and analyses the inputs, ending the run if the results have problems; problems left in
   * {@code problems} are in settings or reports, which make no other check meaningless, so the
   * caller resolves and renders the reports to find the rest before it stops.
   */
  static Analysed loadAndAnalyse(SourceFolders folders, int threads, Problems problems) {
    return loadAndAnalyse(folders, threads, problems, BuildProgress.NONE);
  }

  /** {@link #loadAndAnalyse}, telling {@code progress} of the files read. */
  static Analysed loadAndAnalyse(
      SourceFolders folders, int threads, Problems problems, BuildProgress progress) {
    progress.start(BuildProgress.Stage.READING, BuildProgress.Unit.FILES, -1);
    SiteLoader.Loaded loaded = SiteLoader.load(folders, threads, problems, progress::advance);
    stopIfResultsBroken(problems, folders, loaded, true, loaded.sampleLogs().size());
    progress.start(BuildProgress.Stage.ANALYSING, BuildProgress.Unit.NONE, -1);
    SiteLoader.Complete complete = SiteLoader.complete(loaded, problems);
    stopIfResultsBroken(problems, folders, loaded, false, 0);
    Site site = complete.site();
    return new Analysed(site, Analysis.of(site.results(), site.settings(), complete.samples()));
  }

  /**
   * Ends the run if the results have problems (or the settings that decide how they are read do):
   * what reports and settings name in the results, and whether sample logs agree with them, cannot
   * be checked against results that are not the ones meant. The reports' directives were checked in
   * load as far as that needs no results; one line says how many checks were skipped and why.
   *
   * @param settingsToCheck whether the settings' entries that name evals are not yet checked
   *     against the results
   * @param logsToCompare sample logs whose agreement with the results is not yet checked
   */
  private static void stopIfResultsBroken(
      Problems problems,
      SourceFolders folders,
      SiteLoader.Loaded loaded,
      boolean settingsToCheck,
      int logsToCompare) {
    boolean results =
        problems.list().stream().map(p -> p.source().path()).anyMatch(folders::inResults);
    if (!results && !loaded.resultRulesHaveProblems()) {
      return;
    }
    Site site = loaded.site();
    int references =
        site.reports().stream().mapToInt(r -> r.specs().written()).sum()
            + site.reportsWithBadFrontMatter().stream().mapToInt(b -> b.specs().written()).sum();
    int settings =
        settingsToCheck
            ? site.settings().tracked().size()
                + site.settings().results().evals().size()
                + site.settings().samples().size()
            : 0;
    SkippedChecks.report(problems, results, references, settings, logsToCompare);
    problems.throwIfAny();
  }
}
