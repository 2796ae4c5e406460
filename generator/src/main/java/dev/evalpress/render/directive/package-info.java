/**
 * Data directives in reports drawn as HTML: fenced {@code chart}, {@code table} and {@code sample}
 * blocks and inline {@code {{rate …}}} references, from what {@code analyse.report} resolved (load
 * read and checked their shape; analyse what they name). Nothing is checked or reported here: a
 * directive that did not resolve had its problem reported, and renders as a visible placeholder.
 */
package dev.evalpress.render.directive;
