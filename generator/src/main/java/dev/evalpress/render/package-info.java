/**
 * The render stage: turns the analysis and the reports into pages. Subpackages: {@code format}
 * (numbers and CSV as text), {@code markdown} (report bodies), {@code chart} (SVG charts), {@code
 * figure} (numbered charts with their data), {@code directive} (data directives in reports, drawn
 * from what {@code analyse.report} resolved), {@code page} (Thymeleaf pages). Entry point: {@link
 * dev.evalpress.render.SiteRenderer}.
 */
package dev.evalpress.render;
