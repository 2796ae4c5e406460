/**
 * Write-side exports of results, as opposed to the site: {@link
 * dev.evalpress.export.V1ResultWriter} writes results read from other frameworks as evalpress v1
 * files ({@code evalpress import}); release exports will join it. Reads only model records, and
 * reports through {@code problem}.
 */
package dev.evalpress.export;
