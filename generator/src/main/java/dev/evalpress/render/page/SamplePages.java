package dev.evalpress.render.page;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.ReviewedSample;
import dev.evalpress.model.SamplePolicy;
import dev.evalpress.model.SiteSettings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The transcript viewer: for each eval × model version (or training run), list pages of its
 * published samples, 50 to a page, and a page per sample. A small script filters by verdict,
 * condition and degeneration and searches the samples' text, across all of them (from the data file
 * {@link SampleData} writes beside the lists), keeping the filters in the URL; the pages read
 * without it. Sample files are numbered in publishing order, so file names never depend on
 * (untrusted) sample ids; a sample's page is titled and headed by its id (escaped like any text).
 */
public final class SamplePages {

  static final int PAGE_SIZE = 50;

  /** One list page. */
  public record ListView(
      String evalTitle,
      Link eval,
      Link owner,
      String ownerKind,
      int total,
      int published,
      List<String> conditions,
      List<String> verdicts,
      List<SampleView> samples,
      List<Link> pages,
      int page,
      String note,
      String data) {}

  /** One sample's page. */
  public record PageView(
      String evalTitle,
      Link eval,
      Link owner,
      Link list,
      SampleView sample,
      Link previous,
      Link next) {}

  private SamplePages() {}

  /**
   * The folder of an eval × owner's transcripts; {@code owner} is {@code models/ID} or {@code
   * runs/ID}.
   */
  public static String folder(String evalId, String owner) {
    return "samples/" + evalId + "/" + owner + "/";
  }

  public static String listPath(String evalId, String owner, int page) {
    return folder(evalId, owner) + (page == 1 ? "index.html" : "page-" + page + ".html");
  }

  public static String samplePath(String evalId, String owner, int number) {
    return folder(evalId, owner) + number + ".html";
  }

  public static List<RenderedPage> render(
      SiteSettings settings, Analysis analysis, TemplateRenderer templates) {
    List<RenderedPage> pages = new ArrayList<>();
    analysis
        .samples()
        .byEval()
        .forEach(
            (evalId, owners) ->
                owners.forEach(
                    (owner, samples) ->
                        pages.addAll(
                            render(
                                settings,
                                analysis,
                                analysis.results().eval(evalId).orElseThrow(),
                                owner,
                                samples,
                                templates))));
    return pages;
  }

  private static List<RenderedPage> render(
      SiteSettings settings,
      Analysis analysis,
      EvalDefinition eval,
      String owner,
      List<ReviewedSample> samples,
      TemplateRenderer templates) {
    SamplePolicy policy = settings.samplePolicy(eval.id());
    VerdictWords words = VerdictWords.of(eval);
    String ownerName = ownerName(analysis, owner);
    int pageCount = Math.max(1, (samples.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    long total = total(analysis, eval.id(), owner);
    List<String> conditions =
        new ArrayList<>(
            new LinkedHashSet<>(
                samples.stream().map(s -> s.sample().condition().label()).sorted().toList()));
    List<RenderedPage> out = new ArrayList<>();
    for (int page = 1; page <= pageCount; page++) {
      String path = listPath(eval.id(), owner, page);
      List<SampleView> views = new ArrayList<>();
      for (int i = (page - 1) * PAGE_SIZE; i < Math.min(samples.size(), page * PAGE_SIZE); i++) {
        views.add(
            SampleView.of(
                samples.get(i),
                policy,
                words,
                new Link(
                    "#" + (i + 1), SitePaths.relative(path, samplePath(eval.id(), owner, i + 1)))));
      }
      List<Link> pageLinks = new ArrayList<>();
      for (int p = 1; p <= pageCount; p++) {
        pageLinks.add(
            new Link(Integer.toString(p), SitePaths.relative(path, listPath(eval.id(), owner, p))));
      }
      String note =
          samples.size() < total
              ? "Showing "
                  + samples.size()
                  + " of "
                  + total
                  + " samples, chosen by a hash of their ids (the same"
                  + " samples in every build); rates use all of them."
              : "All " + total + " samples.";
      ListView view =
          new ListView(
              eval.title(),
              new Link(eval.title(), SitePaths.relative(path, SitePaths.eval(eval.id()))),
              ownerLink(path, owner, ownerName),
              owner.startsWith("runs/") ? "Training run" : "Model",
              (int) total,
              samples.size(),
              conditions,
              List.of(words.word(true), words.word(false)),
              views,
              pageLinks,
              page,
              note,
              SitePaths.relative(path, SampleData.path(eval.id(), owner)));
      out.add(
          new RenderedPage(
              path,
              templates.page(
                  "samples",
                  Map.of(
                      "chrome",
                      Chrome.of(settings, "Transcripts: " + eval.title() + " · " + ownerName, path),
                      "page",
                      view)),
              List.of()));
    }
    out.add(
        new RenderedPage(
            SampleData.path(eval.id(), owner),
            SampleData.script(
                samples.stream()
                    .map(s -> SampleView.of(s, policy, words, new Link("", "")))
                    .toList()),
            List.of()));
    for (int i = 0; i < samples.size(); i++) {
      String path = samplePath(eval.id(), owner, i + 1);
      int listPage = i / PAGE_SIZE + 1;
      PageView view =
          new PageView(
              eval.title(),
              new Link(eval.title(), SitePaths.relative(path, SitePaths.eval(eval.id()))),
              ownerLink(path, owner, ownerName),
              new Link(
                  "All transcripts",
                  SitePaths.relative(path, listPath(eval.id(), owner, listPage))),
              SampleView.of(samples.get(i), policy, words, new Link("", "")),
              i > 0
                  ? new Link("Previous", SitePaths.relative(path, samplePath(eval.id(), owner, i)))
                  : null,
              i + 1 < samples.size()
                  ? new Link("Next", SitePaths.relative(path, samplePath(eval.id(), owner, i + 2)))
                  : null);
      // titled by the sample's id, as its heading is: the file's number is only its place in
      // publishing order
      out.add(
          new RenderedPage(
              path,
              templates.page(
                  "sample",
                  Map.of(
                      "chrome",
                      Chrome.of(
                          settings, "Sample " + view.sample().id() + " · " + eval.title(), path),
                      "page",
                      view)),
              List.of()));
    }
    return out;
  }

  static String ownerName(Analysis analysis, String owner) {
    String id = owner.substring(owner.indexOf('/') + 1);
    return owner.startsWith("runs/")
        ? analysis.results().run(id).map(r -> r.title()).orElse(id)
        : analysis.results().model(id).map(m -> m.name()).orElse(id);
  }

  private static Link ownerLink(String path, String owner, String name) {
    String id = owner.substring(owner.indexOf('/') + 1);
    return new Link(
        name,
        SitePaths.relative(
            path, owner.startsWith("runs/") ? SitePaths.run(id) : SitePaths.model(id)));
  }

  /** How many samples the owner has in the eval, published or not. */
  private static long total(Analysis analysis, String evalId, String owner) {
    return analysis.samples().total(evalId, owner);
  }
}
