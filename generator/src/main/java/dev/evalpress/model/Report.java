package dev.evalpress.model;

/**
 * A report as written: its slug (from its path under {@code content/}), front matter, Markdown
 * body, and the directives read from the body. {@code bodyLine} is the 1-based line of the file
 * where the body starts, so errors inside the body can name the line of the file.
 */
public record Report(
    String slug,
    FrontMatter frontMatter,
    String body,
    int bodyLine,
    Source source,
    ReportSpecs specs) {}
