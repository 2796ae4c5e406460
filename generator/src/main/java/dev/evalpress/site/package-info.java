/**
 * The write stage and the build pipeline: {@link dev.evalpress.site.SiteBuild} runs load → analyse →
 * render → write; {@link dev.evalpress.site.SiteWriter} writes the pages, figure files and assets into a
 * fresh folder and swaps it in only when complete.
 */
package dev.evalpress.site;
