/**
 * Single-file exports of a release summary (Markdown, JSON, self-contained HTML), built from the
 * same analysis and the same words as the site's pages. Strings from results are untrusted and are
 * escaped for each format here.
 */
package dev.evalpress.render.export;
