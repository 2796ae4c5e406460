package dev.evalpress.render.markdown;

/** A heading of the rendered document, with the anchor id it was given. */
public record Heading(int level, String id, String text) {}
