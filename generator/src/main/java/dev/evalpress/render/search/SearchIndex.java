package dev.evalpress.render.search;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.model.FrontMatter;
import dev.evalpress.model.Report;
import dev.evalpress.model.Site;
import dev.evalpress.render.format.ScriptJson;
import dev.evalpress.render.page.RenderedPage;
import dev.evalpress.render.page.ReportPage;
import dev.evalpress.render.page.SitePaths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The site's search index, {@code assets/search-index.js}: reports (title, summary, authors, tags
 * and the words of their body), evals (title, id, metric, category), model versions (name, id,
 * family) and training runs. It holds no transcripts: their number grows with evals × versions ×
 * samples (a lab's site publishes over a million), so the transcript viewer searches one eval ×
 * version's transcripts from its own data file instead (see {@code SamplePages}), which holds only
 * what the samples settings publish.
 */
public final class SearchIndex {

  /** The global the index file assigns; the search box's script reads it. */
  static final String GLOBAL = "evalpressSearch";

  /**
   * A report's words are indexed up to this many characters: enough for the vocabulary of any
   * report read in a sitting, and a bound on the index's size should someone paste a transcript
   * into one.
   */
  static final int MAX_TEXT = 8_000;

  private SearchIndex() {}

  /**
   * The index file, from the site, its analysis and its rendered pages (a report's text is read
   * from its page), as a {@link RenderedPage} whose content is the script, so it is written like
   * any page.
   */
  public static RenderedPage render(Site site, Analysis analysis, List<RenderedPage> pages) {
    return new RenderedPage(
        SitePaths.SEARCH_INDEX,
        ScriptJson.assign(GLOBAL, documents(site, analysis, pages)),
        List.of());
  }

  static List<SearchDocument> documents(Site site, Analysis analysis, List<RenderedPage> pages) {
    Map<String, String> bodies =
        pages.stream()
            .collect(Collectors.toMap(RenderedPage::path, RenderedPage::text, (a, b) -> a));
    List<SearchDocument> docs = new ArrayList<>();
    for (Report r : site.reports()) {
      FrontMatter fm = r.frontMatter();
      String path = ReportPage.path(r);
      String text = fm.summary().map(s -> s + " ").orElse("") + bodies.getOrDefault(path, "");
      docs.add(
          new SearchDocument(
              "Report",
              fm.title(),
              r.slug(),
              join(
                  List.of(
                      fm.date().toString(),
                      String.join(", ", fm.authors()),
                      String.join(", ", fm.tags()))),
              distinctWords(text),
              path));
    }
    analysis
        .evals()
        .values()
        .forEach(
            e ->
                docs.add(
                    new SearchDocument(
                        "Eval",
                        e.eval().title(),
                        e.eval().id(),
                        join(List.of(e.eval().category().label(), e.eval().metric())),
                        "",
                        SitePaths.eval(e.eval().id()))));
    analysis
        .models()
        .forEach(
            m ->
                docs.add(
                    new SearchDocument(
                        "Model",
                        m.model().name(),
                        m.model().id(),
                        join(
                            List.of(
                                m.model().family(),
                                m.model().released().map(d -> "released " + d).orElse(""))),
                        "",
                        SitePaths.model(m.model().id()))));
    analysis
        .runs()
        .forEach(
            r ->
                docs.add(
                    new SearchDocument(
                        "Training run",
                        r.run().title(),
                        r.run().id(),
                        join(List.of(r.run().model().orElse(""), r.run().method().orElse(""))),
                        "",
                        SitePaths.run(r.run().id()))));
    return docs;
  }

  /**
   * The text's words, each once, in order of first use, up to {@link #MAX_TEXT} characters. The
   * search matches words, not phrases, and its time per keystroke grows with the text it scans: a
   * report's words without their repeats are about a third of it.
   */
  static String distinctWords(String text) {
    Set<String> seen = new HashSet<>();
    StringBuilder words = new StringBuilder();
    for (String word : text.split("\\s+")) {
      if (word.isEmpty() || !seen.add(word.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (words.length() + word.length() + 1 > MAX_TEXT) {
        break;
      }
      if (words.length() > 0) {
        words.append(' ');
      }
      words.append(word);
    }
    return words.toString();
  }

  private static String join(List<String> parts) {
    return parts.stream().filter(p -> !p.isEmpty()).collect(Collectors.joining(" · "));
  }
}
