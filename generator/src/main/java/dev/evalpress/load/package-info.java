/**
 * The first stage: reads {@code results/} (JSON) and {@code content/} (Markdown with YAML front matter) into
 * the immutable {@link dev.evalpress.model} records, reporting every problem with its place; reports' directives
 * are read in {@code load.report}. Nothing here
 * knows about statistics or rendering. Entry point: {@link dev.evalpress.load.SiteLoader}.
 */
package dev.evalpress.load;
