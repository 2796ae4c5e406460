package dev.evalpress.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SafeUrlsTest {

  @Test
  void urlsAreReadAsABrowserReadsThem() {
    assertThat(
            List.of(
                "https://example.org/",
                "HTTP://x",
                "&#x20;https://x",
                "mailto:a@b",
                "../a.html#x:y",
                "a/b:c",
                "?q=a&b=c:d",
                "#top",
                "",
                "page.html"))
        .allMatch(SafeUrls::isSafe);
    assertThat(
            List.of(
                "javascript:x",
                "JaVaScRiPt:x",
                "jav&#x61;script:x",
                "javascript&colon;x",
                "&#x6A;avascript:x",
                "&#x20;javascript:x",
                "\u0001 java\nscript:x",
                "java&#x09;script:x",
                "java&Tab;script:x",
                "javascript&#58x",
                "&#0000000106;avascript:x",
                "data:text/html,x",
                "vbscript:x"))
        .noneMatch(SafeUrls::isSafe);
  }
}
