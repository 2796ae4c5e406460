package dev.evalpress.located;

import java.util.Locale;

/**
 * The limits on every read of untrusted input, in one place. Each is checked while the input is
 * read, before it is held whole, and a breach is a problem at its {@code path:line:column} that
 * names the limit, never an {@link OutOfMemoryError} or {@link StackOverflowError}. They are far
 * above what real results and reports need, and low enough that a hostile file is refused long
 * before it exhausts a 256 MB heap or a thread's stack. README's guarantees list them with these
 * defaults.
 */
public final class InputLimits {

  /** A JSON document read whole (a result file, an Inspect log, a zip entry): 1 GiB. */
  public static final long MAX_JSON_DOCUMENT_BYTES = 1L << 30;

  /**
   * One JSON string value: 50 million characters (Inspect and lm-eval transcripts are far shorter).
   */
  public static final int MAX_STRING_CHARS = 50_000_000;

  /** Nesting of JSON arrays and objects: 1,000 levels. */
  public static final int MAX_NESTING_DEPTH = 1000;

  /**
   * One line of a JSONL sample log (evalpress's and lm-eval's): 64 MiB, refused before it is
   * buffered whole, so that the line buffer stays well within a 256 MB heap.
   */
  public static final int MAX_JSONL_LINE_BYTES = 64 << 20;

  /**
   * One zip entry (of an Inspect {@code .eval} log) once inflated: 1 GiB, counted as it streams.
   */
  public static final long MAX_ZIP_ENTRY_BYTES = 1L << 30;

  /**
   * Inflated bytes per compressed byte of one zip entry: 100, checked once an entry has inflated
   * past {@link #ZIP_RATIO_EXEMPT_BYTES}, since small entries of repetitive text (a degenerate
   * output) may compress far better than that, harmlessly. JSON compresses 5 to 20 times; a zip
   * bomb about 1,000 times.
   */
  public static final int MAX_ZIP_RATIO = 100;

  /** How far an entry may inflate before {@link #MAX_ZIP_RATIO} applies: 8 MiB. */
  public static final long ZIP_RATIO_EXEMPT_BYTES = 8L << 20;

  /** Nesting of Markdown block quotes, lists and emphasis in a report: 64 levels. */
  public static final int MAX_MARKDOWN_NESTING = 64;

  /**
   * Lines of one Markdown paragraph (or table), from its first line to the next blank line:
   * Flexmark rereads a paragraph's lines at each new line, so its time grows with their square (a
   * paragraph of 50,000 link reference definitions took 105 s). At this cap a 1 MB report body
   * parses in seconds whatever its shape.
   */
  public static final int MAX_PARAGRAPH_LINES = 1000;

  /**
   * Characters that Inspect {@code attachment://} references may expand to in one sample: 64 Mi. An
   * attachment is stored once but may be referred to by every message, so its expansion, not the
   * file, is what is bounded.
   */
  public static final long MAX_ATTACHMENT_CHARS_PER_SAMPLE = 64L << 20;

  /** A report ({@code content/*.md}) or {@code evalpress.yaml}: 16 MiB, read no further. */
  public static final long MAX_TEXT_FILE_BYTES = 16L << 20;

  private InputLimits() {}

  /** A number of bytes as people write it: "1 GiB", "128 MiB", "8 MiB", or the plain count. */
  public static String bytes(long n) {
    if (n >= 1L << 30 && n % (1L << 30) == 0) {
      return (n >> 30) + " GiB";
    }
    if (n >= 1L << 20 && n % (1L << 20) == 0) {
      return (n >> 20) + " MiB";
    }
    return String.format(Locale.ROOT, "%,d bytes", n);
  }

  /** A count with thousands separators, whatever the locale: "50,000,000". */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
