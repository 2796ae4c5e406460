/**
 * The Flexmark-based implementation of {@link dev.evalpress.render.markdown.MarkdownRenderer}; not API.
 *
 * <p>Raw HTML in a report goes through {@code AuthorHtml}: each tag is parsed by jsoup and written again if
 * jsoup's {@code Safelist} of ours allows its element, with only the allowed attributes; anything else is
 * dropped, and stray text {@code <} is escaped. Attributes of elements written from Markdown (the attributes
 * extension's {@code {…}} among them) go through {@code AllowedAttributes}, an allowlist of names. URLs in both
 * must pass {@code SafeUrls}: relative, {@code #anchor}, {@code http}, {@code https} or {@code mailto}.
 */
package dev.evalpress.render.markdown.internal;
