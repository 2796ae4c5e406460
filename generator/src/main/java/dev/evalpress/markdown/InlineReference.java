package dev.evalpress.markdown;

/**
 * The text between {@code {{} and {@code }}}, trimmed, with the file line and column of the opening
 * braces.
 */
public record InlineReference(String text, int line, int column) {}
