package dev.evalpress.render.page;

import dev.evalpress.render.figure.Figure;
import java.util.Map;

/**
 * HTML pieces placed inside rendered Markdown: figures, tables, inline values and problem markers.
 */
public final class Fragments {

  private final TemplateRenderer templates;

  public Fragments(TemplateRenderer templates) {
    this.templates = templates;
  }

  public String figure(Figure figure) {
    return templates.fragment("fragments", "chart-figure", Map.of("figure", figure));
  }

  public String table(RateTableView table) {
    return templates.fragment("fragments", "rate-table", Map.of("table", table));
  }

  /** An embedded sample with its caption and a link to its page. */
  public String sample(SampleView sample, String caption) {
    return templates.fragment(
        "fragments", "embedded-sample", Map.of("sample", sample, "caption", caption));
  }

  public String inlineRate(String text) {
    return templates.fragment("fragments", "inline-rate", Map.of("text", text));
  }

  public String inlineProblem(String text) {
    return templates.fragment("fragments", "inline-problem", Map.of("text", text));
  }

  public String problem(String text) {
    return templates.fragment("fragments", "problem", Map.of("text", text));
  }
}
