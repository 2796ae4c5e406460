package dev.evalpress.load;

import dev.evalpress.load.report.ReportSpecReader;
import dev.evalpress.located.InputLimits;
import dev.evalpress.located.JsonObject;
import dev.evalpress.located.LimitedFiles;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.located.Utf8;
import dev.evalpress.model.FrontMatter;
import dev.evalpress.model.Report;
import dev.evalpress.model.ReportBody;
import dev.evalpress.model.ReportSpecs;
import dev.evalpress.model.Source;
import dev.evalpress.model.SourceFolders;
import dev.evalpress.problem.CurrentInput;
import dev.evalpress.problem.IoFailure;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Reads every {@code *.md} report under {@code content/}: YAML front matter between {@code ---}
 * lines, then the Markdown body. Drafts are skipped. Reports come back newest first (then by slug).
 */
public final class ContentLoader {

  private static final Set<String> FIELDS =
      Set.of("title", "date", "authors", "summary", "tags", "draft");

  private ContentLoader() {}

  /** The reports to build, and the bodies of those whose front matter has problems. */
  public record Content(List<Report> reports, List<ReportBody> reportsWithBadFrontMatter) {

    public Content {
      reports = List.copyOf(reports);
      reportsWithBadFrontMatter = List.copyOf(reportsWithBadFrontMatter);
    }
  }

  public static List<Report> load(Path root, Problems problems) {
    return loadContent(root, problems).reports();
  }

  /** Reads {@code root/content} as {@link #loadContent(SourceFolders, Problems)} does. */
  public static Content loadContent(Path root, Problems problems) {
    return loadContent(SourceFolders.of(root), problems);
  }

  /**
   * Reads every report of the content folder as {@link #load} does, keeping the bodies of reports
   * whose front matter has problems.
   */
  public static Content loadContent(SourceFolders folders, Problems problems) {
    return loadContent(folders, problems, n -> {});
  }

  /** {@link #loadContent}, telling {@code filesRead} of each report file as it is read. */
  public static Content loadContent(
      SourceFolders folders, Problems problems, LongConsumer filesRead) {
    Path content = folders.content();
    String shownContent = folders.shownContent();
    List<Report> reports = new ArrayList<>();
    List<ReportBody> broken = new ArrayList<>();
    for (Path file : ResultFiles.list(content, shownContent, ".md", f -> true, problems)) {
      filesRead.accept(1);
      String shown = SourceFolders.shown(content, shownContent, file);
      String slug = SourceFolders.shown(content, "", file).replaceFirst("\\.md$", "");
      if (!dev.evalpress.load.internal.Ids.isNested(slug)) {
        problems.add(
            Source.file(shown),
            "report file name \""
                + slug
                + "\" cannot be a page address: use "
                + dev.evalpress.load.internal.Ids.NESTED_RULE);
        continue;
      }
      CurrentInput.set(shown);
      String text = readUtf8(file, shown, problems);
      if (text != null) {
        Report report = parse(shown, slug, text, problems, broken);
        if (report != null && !report.frontMatter().draft()) {
          reports.add(report);
        }
      }
    }
    reports.sort(
        Comparator.comparing((Report r) -> r.frontMatter().date())
            .reversed()
            .thenComparing(Report::slug));
    return new Content(reports, broken);
  }

  /**
   * The report in {@code text} with its directives read, or null when its front matter has
   * problems; then, if the body can be found (the front matter is closed), it goes to {@code
   * broken} with its directives read too.
   */
  static Report parse(
      String shown, String slug, String text, Problems problems, List<ReportBody> broken) {
    String normalized = text.replace("\r\n", "\n");
    if (normalized.startsWith("\uFEFF")) {
      normalized = normalized.substring(1);
    }
    if (!normalized.startsWith("---\n")) {
      problems.add(
          new Source(shown, 1, 1),
          "expected YAML front matter: a first line \"---\", then title and date,"
              + " then a closing \"---\"");
      return null;
    }
    int close = normalized.indexOf("\n---\n", 3);
    if (close < 0 && normalized.endsWith("\n---")) {
      close = normalized.length() - 4;
    }
    if (close < 0) {
      problems.add(
          new Source(shown, 1, 1), "front matter is not closed: expected a line \"---\" after it");
      return null;
    }
    String yaml = normalized.substring(4, close + 1);
    int bodyStart = Math.min(normalized.length(), close + 5);
    int bodyLine =
        1 + (int) normalized.substring(0, bodyStart).chars().filter(c -> c == '\n').count();
    String body = normalized.substring(bodyStart);
    Optional<Source> tooDeep = MarkdownNesting.tooDeep(shown, body, bodyLine);
    tooDeep.ifPresent(
        at ->
            problems.add(
                at,
                "Markdown nested more than "
                    + InputLimits.MAX_MARKDOWN_NESTING
                    + " levels deep (block quotes, lists or emphasis); evalpress renders reports nested at most that deep"));
    Optional<Source> tooLong =
        tooDeep.isPresent() ? Optional.empty() : LongParagraphs.first(shown, body, bodyLine);
    tooLong.ifPresent(
        at ->
            problems.add(
                at,
                "a paragraph of more than "
                    + InputLimits.MAX_PARAGRAPH_LINES
                    + " lines without a blank line (text, a table or link reference definitions);"
                    + " expected at most "
                    + InputLimits.MAX_PARAGRAPH_LINES
                    + ": Flexmark's time grows with the square of a paragraph's lines, so split it"
                    + " with blank lines"));
    boolean unparsable = tooDeep.isPresent() || tooLong.isPresent();
    if (yaml.isBlank()) {
      problems.add(
          new Source(shown, 1, 1), "front matter is empty: expected at least a title and a date");
      if (!unparsable) {
        broken.add(
            new ReportBody(
                shown, body, bodyLine, ReportSpecReader.read(shown, body, bodyLine, problems)));
      }
      return null;
    }
    FrontMatter fm =
        LocatedJson.parseYaml(shown, yaml, 2, problems)
            .map(doc -> JsonObject.root(doc, problems))
            .map(ContentLoader::readFrontMatter)
            .orElse(null);
    if (fm == null || unparsable) {
      // a body nested too deep or with too long a paragraph is not parsed at all, not even to check
      // its directives
      if (!unparsable) {
        broken.add(
            new ReportBody(
                shown, body, bodyLine, ReportSpecReader.read(shown, body, bodyLine, problems)));
      }
      return null;
    }
    // a draft is not built, so its directives are not read (nor checked)
    ReportSpecs specs =
        fm.draft() ? ReportSpecs.NONE : ReportSpecReader.read(shown, body, bodyLine, problems);
    return new Report(slug, fm, body, bodyLine, new Source(shown, 1, 1), specs);
  }

  private static FrontMatter readFrontMatter(JsonObject fm) {
    fm.allowOnly(FIELDS);
    String title = fm.requireText("title");
    LocalDate date = fm.requireDate("date");
    List<String> authors = fm.strings("authors");
    List<String> tags = fm.strings("tags");
    boolean draft = fm.bool("draft").orElse(false);
    if (fm.failed()) {
      return null;
    }
    return new FrontMatter(title, date, authors, fm.text("summary"), tags, draft);
  }

  private static String readUtf8(Path file, String shown, Problems problems) {
    try {
      return Utf8.decode(shown, LimitedFiles.read(file, InputLimits.MAX_TEXT_FILE_BYTES), problems)
          .orElse(null);
    } catch (IOException e) {
      problems.add(Source.file(shown), "cannot read: " + IoFailure.describe(e));
      return null;
    }
  }
}
