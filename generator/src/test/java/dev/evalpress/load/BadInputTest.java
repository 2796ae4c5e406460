package dev.evalpress.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.model.Site;
import dev.evalpress.problem.Problem;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the bad-input corpus: each folder under {@code src/test/resources/bad-input/} is a small
 * site root with one kind of problem, and its {@code expected.txt} holds the exact problem lines
 * the loader must report, in the order {@link Problems#list()} gives them (an empty file means "no
 * problems").
 */
class BadInputTest {

  private static final Path CORPUS = Path.of("src/test/resources/bad-input");

  static List<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedProblems(String name) throws IOException {
    Path dir = CORPUS.resolve(name);
    List<String> expected =
        Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
            .filter(line -> !line.isBlank())
            .toList();

    assertThat(problemLines(dir))
        .as("problems of case %s", name)
        .containsExactlyElementsOf(expected);
  }

  @Test
  void corpusIsNotEmptyAndEveryCaseHasExpectations() throws IOException {
    assertThat(cases())
        .hasSizeGreaterThanOrEqualTo(30)
        .allSatisfy(
            name -> assertThat(CORPUS.resolve(name).resolve("expected.txt")).isRegularFile());
  }

  @Test
  void reportsEveryProblemOfARunNotJustTheFirst() {
    Problems problems = new Problems();
    SiteLoader.load(CORPUS.resolve("two-problems-in-two-files"), 1, problems);

    assertThat(problems.list())
        .extracting(p -> p.source().path())
        .containsExactly("results/evals/blackmail-alpha-1.json", "results/models.json");
  }

  @Test
  void byteOrderMarkBeforeJsonAndFrontMatterLoadsFine() {
    Problems problems = new Problems();
    Site site =
        SiteLoader.load(Path.of("src/test/resources/good-input/byte-order-mark"), 1, problems)
            .site();

    assertThat(problems.list()).isEmpty();
    assertThat(site.results().models()).extracting(m -> m.id()).containsExactly("alpha-1");
    assertThat(site.reports())
        .extracting(r -> r.frontMatter().title())
        .containsExactly("With a byte-order mark");
  }

  private static List<String> problemLines(Path root) {
    Problems problems = new Problems();
    SiteLoader.load(root, 1, problems);
    return problems.list().stream().map(Problem::toString).toList();
  }
}
