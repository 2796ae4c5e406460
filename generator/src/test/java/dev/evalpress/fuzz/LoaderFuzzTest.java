package dev.evalpress.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.fuzz.Mutator.Edit;
import dev.evalpress.fuzz.SeedSites.Seed;
import java.nio.charset.StandardCharsets;
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
 * Fuzzes every loader of {@code results/}, {@code content/} and {@code evalpress.yaml} through the
 * whole pipeline: one file of a fixture site (v1 JSON, settings, report, sample log, Inspect JSON
 * and .eval entries, lm-eval results, agentic-misalignment responses and statistics) is replaced by
 * random bytes or text, or mutated token by token. See {@link InputOutcome} for what must hold.
 *
 * <p>Bounded for CI: fixed seeds and a fixed number of tries per property, so every run checks the
 * same inputs (the tries are listed in README's "Guarantees").
 */
class LoaderFuzzTest {

  /**
   * Mutations are only worth as much as their starting points: every seed builds as it is, except
   * the importer fixtures that are broken on purpose.
   */
  @Example
  void everySeedButTheBrokenFixturesBuilds() {
    assertThat(SeedSites.ALL.stream().filter(s -> !InputOutcome.builds(s)).map(Seed::name))
        .containsExactlyInAnyOrder(
            "imports/inspect/missing-model.json",
            "imports/lm-eval/all-na.json",
            "imports/lm-eval/bad-values.json",
            "imports/lm-eval/no-model.json",
            "imports/lm-eval/results-not-an-object.json");
  }

  @Property(tries = 200, seed = "20260101")
  void randomBytesInAnyFile(
      @ForAll @IntRange(min = 0, max = 10_000) int seed,
      @ForAll int file,
      @ForAll @Size(max = 400) byte[] bytes) {
    Seed site = pick(seed);
    String path = site.path(file);
    InputOutcome.assertHandled(
        site.replacingFile(path, bytes), site.name() + " " + path + " as random bytes");
  }

  @Property(tries = 200, seed = "20260102")
  void randomTextInAnyFile(
      @ForAll @IntRange(min = 0, max = 10_000) int seed,
      @ForAll int file,
      @ForAll("text") String text) {
    Seed site = pick(seed);
    String path = site.path(file);
    InputOutcome.assertHandled(
        site.with(path, text.getBytes(StandardCharsets.UTF_8)),
        site.name() + " " + path + " as random text");
  }

  @Property(tries = 800, seed = "20260103", edgeCases = EdgeCasesMode.NONE)
  void mutatedValidFile(
      @ForAll @IntRange(min = 0, max = 10_000) int seed,
      @ForAll int file,
      @ForAll("edits") List<Edit> edits) {
    Seed site = pick(seed);
    String path = site.path(file);
    InputOutcome.assertHandled(
        site.with(path, Mutator.apply(site.files().get(path), edits)),
        site.name() + " " + path + " with " + edits);
  }

  @Provide
  Arbitrary<String> text() {
    return FuzzInputs.text(300);
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    return FuzzInputs.edits();
  }

  private static Seed pick(int seed) {
    return SeedSites.ALL.get(seed % SeedSites.ALL.size());
  }
}
