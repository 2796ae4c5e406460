/** The Flexmark-based implementation of {@link dev.evalpress.render.markdown.MarkdownRenderer}; not API. */
package dev.evalpress.render.markdown.internal;
