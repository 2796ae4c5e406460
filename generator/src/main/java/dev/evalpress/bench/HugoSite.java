package dev.evalpress.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Writes a Hugo site holding the same reports as a {@link ProseCorpus}: the Markdown files byte for
 * byte (YAML front matter that Hugo reads as it is) under {@code content/reports/}, so their pages
 * land at {@code reports/<slug>/index.html} as evalpress's do, a {@code hugo.toml} and the layouts
 * of a plain blog theme (a base page, a single page with title, date, tags and content, a list).
 * GitHub tables and footnotes are on in Hugo's Goldmark by default; syntax highlighting of fenced
 * code is switched off because evalpress does not highlight either.
 */
public final class HugoSite {

  /** Where Hugo writes each report's page, relative to its output folder. */
  public static final String REPORTS = "reports";

  private static final String CONFIG =
      """
      baseURL = "https://example.org/"
      languageCode = "en"
      title = "Prose benchmark"

      [markup.highlight]
        codeFences = false

      [markup.goldmark.extensions]
        table = true
        footnote = true
      """;

  private static final String BASEOF =
      """
      <!DOCTYPE html>
      <html lang="{{ .Site.LanguageCode }}">
      <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ .Title }} · {{ .Site.Title }}</title>
      </head>
      <body>
        <header><a href="{{ .Site.BaseURL }}">{{ .Site.Title }}</a></header>
        <main>{{ block "main" . }}{{ end }}</main>
      </body>
      </html>
      """;

  private static final String SINGLE =
      """
      {{ define "main" }}
      <article>
        <h1>{{ .Title }}</h1>
        <p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>
        {{ with .Params.authors }} · {{ delimit . ", " }}{{ end }}</p>
        {{ with .Params.tags }}<ul class="tags">{{ range . }}<li><a href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a></li>{{ end }}</ul>{{ end }}
        {{ .Content }}
      </article>
      {{ end }}
      """;

  private static final String LIST =
      """
      {{ define "main" }}
      <h1>{{ .Title }}</h1>
      <ul>
      {{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>
      {{ end }}
      </ul>
      {{ end }}
      """;

  private HugoSite() {}

  /**
   * Writes the Hugo site into {@code hugoRoot} with a copy of every {@code .md} file directly in
   * {@code proseContent} (a {@link ProseCorpus}'s {@code content/}).
   */
  public static void write(Path hugoRoot, Path proseContent) throws IOException {
    Path reports = Files.createDirectories(hugoRoot.resolve("content").resolve(REPORTS));
    try (Stream<Path> files = Files.list(proseContent)) {
      for (Path md : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        Files.copy(md, reports.resolve(md.getFileName().toString()));
      }
    }
    Files.writeString(hugoRoot.resolve("hugo.toml"), CONFIG, StandardCharsets.UTF_8);
    Path layouts = Files.createDirectories(hugoRoot.resolve("layouts").resolve("_default"));
    Files.writeString(layouts.resolve("baseof.html"), BASEOF, StandardCharsets.UTF_8);
    Files.writeString(layouts.resolve("single.html"), SINGLE, StandardCharsets.UTF_8);
    Files.writeString(layouts.resolve("list.html"), LIST, StandardCharsets.UTF_8);
  }

  /**
   * The report pages under {@code reports/} of a built site (Hugo's {@code public/} or evalpress's
   * {@code site/}): folders holding an {@code index.html}.
   */
  public static long reportPages(Path output) throws IOException {
    Path reports = output.resolve(REPORTS);
    if (!Files.isDirectory(reports)) {
      return 0;
    }
    try (Stream<Path> folders = Files.list(reports)) {
      return folders.filter(f -> Files.isRegularFile(f.resolve("index.html"))).count();
    }
  }
}
