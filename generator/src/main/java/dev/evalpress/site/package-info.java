/**
 * The write stage: {@link dev.evalpress.site.SiteWriter} writes the rendered pages, figure files
 * and assets into a fresh folder and swaps it in only when complete; {@link
 * dev.evalpress.site.OutputPaths} checks that no two pages claim one path.
 */
package dev.evalpress.site;
