package dev.evalpress.render.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SitePathsTest {

  @Test
  void linksAreRelativeAndNameIndexHtml() {
    assertThat(SitePaths.relative("index.html", SitePaths.model("opus-4")))
        .isEqualTo("models/opus-4/index.html");
    assertThat(SitePaths.relative(SitePaths.model("opus-4"), SitePaths.model("sonnet-4")))
        .isEqualTo("../sonnet-4/index.html");
    assertThat(SitePaths.relative(SitePaths.eval("am/blackmail"), SitePaths.STYLE))
        .isEqualTo("../../../assets/style.css");
    assertThat(SitePaths.relative(SitePaths.report("a"), SitePaths.eval("am/blackmail")))
        .isEqualTo("../../evals/am/blackmail/index.html");
    assertThat(SitePaths.relative(SitePaths.eval("am/x"), SitePaths.eval("am/y")))
        .isEqualTo("../y/index.html");
  }
}
