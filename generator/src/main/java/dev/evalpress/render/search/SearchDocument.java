package dev.evalpress.render.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One search result as the index holds it. Short JSON names keep the index small: it grows with the
 * number of pages, and every page may load it.
 *
 * @param kind what the result is ({@code Report}, {@code Eval}, {@code Model}, {@code Training
 *     run}), shown
 * @param title shown as the result's link text, and searched first
 * @param id the eval's, model's or run's id, or the report's slug; searched
 * @param meta a line shown under the title (category, family, date, authors); searched
 * @param text the words of a report's summary and body, each once, searched but not shown; empty
 *     for the rest
 * @param url the page, relative to the site root
 */
@JsonPropertyOrder({"k", "t", "i", "m", "x", "u"})
public record SearchDocument(
    @JsonProperty("k") String kind,
    @JsonProperty("t") String title,
    @JsonProperty("i") String id,
    @JsonProperty("m") String meta,
    @JsonProperty("x") String text,
    @JsonProperty("u") String url) {}
