package dev.evalpress.render.page;

/** A link as a template shows it: its text and a relative href. */
public record Link(String text, String href) {}
