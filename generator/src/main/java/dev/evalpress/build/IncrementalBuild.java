package dev.evalpress.build;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.analyse.report.ReportResolver;
import dev.evalpress.analyse.report.ResolvedReports;
import dev.evalpress.load.ContentLoader;
import dev.evalpress.model.Report;
import dev.evalpress.model.Site;
import dev.evalpress.model.SourceFolders;
import dev.evalpress.problem.Problems;
import dev.evalpress.render.SiteRenderer;
import dev.evalpress.render.page.RenderedPage;
import dev.evalpress.site.OutputPaths;
import dev.evalpress.site.SiteUpdater;
import dev.evalpress.site.SiteWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A build kept up to date in one folder, for the preview server: each {@link #update} rebuilds what
 * the edits since the last good update touched and rewrites only the files that changed. When only
 * reports changed, the results are not read again and only the changed reports' pages, the home
 * page (which lists the reports) and the search index (which holds their words) are rendered; an
 * edit of the results or the settings loads and analyses everything again, but still rewrites only
 * the files whose bytes changed. The folder is byte-identical to what {@link SiteBuild#build}
 * writes from the same inputs (without a source date). An update with problems throws, writes
 * nothing and leaves the last good state. Not thread-safe: one caller at a time.
 */
public final class IncrementalBuild {

  private final SourceFolders folders;
  private final BuildOptions options;
  private final SiteUpdater folder;
  private final SiteRenderer renderer;
  private Good last;

  /** What the last good update built, kept to rebuild from. */
  private record Good(
      InputFingerprint inputs,
      Site site,
      Analysis analysis,
      List<RenderedPage> resultPages,
      Map<Report, RenderedPage> reportPages) {}

  /**
   * What one update did: the pages rendered (all, or only those an edit of reports touched) and
   * files written.
   */
  public record Update(
      int pages, boolean full, List<String> rendered, List<String> written, List<String> deleted) {

    public Update {
      rendered = List.copyOf(rendered);
      written = List.copyOf(written);
      deleted = List.copyOf(deleted);
    }
  }

  /**
   * @param out the folder to keep up to date: missing, empty, or written by evalpress
   */
  public IncrementalBuild(Path root, BuildOptions options, Path out) {
    this(SourceFolders.of(root), options, out);
  }

  /**
   * @param folders the root holding {@code evalpress.yaml}, and the content and results folders
   * @param out the folder to keep up to date: missing, empty, or written by evalpress
   */
  public IncrementalBuild(SourceFolders folders, BuildOptions options, Path out) {
    this.folders = folders;
    this.options = new BuildOptions(options.threads(), Optional.empty());
    this.folder = new SiteUpdater(out);
    this.renderer = new SiteRenderer(this.options.threads(), Optional.empty());
  }

  /** Brings the folder up to date with the inputs as they are now. */
  public Update update() throws IOException {
    InputFingerprint inputs = InputFingerprint.of(folders);
    Problems problems = new Problems();
    Good next;
    List<RenderedPage> rendered;
    boolean full = last == null || !last.inputs().equals(inputs);
    if (full) {
      SiteBuild.Analysed analysed = SiteBuild.loadAndAnalyse(folders, options.threads(), problems);
      Site site = analysed.site();
      ResolvedReports resolved = ReportResolver.resolve(site, analysed.analysis(), problems);
      List<RenderedPage> reports =
          renderer.reportPages(site, site.reports(), analysed.analysis(), resolved);
      next =
          new Good(
              inputs,
              site,
              analysed.analysis(),
              renderer.resultPages(site.settings(), analysed.analysis()),
              byReport(site.reports(), reports));
      rendered = new ArrayList<>(next.resultPages());
      rendered.addAll(reports);
    } else {
      ContentLoader.Content content = ContentLoader.loadContent(folders, problems);
      Site site =
          new Site(
              last.site().settings(),
              last.site().results(),
              content.reports(),
              content.reportsWithBadFrontMatter());
      List<Report> changed =
          site.reports().stream().filter(r -> !last.reportPages().containsKey(r)).toList();
      // an unchanged report resolved without problems against the same analysis last time, and
      // would again
      ResolvedReports resolved =
          ReportResolver.resolve(
              new Site(site.settings(), site.results(), changed, site.reportsWithBadFrontMatter()),
              last.analysis(),
              problems);
      List<RenderedPage> changedPages =
          renderer.reportPages(site, changed, last.analysis(), resolved);
      Map<Report, RenderedPage> reportPages = byReport(changed, changedPages);
      site.reports().stream()
          .filter(r -> !reportPages.containsKey(r))
          .forEach(r -> reportPages.put(r, last.reportPages().get(r)));
      next = new Good(inputs, site, last.analysis(), last.resultPages(), reportPages);
      rendered = new ArrayList<>(changedPages);
    }
    List<RenderedPage> listings = renderer.listingPages(next.site(), next.analysis());
    rendered.addAll(0, listings);
    List<RenderedPage> pages = new ArrayList<>(listings);
    pages.add(next.resultPages().get(0));
    next.site().reports().forEach(r -> pages.add(next.reportPages().get(r)));
    pages.addAll(next.resultPages().subList(1, next.resultPages().size()));
    RenderedPage search = renderer.searchIndex(next.site(), next.analysis(), pages);
    pages.add(search);
    rendered.add(search);
    OutputPaths.check(pages, SiteWriter.assetPaths(), problems);
    problems.throwIfAny();
    SiteUpdater.Update files = folder.update(pages);
    last = next;
    return new Update(
        pages.size(),
        full,
        rendered.stream().map(RenderedPage::path).toList(),
        files.written(),
        files.deleted());
  }

  private static Map<Report, RenderedPage> byReport(
      List<Report> reports, List<RenderedPage> pages) {
    Map<Report, RenderedPage> map = new HashMap<>();
    for (int i = 0; i < reports.size(); i++) {
      map.put(reports.get(i), pages.get(i));
    }
    return map;
  }
}
