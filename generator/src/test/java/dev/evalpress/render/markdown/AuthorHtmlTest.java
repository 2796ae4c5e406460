package dev.evalpress.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

class AuthorHtmlTest {

  private static String clean(String html) {
    Deque<String> open = new ArrayDeque<>();
    return AuthorHtml.clean(html, open) + AuthorHtml.close(open);
  }

  @Test
  void allowedTagsAreWrittenAgainWithAllowedAttributesOnly() {
    assertThat(clean("<A HREF='https://x/' onclick=\"a()\" class=c id=i Title=\"t &amp; u\">x</A>"))
        .isEqualTo("<a href=\"https://x/\" title=\"t &amp; u\">x</a>");
    assertThat(clean("<img src=figure.png alt=\"A &quot;b&quot;\" style=\"x\" srcset=\"a 1x\"/>"))
        .isEqualTo("<img src=\"figure.png\" alt=\"A &quot;b&quot;\">");
    assertThat(clean("<td colspan=2>1</td>")).isEqualTo("<td colspan=\"2\">1</td>");
  }

  @Test
  void schemesAreReadAsABrowserReadsThem() {
    for (String url :
        new String[] {
          "jav&#x61;script:x",
          "&#106;avascript:x",
          "java&#x09;script:x",
          " &#x20;javascript:x",
          "javascript&colon;x",
          "data:text/html,x",
          "vbscript:x",
          "JAVASCRIPT:x"
        }) {
      assertThat(clean("<a href=\"" + url + "\">a</a>")).as(url).isEqualTo("<a>a</a>");
    }
    assertThat(clean("<a href=\"#top\">a</a><a href=\"mailto:a@b\">m</a><a href=\"../x/#y\">r</a>"))
        .isEqualTo("<a href=\"#top\">a</a><a href=\"mailto:a@b\">m</a><a href=\"../x/#y\">r</a>");
    assertThat(clean("<img src=\"mailto:a@b\"><img src=\"data:image/png,x\">"))
        .isEqualTo("<img><img>");
  }

  @Test
  void otherMarkupIsDropped() {
    assertThat(
            clean(
                "<script>alert(1)</script>a<style>p{}</style>b<!-- c --><?x?><![CDATA[d]]><!DOCTYPE html>"))
        .isEqualTo("ab");
    assertThat(clean("<svg><animate onbegin=\"a()\"/></svg><math><mtext>t</mtext></math>"))
        .isEqualTo("t");
    assertThat(
            clean(
                "<iframe srcdoc=\"x\">in</iframe><object data=x></object><embed src=x><base href=x>"
                    + "<link rel=import href=x><meta http-equiv=refresh content=0><form action=x><button formaction=x>b"))
        .isEqualTo("b");
  }

  @Test
  void aLessThanThatStartsNoTagIsText() {
    assertThat(clean("1 < 2 <a href=x onclick=f(a=b)>y"))
        .isEqualTo("1 &lt; 2 &lt;a href=x onclick=f(a=b)>y");
    assertThat(clean("<p title=\"a<b\">x</p>")).isEqualTo("&lt;p title=\"a&lt;b\">x");
  }

  @Test
  void endTagsCloseOnlyWhatTheAuthorOpened() {
    assertThat(clean("</div></article><b>x</p></b>")).isEqualTo("<b>x</b>");
    assertThat(clean("<details><summary>s</summary><p>x"))
        .isEqualTo("<details><summary>s</summary><p>x</p></details>");
    assertThat(clean("<ul><li>a<li>b</ul>")).isEqualTo("<ul><li>a<li>b</li></li></ul>");
  }
}
