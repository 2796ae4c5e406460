package dev.evalpress.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.fuzz.Mutator.Edit;
import dev.evalpress.fuzz.SeedSites.Seed;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Property-based fuzzing of the command line over every input kind: v1 result, models and
 * training-run files, per-sample JSONL logs, {@code evalpress.yaml}, Markdown reports with front
 * matter and directives, and the imported formats (Inspect JSON and {@code .eval},
 * lm-evaluation-harness results and samples, agentic-misalignment folders and statistics), starting
 * from the fixture sites and the defect corpus. Whatever the input, {@code build}, {@code check}
 * and {@code import} exit 0 or 1, print no stack trace, and a failed run writes nothing (see {@link
 * CliOutcome}); the problems {@code check} lists are the same for 1 and 3 threads.
 *
 * <p>Bounded for CI: fixed seeds and tries (300 + 200 + 150 + 80 tries and 40 + 25 tries of two
 * runs each, the same inputs in every run), about a minute and a half on 2 cores.
 */
class CliFuzzTest {

  private static final List<Seed> SEEDS = seeds();

  private static List<Seed> seeds() {
    List<Seed> all = new ArrayList<>(SeedSites.ALL);
    all.addAll(DefectCorpus.seeds());
    return List.copyOf(all);
  }

  /**
   * The defects stay fixed: each gives its exit code and says what it must, and no more than that
   * fails.
   */
  @Example
  void theDefectCorpusGivesItsExpectedOutcomes() {
    assertThat(DefectCorpus.ALL).hasSizeGreaterThanOrEqualTo(5);
    for (DefectCorpus.Defect d : DefectCorpus.ALL) {
      for (String command : List.of("check", "build")) {
        CliOutcome.Run run = CliOutcome.assertHandled(d.site(), command, 2, d.name());
        assertThat(run.code())
            .as("%s: %s exit code; output:%n%s", d.name(), command, run.output())
            .isEqualTo(d.exit());
        for (String line : d.expected()) {
          assertThat(run.output()).as("%s: %s output", d.name(), command).contains(line);
        }
      }
    }
  }

  @Property(tries = 300, seed = "20261101", edgeCases = EdgeCasesMode.NONE)
  void mutatedFileOfAnySite(
      @ForAll @IntRange(min = 0, max = 10_000) int seed,
      @ForAll int file,
      @ForAll("edits") List<Edit> edits,
      @ForAll boolean build,
      @ForAll @IntRange(min = 1, max = 4) int threads) {
    Seed site = pick(seed);
    String path = site.path(file);
    CliOutcome.assertHandled(
        site.with(path, Mutator.apply(site.files().get(path), edits)),
        build ? "build" : "check",
        threads,
        site.name() + " " + path + " with " + edits);
  }

  @Property(tries = 200, seed = "20261102", edgeCases = EdgeCasesMode.NONE)
  void generatedReport(
      @ForAll("reports") String report,
      @ForAll boolean build,
      @ForAll @IntRange(min = 1, max = 4) int threads) {
    Seed site =
        SeedSites.ALL.get(0).with("content/first.md", report.getBytes(StandardCharsets.UTF_8));
    CliOutcome.assertHandled(site, build ? "build" : "check", threads, "report:\n" + report);
  }

  @Property(tries = 150, seed = "20261103")
  void randomBytesOrTextInAnyFile(
      @ForAll @IntRange(min = 0, max = 10_000) int seed,
      @ForAll int file,
      @ForAll @Size(max = 300) byte[] bytes,
      @ForAll("text") String text,
      @ForAll boolean asText,
      @ForAll boolean build) {
    Seed site = pick(seed);
    String path = site.path(file);
    Seed changed =
        asText
            ? site.with(path, text.getBytes(StandardCharsets.UTF_8))
            : site.replacingFile(path, bytes);
    CliOutcome.assertHandled(
        changed,
        build ? "build" : "check",
        2,
        site.name() + " " + path + (asText ? " as text " + text : " as random bytes"));
  }

  /** Deterministic problem lists: the same output for any thread count. */
  @Property(tries = 40, seed = "20261104", edgeCases = EdgeCasesMode.NONE)
  void checkSaysTheSameForOneAndThreeThreads(
      @ForAll @IntRange(min = 0, max = 10_000) int seed,
      @ForAll int file,
      @ForAll("edits") List<Edit> edits) {
    Seed site = pick(seed);
    String path = site.path(file);
    Seed changed = site.with(path, Mutator.apply(site.files().get(path), edits));
    String what = site.name() + " " + path + " with " + edits;
    assertThat(CliOutcome.assertHandled(changed, "check", 3, what))
        .isEqualTo(CliOutcome.assertHandled(changed, "check", 1, what));
  }

  /** The same for generated reports, whose problems come from rendering on several threads. */
  @Property(tries = 25, seed = "20261105", edgeCases = EdgeCasesMode.NONE)
  void reportProblemsAreTheSameForOneAndThreeThreads(
      @ForAll("reports") String first, @ForAll("reports") String second) {
    Seed site =
        SeedSites.ALL
            .get(0)
            .with("content/first.md", first.getBytes(StandardCharsets.UTF_8))
            .with("content/second.md", second.getBytes(StandardCharsets.UTF_8));
    String what = "reports:\n" + first + "\n----\n" + second;
    assertThat(CliOutcome.assertHandled(site, "check", 3, what))
        .isEqualTo(CliOutcome.assertHandled(site, "check", 1, what));
  }

  /**
   * {@code import} of the imported formats, mutated: a failed import leaves the target folder as it
   * was.
   */
  @Property(tries = 80, seed = "20261106", edgeCases = EdgeCasesMode.NONE)
  void importOfAMutatedImportedFile(
      @ForAll @IntRange(min = 0, max = 10_000) int seed,
      @ForAll int file,
      @ForAll("edits") List<Edit> edits) {
    List<Seed> imports =
        SeedSites.ALL.stream()
            .filter(s -> s.paths().stream().allMatch(p -> p.startsWith("results/")))
            .toList();
    Seed site = imports.get(seed % imports.size());
    String path = site.path(file);
    CliOutcome.assertImportHandled(
        site.with(path, Mutator.apply(site.files().get(path), edits)),
        site.name() + " " + path + " with " + edits);
  }

  @Provide
  Arbitrary<String> reports() {
    return Reports.reports();
  }

  @Provide
  Arbitrary<String> text() {
    return FuzzInputs.text(200);
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    return FuzzInputs.edits();
  }

  private static Seed pick(int seed) {
    return SEEDS.get(seed % SEEDS.size());
  }
}
