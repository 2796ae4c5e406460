/**
 * Markdown to HTML behind a small interface of ours ({@link
 * dev.evalpress.render.markdown.MarkdownRenderer}), so the Markdown library can be replaced without
 * touching the rest of evalpress. The dialect's syntax is {@code dev.evalpress.markdown}'s; this
 * package writes HTML. Directives — fenced {@code chart}/{@code table} blocks and inline {@code
 * {{…}}} references, already read in load and resolved in analyse — are handed to a {@link
 * dev.evalpress.render.markdown.DirectiveHandler}, which returns their HTML.
 *
 * <p>Raw HTML in a report goes through {@code AuthorHtml}: each tag is parsed by jsoup and written
 * again if jsoup's {@code Safelist} of ours allows its element, with only the allowed attributes;
 * anything else is dropped, and stray text {@code <} is escaped. Attributes of elements written
 * from Markdown (the attributes extension's {@code {…}} among them) go through {@code
 * AllowedAttributes}, an allowlist of names. URLs in both must pass {@code SafeUrls}: relative,
 * {@code #anchor}, {@code http}, {@code https} or {@code mailto}. The markup evalpress writes
 * itself, directives' HTML among it, is not filtered.
 */
package dev.evalpress.render.markdown;
