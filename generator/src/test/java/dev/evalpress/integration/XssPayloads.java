package dev.evalpress.integration;

import java.util.List;

/**
 * Hostile strings for every context a result string can land in: HTML text and attributes, URLs,
 * SVG text, JSON in a page, CSV cells, Markdown and the report's own {@code {{…}}} syntax.
 *
 * <p>Every payload that a browser could run calls {@link #SCRIPT}, which logs {@link #MARKER} to
 * the console and sets the document title to it. The script builds the marker from character codes,
 * so the marker never appears in the payload's own text: a page that shows a payload as text does
 * not contain it, and a page where a payload ran does. The script has no spaces, quotes, slashes or
 * underscores, so it survives in unquoted attributes and in file and folder names (which importers
 * turn into display names).
 */
final class XssPayloads {

  /** What a payload that ran writes to the console and the title. */
  static final String MARKER = "xssran";

  /** The script each payload would run. */
  static final String SCRIPT =
      "console.log(document.title=String.fromCharCode(120,115,115,114,97,110))";

  private XssPayloads() {}

  /** The corpus, each entry a string that might reach a page. */
  static List<String> all() {
    String s = SCRIPT;
    return List.of(
        // markup in HTML text
        "<script>" + s + "</script>",
        "<img src=x onerror=" + s + ">",
        "<svg onload=" + s + ">",
        "<svg><script>" + s + "</script></svg>",
        "<iframe srcdoc=\"<script>" + s + "</script>\"></iframe>",
        "<details open ontoggle=" + s + ">",
        "<body onload=" + s + ">",
        "<input autofocus onfocus=" + s + ">",
        "<video><source onerror=" + s + "></video>",
        "<math><mtext><table><mglyph><style><img src=x onerror=\"" + s + "\">",
        // breaking out of attributes, double- and single-quoted
        "\"><script>" + s + "</script>",
        "'><img src=x onerror=" + s + ">",
        "\" onfocus=\"" + s + "\" autofocus x=\"",
        "' onmouseover='" + s + "' x='",
        // breaking out of elements whose content the parser treats specially
        "</textarea><script>" + s + "</script>",
        "</title><script>" + s + "</script>",
        "</style><script>" + s + "</script>",
        "</script><script>" + s + "</script>",
        "--><script>" + s + "</script><!--",
        // URLs
        "javascript:" + s,
        "<a href=javascript:" + s + ">link</a>",
        "<iframe src=javascript:" + s + "></iframe>",
        "<meta http-equiv=refresh content=\"0;url=javascript:" + s + "\">",
        "<base href=\"javascript:" + s + "//\">",
        // SVG and XML
        "]]><script>" + s + "</script><![CDATA[",
        "<?xml-stylesheet href=\"javascript:" + s + "\"?>",
        "&lt;script&gt;" + s + "&lt;/script&gt;",
        // Markdown and the report's own syntax: must stay text
        "[x](javascript:" + s + ")",
        "![x](javascript:" + s + ")",
        "<javascript:" + s + ">",
        "{{rate am/hostile m-1}}",
        "```chart\ntype: bar\neval: am/hostile\n```",
        "[[${7*7}]] [(${7*7})] __${7*7}__",
        // JSON inside a page
        "\"}</script><script>" + s + "</script>",
        "{\"a\": \"</script><script>" + s + "</script>\"}",
        // spreadsheet formulas
        "=HYPERLINK(\"https://example.invalid\",\"x\")",
        "+1+1",
        "-2+3",
        "@SUM(1+1)",
        "\t=1+1",
        // unicode: look-alike brackets, a NUL in a tag name, bidi overrides, line separators
        "\uFF1Cscript\uFF1E" + s + "\uFF1C/script\uFF1E",
        "<scr\u0000ipt>" + s + "</scr\u0000ipt>",
        "\u202Egnp.exe\u202C<img src=x onerror=" + s + ">",
        "a\u2028b\u2029<img src=x onerror=" + s + ">",
        "java\u200Bscript:" + s);
  }

  /**
   * Raw HTML an author might quote in a report, chosen to get past a blocklist: elements that run
   * script without {@code <script>} or an {@code on} attribute a list might miss ({@code
   * <svg><animate onbegin>}), parser tricks ({@code <math>}, {@code <noscript>}), URLs in
   * attributes a list might miss ({@code formaction}, {@code data}, {@code srcdoc}, {@code <meta>}
   * and {@code <base>}), schemes spelt with character references, tabs and spaces, {@code data:}
   * URLs, {@code style} and {@code <link rel=import>}.
   */
  static List<String> rawHtml() {
    String s = SCRIPT;
    return List.of(
        "<svg><animate onbegin=\"" + s + "\" attributeName=x dur=1s></svg>",
        "<svg><set onbegin=\"" + s + "\" attributeName=x to=1></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=\"" + s + "\">",
        "<math><mtext><table><mglyph><style><!--</style><img title=\"--&gt;&lt;img src=1 onerror="
            + s
            + "&gt;\">",
        "<noscript><p title=\"</noscript><img src=x onerror=" + s + ">\"></noscript>",
        "<form action=\"javascript:"
            + s
            + "\"><input type=submit formaction=\"javascript:"
            + s
            + "\"></form>",
        "<button formaction=\"javascript:" + s + "\">go</button>",
        "<meta http-equiv=refresh content=\"0;url=javascript:" + s + "\">",
        "<iframe srcdoc=\"&lt;script&gt;" + s + "&lt;/script&gt;\"></iframe>",
        "<object data=\"javascript:" + s + "\"></object>",
        "<embed src=\"javascript:" + s + "\">",
        "<a href=\"jav&#x61;script:" + s + "\">a</a>",
        "<a href=\"&#106;avascript:" + s + "\">b</a>",
        "<a href=\"java&#x09;script:" + s + "\">c</a>",
        "<a href=\" &#x20;javascript:" + s + "\">d</a>",
        "<a href=\"javascript&colon;" + s + "\">e</a>",
        "<a href=\"data:text/html,&lt;script&gt;" + s + "&lt;/script&gt;\">f</a>",
        "<img src=\"data:image/svg+xml,&lt;svg onload=" + s + "&gt;\" alt=g>",
        "<p style=\"background:url(javascript:" + s + ")\">styled</p>",
        "<base href=\"javascript:" + s + "//\">",
        "<link rel=import href=\"data:text/html,&lt;script&gt;" + s + "&lt;/script&gt;\">",
        "<a href=x onclick=\"" + s + "\">h</a>",
        "<details open ontoggle=\"" + s + "\"><summary>i</summary></details>",
        "<script>" + s + "</script>");
  }

  /**
   * Spreadsheet formulas that carry markup as well, for fields that reach CSV files (model names,
   * families, conditions, run titles): each tests the CSV and the HTML and SVG contexts at once.
   */
  static List<String> formulas() {
    String s = SCRIPT;
    return List.of(
        "=HYPERLINK(\"https://example.invalid\",\"x\")<img src=x onerror=" + s + ">",
        "+1+1\"><script>" + s + "</script>",
        "-2+3'><svg onload=" + s + ">",
        "@SUM(1+1)</title><script>" + s + "</script>",
        // leading whitespace that spreadsheets trim on import, then a formula
        " =HYPERLINK(\"https://example.invalid\",\"y\")<details open ontoggle=" + s + ">");
  }

  /** The i-th payload, cycling: gives each field of a fixture a different payload. */
  static String pick(int i) {
    List<String> all = all();
    return all.get(Math.floorMod(i, all.size()));
  }
}
