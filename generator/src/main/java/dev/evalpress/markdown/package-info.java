/**
 * The Markdown dialect of reports, as syntax: Flexmark's options ({@link
 * dev.evalpress.markdown.MarkdownDialect}), the {@code {{…}}} reference node and parser, and where
 * directive blocks and references are in a parsed body ({@link
 * dev.evalpress.markdown.DirectiveNodes}). Below load and render, which both parse reports with it
 * (load to read directives into the model, render to write HTML); depends only on Flexmark.
 */
package dev.evalpress.markdown;
