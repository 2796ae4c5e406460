package dev.evalpress.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.build.BuildResult;
import dev.evalpress.build.SiteBuild;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProseCorpusTest {

  @Test
  void writesTheSameBytesEveryTimeAndAReportDoesNotDependOnTheCorpusSize(@TempDir Path dir)
      throws Exception {
    ProseCorpus.write(dir.resolve("a"), 3);
    ProseCorpus.write(dir.resolve("b"), 5);
    for (int i = 0; i < 3; i++) {
      String name = ProseCorpus.fileName(i);
      assertThat(dir.resolve("b/content").resolve(name))
          .hasSameBinaryContentAs(dir.resolve("a/content").resolve(name));
    }
    assertThat(ProseCorpus.report(1)).isNotEqualTo(ProseCorpus.report(2));
  }

  @Test
  void reportsAreTheSizeOfABlogPostWithEveryConstructTheBenchmarkNeeds() {
    for (int i = 0; i < 200; i++) {
      String md = ProseCorpus.report(i);
      assertThat(md.length()).as("report %d", i).isBetween(5_000, 8_500);
      assertThat(md)
          .startsWith("---\ntitle: ")
          .contains("\n## ", "\n| Model | Condition |", "\n- ", "\n```", "[^1]", "\n[^1]: ")
          .doesNotContain("{{", "{#");
    }
  }

  @Test
  void evalpressBuildsOnePagePerReportWithTablesAndFootnotes(@TempDir Path dir) throws Exception {
    ProseCorpus.write(dir.resolve("root"), 12);
    BuildResult built = new SiteBuild(dir.resolve("root")).build(dir.resolve("site"));
    assertThat(built.notes()).isEmpty();
    assertThat(built.warnings()).isEmpty();
    assertThat(HugoSite.reportPages(dir.resolve("site"))).isEqualTo(12);
    Document page =
        Jsoup.parse(dir.resolve("site/reports/report-00003/index.html").toFile(), "UTF-8");
    assertThat(page.select("article table, main table")).isNotEmpty();
    assertThat(page.select("pre code")).isNotEmpty();
    assertThat(page.select("h2")).hasSizeGreaterThanOrEqualTo(4);
    assertThat(page.text()).doesNotContain("[^1]");
  }

  @Test
  void theHugoSiteHoldsTheSameMarkdownAndAPlainTheme(@TempDir Path dir) throws Exception {
    ProseCorpus.write(dir.resolve("root"), 4);
    Path hugo = dir.resolve("hugo");
    HugoSite.write(hugo, dir.resolve("root/content"));
    for (int i = 0; i < 4; i++) {
      String name = ProseCorpus.fileName(i);
      assertThat(hugo.resolve("content/reports").resolve(name))
          .hasSameBinaryContentAs(dir.resolve("root/content").resolve(name));
    }
    assertThat(hugo.resolve("hugo.toml")).content().contains("footnote = true", "table = true");
    for (String layout : List.of("baseof.html", "single.html", "list.html")) {
      assertThat(hugo.resolve("layouts/_default").resolve(layout)).isRegularFile();
    }
  }

  @Test
  void hugoRendersOnePagePerReportWhenInstalled(@TempDir Path dir) throws Exception {
    Path hugoProgram = Path.of("/usr/bin/hugo");
    Assumptions.assumeTrue(Files.isExecutable(hugoProgram), "hugo is not installed");
    ProseCorpus.write(dir.resolve("root"), 3);
    Path hugo = dir.resolve("hugo");
    HugoSite.write(hugo, dir.resolve("root/content"));
    Process p =
        new ProcessBuilder(hugoProgram.toString(), "--quiet")
            .directory(hugo.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(HugoSite.reportPages(hugo.resolve("public"))).isEqualTo(3);
    Document page =
        Jsoup.parse(hugo.resolve("public/reports/report-00001/index.html").toFile(), "UTF-8");
    assertThat(page.select("h1").text()).endsWith("part 2");
    assertThat(page.select("table")).isNotEmpty();
    assertThat(page.select(".footnotes li")).isNotEmpty();
  }
}
