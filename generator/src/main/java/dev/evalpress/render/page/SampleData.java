package dev.evalpress.render.page;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.evalpress.model.Message;
import dev.evalpress.render.format.ScriptJson;
import java.util.ArrayList;
import java.util.List;

/**
 * The data file of one eval × owner's transcripts ({@code samples.js} beside its list pages): every
 * published sample's number, id, condition, verdict, degeneration, the start of its output, and its
 * text to search, so the list's filter and search act on all of them, not only on the page of 50
 * shown. The text is what the sample's page shows (the samples settings' redactions applied, and
 * redacted fields left out, not even their {@code [redacted]} mark), up to {@link #MAX_TEXT}
 * characters.
 */
final class SampleData {

  /** The global the file assigns; the list's filter script reads it. */
  static final String GLOBAL = "evalpressSamples";

  static final String FILE = "samples.js";

  /**
   * A sample's searchable text is cut here: a transcript's start says what it is about, and the
   * file stays small.
   */
  static final int MAX_TEXT = 10_000;

  /**
   * The list shows this much of an output, as the template's {@code #strings.abbreviate(…, 140)}
   * does.
   */
  static final int PREVIEW = 140;

  /** One sample; short JSON names, as the file holds up to a few hundred of them. */
  @JsonPropertyOrder({"n", "id", "c", "v", "w", "a", "d", "p", "x"})
  record Entry(
      @JsonProperty("n") int number,
      @JsonProperty("id") String id,
      @JsonProperty("c") String condition,
      @JsonProperty("v") String verdict,
      @JsonProperty("w") String verdictWord,
      @JsonProperty("a") boolean alarm,
      @JsonProperty("d") String degenerate,
      @JsonProperty("p") String preview,
      @JsonProperty("x") String text) {}

  private SampleData() {}

  /** The file's path for an eval × owner; {@code owner} is {@code models/ID} or {@code runs/ID}. */
  static String path(String evalId, String owner) {
    return SamplePages.folder(evalId, owner) + FILE;
  }

  /** The file's content: {@code views} in publishing order, numbered from 1. */
  static String script(List<SampleView> views) {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < views.size(); i++) {
      SampleView s = views.get(i);
      entries.add(
          new Entry(
              i + 1,
              s.id(),
              s.condition(),
              s.filters().get("verdict"),
              s.verdict(),
              s.alarm(),
              s.filters().get("degenerate"),
              abbreviate(s.outputPreview()),
              text(s)));
    }
    return ScriptJson.assign(GLOBAL, java.util.Map.of("samples", entries));
  }

  /** What a reader can find on the sample's page, redacted fields left out. */
  private static String text(SampleView s) {
    StringBuilder text = new StringBuilder();
    for (Message m : s.input()) {
      add(text, m.content());
    }
    add(text, s.outputBefore() + s.outputLoop() + s.outputAfter());
    add(text, s.rationale());
    for (Fact f : s.metadata()) {
      add(text, f.value());
    }
    return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text.toString();
  }

  private static void add(StringBuilder text, String part) {
    if (part.isEmpty() || part.equals(SampleView.REDACTED) || text.length() >= MAX_TEXT) {
      return;
    }
    if (text.length() > 0) {
      text.append('\n');
    }
    text.append(part);
  }

  private static String abbreviate(String s) {
    return s.length() > PREVIEW ? s.substring(0, PREVIEW - 3) + "..." : s;
  }
}
