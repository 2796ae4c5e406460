/**
 * Pages: view records holding exactly the text each template shows, the builders that make them
 * from the analysis ({@code IndexPage}, {@code ReportPage}, {@code ModelPage}, {@code EvalPage},
 * {@code RunPage}, and the index pages the header links to: {@code EvalIndexPage}, {@code
 * ModelIndexPage}, {@code RunIndexPage}), and the Thymeleaf {@link
 * dev.evalpress.render.page.TemplateRenderer}. Templates compute nothing. The compare page ({@code
 * ComparePage}) is the one place where numbers are computed after the build, by its script in the
 * browser, from the counts {@code CompareData} writes for it.
 */
package dev.evalpress.render.page;
