package dev.evalpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.problem.Problem;
import dev.evalpress.problem.Problems;
import dev.evalpress.render.figure.Figure;
import dev.evalpress.render.page.RenderedPage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputPathsTest {

  private static List<String> problems(List<RenderedPage> pages) {
    Problems problems = new Problems();
    OutputPaths.check(pages, List.of("assets/style.css"), problems);
    return problems.list().stream().map(Problem::toString).toList();
  }

  private static RenderedPage page(String path, Figure... figures) {
    return new RenderedPage(path, "<html></html>", List.of(figures));
  }

  @Test
  void distinctPathsPass() {
    assertThat(
            problems(
                List.of(
                    page("index.html"),
                    page("evals/a/b/index.html"),
                    page(
                        "evals/a/index.html",
                        new Figure("trend", "Figure 1", "", "", "<svg/>", "x", 10)))))
        .isEmpty();
  }

  @Test
  void pathsThatDifferOnlyInCaseAreRefused() {
    assertThat(problems(List.of(page("models/gpt-4/index.html"), page("models/GPT-4/index.html"))))
        .containsExactly(
            "(site) models/GPT-4/index.html:0:0: two files of the site would be written to"
                + " models/gpt-4/index.html and models/GPT-4/index.html, which differ only in case; rename one of the"
                + " inputs they come from");
  }

  @Test
  void theSamePathTwiceIsRefused() {
    assertThat(problems(List.of(page("evals/a/index.html"), page("evals/a/index.html"))))
        .hasSize(1);
  }

  @Test
  void aFigureThatCollidesWithAPageIsRefused() {
    Figure figure = new Figure("index", "Figure 1", "", "", "<svg/>", "x", 10);
    assertThat(problems(List.of(page("runs/r/index.html"), page("runs/r/other.html", figure))))
        .isEmpty();
    assertThat(problems(List.of(page("runs/r/index.svg"), page("runs/r/index.html", figure))))
        .hasSize(1);
  }

  @Test
  void aFileThatIsAlsoAFolderIsRefused() {
    assertThat(problems(List.of(page("evals/a"), page("evals/a/index.html"))))
        .containsExactly(
            "(site) evals/a:0:0: evals/a would be both a file and the folder of evals/a/index.html;"
                + " rename one of the inputs they come from");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../index.html",
        "/etc/index.html",
        "evals/../../x.html",
        "evals/./x.html",
        "evals//x.html",
        "evals\\..\\x.html",
        "models/con/index.html",
        "models/NUL.txt/index.html",
        "models/a./index.html",
        "models/a b/index.html",
        "models/a\u0000/index.html",
        "C:/x.html"
      })
  void pathsThatLeaveTheFolderOrAreNotPortableAreRefused(String path) {
    assertThat(problems(List.of(page(path))))
        .singleElement()
        .asString()
        .contains("would be written outside its folder or under a name that is not portable");
  }
}
