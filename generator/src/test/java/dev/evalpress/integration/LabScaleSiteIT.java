package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.bench.LabCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lab-scale site (200 evals × 33 versions, see {@link LabCorpus}) keeps every HTML page under 300
 * KB: pages grow with one dimension (an eval's versions and conditions, a model's evals), never
 * with evals × versions. Prints the page-size distribution that README.md's "How pages scale"
 * quotes.
 */
class LabScaleSiteIT {

  static final long BUDGET = 300 * 1024;

  @TempDir static Path dir;

  static BuiltSite site;

  @BeforeAll
  static void build() throws IOException {
    Path root = Files.createDirectories(dir.resolve("lab"));
    LabCorpus.write(root, 200, 33);
    site = BuiltSite.build(root, dir.resolve("site"));
  }

  @Test
  void noPageExceedsTheBudget() {
    Map<String, Long> sizes =
        site.htmlPages().stream().collect(Collectors.toMap(Function.identity(), this::size));
    List<Map.Entry<String, Long>> largest =
        sizes.entrySet().stream()
            .sorted(
                Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()))
            .toList();
    long total = sizes.values().stream().mapToLong(Long::longValue).sum();
    StringBuilder report =
        new StringBuilder(
            "LabScaleSiteIT: "
                + sizes.size()
                + " HTML pages, "
                + total / 1024
                + " KB in all; largest:\n");
    largest.stream()
        .limit(8)
        .forEach(
            e ->
                report.append(
                    String.format("  %7.1f KB  %s%n", e.getValue() / 1024.0, e.getKey())));
    for (String kind :
        List.of("index.html", "evals/index.html", "models/index.html", "runs/index.html")) {
      report.append(
          String.format("  %-18s %7.1f KB%n", kind, sizes.getOrDefault(kind, 0L) / 1024.0));
    }
    for (String prefix : List.of("evals/", "models/")) {
      List<Long> kind =
          sizes.entrySet().stream()
              .filter(e -> e.getKey().startsWith(prefix))
              .map(Map.Entry::getValue)
              .sorted()
              .toList();
      report.append(
          String.format(
              "  %-8s %d pages, median %.1f KB, max %.1f KB%n",
              prefix,
              kind.size(),
              kind.get(kind.size() / 2) / 1024.0,
              kind.get(kind.size() - 1) / 1024.0));
    }
    System.out.print(report);
    SiteChecks.linksResolve(site);
    assertThat(largest)
        .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isLessThanOrEqualTo(BUDGET));
  }

  @Test
  void indexPagesListEveryEvalAndModel() {
    Document evals = site.page("evals/index.html");
    assertThat(evals.select("table.eval-index tbody tr:not(.suite)")).hasSize(200);
    Document models = site.page("models/index.html");
    assertThat(models.select("table.model-index tbody tr")).hasSize(33);
  }

  private long size(String page) {
    try {
      return Files.size(site.out.resolve(page));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
