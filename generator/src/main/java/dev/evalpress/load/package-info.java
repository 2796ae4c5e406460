/**
 * The first stage: reads the settings, {@code results/} (JSON, other frameworks' files, sample
 * logs) and {@code content/} (Markdown with YAML front matter) into the immutable {@link
 * dev.evalpress.model} records, reporting every problem with its place. Sample logs are folded into
 * the results here, so the results that leave this stage are complete and the settings are checked
 * once against them. Reports' directives are read in {@code load.report}. Nothing here knows about
 * statistics or rendering. Entry point: {@link dev.evalpress.load.SiteLoader}.
 */
package dev.evalpress.load;
