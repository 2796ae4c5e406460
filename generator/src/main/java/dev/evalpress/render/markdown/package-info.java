/**
 * Markdown to HTML behind a small interface of ours ({@link dev.evalpress.render.markdown.MarkdownRenderer}),
 * so the Markdown library can be replaced without touching the rest of evalpress. Directives — fenced
 * {@code chart}/{@code table} blocks and inline {@code {{…}}} references — are handed to a
 * {@link dev.evalpress.render.markdown.DirectiveHandler}, which returns their HTML.
 */
package dev.evalpress.render.markdown;
