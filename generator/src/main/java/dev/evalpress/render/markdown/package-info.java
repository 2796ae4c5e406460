/**
 * Markdown to HTML behind a small interface of ours ({@link dev.evalpress.render.markdown.MarkdownRenderer}),
 * so the Markdown library can be replaced without touching the rest of evalpress. Directives — fenced
 * {@code chart}/{@code table} blocks and inline {@code {{…}}} references — are handed to a
 * {@link dev.evalpress.render.markdown.DirectiveHandler}, which returns their HTML. The author's raw HTML and
 * {@code {…}} attributes are kept by allowlist (elements, attributes and URL schemes listed, everything else
 * dropped); the markup evalpress writes itself, directives' HTML among it, is not filtered.
 */
package dev.evalpress.render.markdown;
