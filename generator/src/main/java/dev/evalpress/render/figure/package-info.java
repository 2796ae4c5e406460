/**
 * Figures: a chart's data, drawn as SVG, with its CSV, alt text, number and caption. Used by report
 * directives and by the eval and run pages alike, so a chart looks and exports the same everywhere.
 */
package dev.evalpress.render.figure;
