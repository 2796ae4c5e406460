package dev.evalpress.render.page;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** The text a reader sees in a report's rendered body, which the search index holds. */
final class BodyText {

  private BodyText() {}

  static String of(String bodyHtml) {
    Element body = Jsoup.parseBodyFragment(bodyHtml).body();
    body.select("a.anchor").remove(); // the headings' "#" links
    return body.text();
  }
}
