package dev.evalpress.site;

/** What a build did: pages rendered and files written (0 for {@code check}). */
public record BuildResult(int pages, int files) {}
