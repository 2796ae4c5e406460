package dev.evalpress.model;

/**
 * The Markdown body of a report whose front matter has problems, so it cannot be built; its
 * directives are still read and checked, so that one run reports the body's problems with the front
 * matter's. {@code bodyLine} is the 1-based line of the file where the body starts.
 */
public record ReportBody(String path, String body, int bodyLine, ReportSpecs specs) {}
