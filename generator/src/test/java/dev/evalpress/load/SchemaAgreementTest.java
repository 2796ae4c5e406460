package dev.evalpress.load;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.evalpress.cli.EvalpressCommand;
import dev.evalpress.load.degeneration.DegenerationDetector;
import dev.evalpress.load.degeneration.DegenerationSettings;
import dev.evalpress.load.samples.SampleAggregate;
import dev.evalpress.load.samples.SampleLogHeader;
import dev.evalpress.load.samples.SampleLogReader;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the JSON Schemas shipped in the jar ({@code dev/evalpress/schema/*.schema.json}) and the
 * loaders from drifting apart: the schemas accept every v1 file and sample-log line the loaders
 * accept (the example site's {@code results/}, the good-input and site fixtures), and reject every
 * bad-input case whose problem is one of shape (a wrong type, a missing or unknown field, a value
 * outside an enum, a pattern or a range).
 *
 * <p>A bad-input case is a shape problem unless {@link #NOT_A_SHAPE_PROBLEM} says why not, so a new
 * case must either be rejected by the schemas or be classified there with its reason; each
 * classification is checked too (a rule the schemas cannot express must leave every file of its
 * case accepted by them).
 */
class SchemaAgreementTest {

  private static final Path EXAMPLE_RESULTS = Path.of("../results");
  private static final Path RESOURCES = Path.of("src/test/resources");
  private static final Path BAD_INPUT = RESOURCES.resolve("bad-input");
  private static final List<Path> VALID_ROOTS =
      List.of(EXAMPLE_RESULTS, RESOURCES.resolve("good-input"), RESOURCES.resolve("sites"));

  /** Why a bad-input case is beyond what a JSON Schema of the v1 files can reject. */
  enum Beyond {
    /** The file is not JSON (RFC 8259, with unique field names), so no schema applies to it. */
    NOT_JSON,
    /** The problem is in a Markdown report; the schemas describe results files only. */
    REPORT,
    /**
     * The files are of a format {@code evalpress import} reads, which the schemas do not describe.
     */
    IMPORTED_FORMAT,
    /**
     * A rule across fields or files that the schemas' descriptions list but JSON Schema cannot
     * express.
     */
    RULE
  }

  record Classification(Beyond beyond, String reason) {}

  /**
   * Every bad-input case that is not a shape problem, with the reason; every other case must fail a
   * schema.
   */
  static final Map<String, Classification> NOT_A_SHAPE_PROBLEM =
      classify(
          group(
              Beyond.REPORT,
              "front matter and file names of reports have no JSON Schema",
              "content-date-bad",
              "content-date-impossible",
              "content-draft-not-boolean",
              "content-duplicate-key",
              "content-file-name-trailing-dot",
              "content-file-name-uppercase",
              "content-file-name-windows-reserved",
              "content-front-matter-empty",
              "content-front-matter-not-a-mapping",
              "content-front-matter-unclosed",
              "content-invalid-utf8",
              "content-no-front-matter",
              "content-title-missing",
              "content-unknown-key",
              "content-yaml-bad-indent",
              "content-yaml-invalid",
              "content-yaml-tab-indent"),
          group(
              Beyond.NOT_JSON,
              "a syntax error: the file does not parse, so no schema applies",
              "json-comment",
              "json-duplicate-key",
              "json-empty-file",
              "json-invalid-utf8",
              "json-missing-comma",
              "json-trailing-comma",
              "json-trailing-garbage",
              "json-trailing-second-object",
              "json-unclosed-array",
              "json-unterminated-string",
              "json-unterminated-string-at-end",
              "json-whitespace-only"),
          group(
              Beyond.NOT_JSON,
              "NaN and Infinity are not JSON numbers; the loader reads them only to say so",
              "json-infinity-literal",
              "json-nan-literal"),
          group(
              Beyond.IMPORTED_FORMAT,
              "model and eval ids made from the names in imported logs",
              "import-eval-ids-differ-in-case",
              "import-model-id-windows-reserved",
              "import-model-names-differ-in-case",
              "import-model-names-differ-in-dot-or-underscore",
              "import-model-names-differ-in-one-folder",
              "import-model-names-differ-in-punctuation"),
          group(Beyond.IMPORTED_FORMAT, "an Inspect .eval archive", "inspect-eval-zip-bad-json"),
          group(
              Beyond.RULE,
              "every file defining an eval must define it identically (across files)",
              "cross-eval-title-differs"),
          group(
              Beyond.RULE,
              "all rows of one eval, across files, are counts or all are scores",
              "cross-counts-and-scores-mixed"),
          group(
              Beyond.RULE,
              "one eval x model x condition is measured once (across rows and files)",
              "cross-measured-twice",
              "cross-measured-twice-no-condition"),
          group(Beyond.RULE, "a model id must be listed in some models file", "eval-model-unknown"),
          group(
              Beyond.RULE,
              "model ids are unique across models files",
              "models-duplicate-id-across-files"),
          group(
              Beyond.RULE,
              "a predecessor must name another listed model, without cycles",
              "models-predecessor-cycle",
              "models-predecessor-self",
              "models-predecessor-unknown"),
          group(
              Beyond.RULE,
              "k <= n compares two fields",
              "row-k-greater-than-n",
              "row-k-greater-than-n-after-non-ascii",
              "run-counts-k-greater-than-n"),
          group(
              Beyond.RULE,
              "lower < upper and a mean within its bounds compare fields",
              "row-score-bounds-bad"),
          group(
              Beyond.RULE,
              "JSON Schema's data model makes 5.0 an integer; the loader wants integers written as such",
              "row-k-whole-float"),
          group(
              Beyond.RULE,
              "a point may name only the metrics its run declares",
              "run-metric-undeclared"),
          group(Beyond.RULE, "steps are unique within a run", "run-step-duplicate"));

  private static final Map<String, Schema> SCHEMAS = loadSchemas();
  private static final ObjectMapper STRICT_JSON =
      new ObjectMapper(
          JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

  // ---- valid fixtures ----

  /** Every {@code *.json} file of the valid fixtures: each must be a v1 file. */
  static List<Path> validV1Files() {
    return filesUnder(VALID_ROOTS, ".json");
  }

  static List<Path> validSampleLogs() {
    return filesUnder(VALID_ROOTS, ".jsonl");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validV1Files")
  void acceptsEveryValidV1File(Path file) {
    String kind = v1Kind(file).orElseThrow(() -> new AssertionError("not a v1 file: " + file));
    assertThat(messages(SCHEMAS.get(kind), text(file)))
        .as("%s against %s.schema.json", file, kind)
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validSampleLogs")
  void acceptsEverySampleLogLine(Path file) {
    List<String> lines = text(file).lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines).as("header and samples of %s", file).hasSizeGreaterThan(1);
    for (int i = 0; i < lines.size(); i++) {
      assertThat(messages(SCHEMAS.get("samples"), lines.get(i)))
          .as("%s line %d", file, i + 1)
          .isEmpty();
    }
  }

  @Test
  void validFixturesCoverEveryKind() {
    assertThat(validV1Files().stream().map(f -> v1Kind(f).orElseThrow()).distinct())
        .containsExactlyInAnyOrder("models", "eval-result", "training-run");
    assertThat(validSampleLogs()).isNotEmpty();
  }

  private static final String HEADER =
      "{\"kind\": \"samples\", \"version\": 1, \"eval\": {\"id\": \"am/blackmail\","
          + " \"title\": \"Blackmail\", \"metric\": \"rate\", \"category\": \"misalignment\", \"direction\":"
          + " \"lower-is-better\"}}";

  /** Sample lines the sample reader takes or refuses, and a header it refuses. */
  static Stream<String[]> sampleLines() {
    String ok = "\"id\": \"s1\", \"model\": \"m-1\", \"output\": \"o\", \"verdict\": true";
    return Stream.of(
        new String[] {HEADER, "{" + ok + "}"},
        new String[] {
          HEADER,
          "{"
              + ok
              + ", \"eval\": \"am/blackmail\", \"condition\": {\"goal\": \"none\"},"
              + " \"input\": [{\"role\": \"user\", \"content\": \"hi\"}], \"score\": null, \"rationale\": \"r\","
              + " \"metadata\": {\"turns\": 3}}"
        },
        new String[] {HEADER, "{" + ok + ", \"score\": 0.5, \"input\": \"prompt\"}"},
        new String[] {
          HEADER,
          "{\"id\": \"s1\", \"run\": \"dpo\", \"step\": 100, \"output\": \"o\", \"verdict\": false}"
        },
        new String[] {
          HEADER, "{\"id\": \"s1\", \"model\": \"m-1\", \"output\": \"o\", \"verdict\": \"yes\"}"
        },
        new String[] {HEADER, "{\"id\": \"s1\", \"model\": \"m-1\", \"output\": \"o\"}"},
        new String[] {HEADER, "{" + ok + ", \"grade\": 1}"},
        new String[] {HEADER, "{" + ok + ", \"condition\": {\"t\": 0.7}}"},
        new String[] {HEADER, "{" + ok + ", \"output\": 3}"},
        new String[] {
          HEADER,
          "{\"id\": \"s1\", \"run\": \"dpo\", \"step\": -1, \"output\": \"o\", \"verdict\": true}"
        },
        new String[] {
          HEADER,
          "{\"id\": \"s1\", \"run\": \"dpo\", \"step\": 1.5, \"output\": \"o\", \"verdict\": true}"
        },
        new String[] {HEADER.replace("\"version\": 1", "\"version\": 2"), "{" + ok + "}"},
        new String[] {HEADER.replace("am/blackmail", "AM/blackmail"), "{" + ok + "}"},
        new String[] {HEADER.replace("misalignment", "safety"), "{" + ok + "}"});
  }

  /**
   * The loader reports a problem in a sample log exactly when the sample schema rejects its header
   * or a line.
   */
  @ParameterizedTest(name = "{index}: {1}")
  @MethodSource("sampleLines")
  void sampleSchemaAndSampleReaderAgree(String header, String line, @TempDir Path dir)
      throws IOException {
    Path log = dir.resolve("log.jsonl");
    Files.writeString(log, header + "\n" + line + "\n");
    Problems problems = new Problems();
    Optional<SampleLogHeader> read = SampleLogs.header(log, "log.jsonl", problems);
    if (read.isPresent()) {
      SampleLogReader.read(
          log,
          "log.jsonl",
          read.get(),
          () -> new SampleAggregate(new DegenerationDetector(DegenerationSettings.DEFAULT), 25),
          1,
          problems);
    }
    List<String> schemaSays = new ArrayList<>(messages(SCHEMAS.get("samples"), header));
    schemaSays.addAll(messages(SCHEMAS.get("samples"), line));
    assertThat(schemaSays.isEmpty())
        .as("schema (%s) and sample reader (%s) on %s", schemaSays, problems.list(), line)
        .isEqualTo(problems.list().isEmpty());
  }

  /**
   * {@code evalpress import} writes v1 files (with evals, notes and incomplete runs) that the
   * schemas accept: each import fixture is imported on its own, and what every successful import
   * writes is validated.
   */
  @Test
  void acceptsWhatImportWrites(@TempDir Path dir) throws IOException {
    List<Path> sources =
        new ArrayList<>(List.of(RESOURCES.resolve("imports/agentic-misalignment/results")));
    for (String format : List.of("inspect", "lm-eval", "samples")) {
      try (Stream<Path> files = Files.list(RESOURCES.resolve("imports").resolve(format))) {
        files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(sources::add);
      }
    }
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (Path source : sources) {
      Path from = dir.resolve("from-" + sources.indexOf(source));
      Path to = dir.resolve("to-" + sources.indexOf(source));
      if (Files.isDirectory(source)) {
        from = source;
      } else {
        Files.createDirectories(from);
        Files.copy(source, from.resolve(source.getFileName()));
      }
      int code =
          EvalpressCommand.run(
              new PrintWriter(new StringWriter()),
              new PrintWriter(new StringWriter()),
              "import",
              from.toString(),
              "--to",
              to.toString());
      if (code != 0) {
        continue; // a fixture import refuses: the bad-input and import tests check its messages
      }
      for (Path file : filesUnder(List.of(to), "")) {
        if (file.toString().endsWith(".json")) {
          String kind =
              v1Kind(file).orElseThrow(() -> new AssertionError("not a v1 file: " + file));
          assertThat(messages(SCHEMAS.get(kind), text(file)))
              .as("%s imported from %s", kind, source)
              .isEmpty();
          STRICT_JSON
              .readTree(text(file))
              .fieldNames()
              .forEachRemaining(f -> seen.merge(kind + "." + f, 1, Integer::sum));
        } else if (file.toString().endsWith(".jsonl")) {
          for (String line : text(file).lines().filter(l -> !l.isBlank()).toList()) {
            assertThat(messages(SCHEMAS.get("samples"), line))
                .as("%s imported from %s: %s", file, source, line)
                .isEmpty();
            seen.merge("samples", 1, Integer::sum);
          }
        }
      }
    }
    assertThat(seen)
        .as("what the imports wrote")
        .containsKeys(
            "models.models",
            "models.evals",
            "models.notes",
            "models.incomplete",
            "eval-result.results",
            "training-run.points");
  }

  // ---- bad inputs ----

  static List<String> badInputCases() throws IOException {
    try (Stream<Path> dirs = Files.list(BAD_INPUT)) {
      return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputCases")
  void schemasAgreeWithTheLoaderOnEveryBadInput(String name) throws IOException {
    Path dir = BAD_INPUT.resolve(name);
    List<Path> files = filesUnder(List.of(dir), "");
    Classification classification = NOT_A_SHAPE_PROBLEM.get(name);
    if (classification == null) {
      List<Path> rejected =
          files.stream()
              .filter(f -> f.toString().endsWith(".json") && !acceptedByASchema(f))
              .toList();
      String expected = Files.readString(dir.resolve("expected.txt"), StandardCharsets.UTF_8);
      assertThat(rejected)
          .as(
              "case %s is a shape problem (else classify it in NOT_A_SHAPE_PROBLEM), so a schema"
                  + " must reject one of its files",
              name)
          .isNotEmpty();
      assertThat(rejected)
          .as("files of %s the schemas reject must be ones the loader reports", name)
          .allSatisfy(
              f ->
                  assertThat(expected)
                      .contains(dir.relativize(f).toString().replace('\\', '/') + ":"));
      return;
    }
    switch (classification.beyond()) {
      case REPORT ->
          assertThat(files)
              .as("%s: %s", name, classification.reason())
              .noneMatch(f -> f.toString().endsWith(".json") || f.toString().endsWith(".jsonl"));
      case NOT_JSON ->
          assertThat(files)
              .as("%s: %s", name, classification.reason())
              .anyMatch(f -> !parsesStrictly(f));
      case IMPORTED_FORMAT ->
          assertThat(files)
              .as("%s: %s", name, classification.reason())
              .isNotEmpty()
              .allMatch(f -> v1Kind(f).isEmpty());
      case RULE -> {
        List<Path> v1 = files.stream().filter(f -> v1Kind(f).isPresent()).toList();
        assertThat(v1).as("%s: %s", name, classification.reason()).isNotEmpty();
        for (Path f : v1) {
          assertThat(messages(SCHEMAS.get(v1Kind(f).orElseThrow()), text(f)))
              .as(
                  "%s is classified as a rule the schemas cannot express (%s), so they must accept %s; if they"
                      + " reject it, it is a shape problem: remove it from NOT_A_SHAPE_PROBLEM",
                  name, classification.reason(), dir.relativize(f))
              .isEmpty();
        }
      }
      default -> throw new AssertionError(classification);
    }
  }

  @Test
  void everyClassifiedCaseExists() throws IOException {
    assertThat(badInputCases()).containsAll(NOT_A_SHAPE_PROBLEM.keySet());
  }

  // ---- the limits at their edges ----

  private static final String MODELS =
      "{\"kind\": \"models\", \"version\": 1, \"models\": ["
          + "{\"id\": \"alpha-1\", \"name\": \"Alpha 1\", \"family\": \"alpha\", \"released\": \"%s\"}]}";
  private static final String EVAL =
      "{\"kind\": \"eval-result\", \"version\": 1, \"eval\": {\"id\": \"am/blackmail\","
          + " \"title\": \"Blackmail\", \"metric\": \"rate\", \"category\": \"misalignment\", \"direction\":"
          + " \"lower-is-better\"}, \"model\": \"alpha-1\", \"run\": {\"date\": \"%s\"}, \"results\": [%s]}";
  private static final String RUN =
      "{\"kind\": \"training-run\", \"version\": 1, \"run\": {\"id\": \"sft\","
          + " \"title\": \"SFT\"}, \"metrics\": {\"loss\": {\"direction\": \"lower-is-better\"}}, \"points\": [%s]}";

  /**
   * A released date, a run date, a result row and a training point, each at or just past a limit.
   */
  static Stream<String[]> edges() {
    return Stream.of(
        edge(
            "2000-02-29",
            "2024-02-29",
            "{\"k\": 0, \"n\": 1000000000000}",
            "{\"step\": 9223372036854775807, \"loss\": 1e15}"),
        edge("1900-02-29", "2025-01-01", "{\"k\": 1, \"n\": 1}", "{\"step\": 0, \"loss\": 1}"),
        edge("2025-01-01", "2023-02-29", "{\"k\": 1, \"n\": 1}", "{\"step\": 0, \"loss\": 1}"),
        edge("2025-04-31", "2025-01-01", "{\"k\": 1, \"n\": 1}", "{\"step\": 0, \"loss\": 1}"),
        edge("2025-01-01", "2025-1-01", "{\"k\": 1, \"n\": 1}", "{\"step\": 0, \"loss\": 1}"),
        edge(
            "2025-01-01",
            "2025-01-01",
            "{\"k\": 1, \"n\": 1000000000001}",
            "{\"step\": 0, \"loss\": 1}"),
        edge(
            "2025-01-01",
            "2025-01-01",
            "{\"k\": 1000000000001, \"n\": 1000000000000}",
            "{\"step\": 0, \"loss\": 1}"),
        edge(
            "2025-01-01",
            "2025-01-01",
            "{\"mean\": 1e15, \"stderr\": 1e15, \"n\": 1000000000000}",
            "{\"step\": 0, \"loss\": -1e15}"),
        edge(
            "2025-01-01",
            "2025-01-01",
            "{\"mean\": -1000000000000000.5, \"stderr\": 0, \"n\": 1}",
            "{\"step\": 0, \"loss\": 1}"),
        edge(
            "2025-01-01",
            "2025-01-01",
            "{\"mean\": 0, \"stderr\": 1000000000000000.5, \"n\": 1}",
            "{\"step\": 0, \"loss\": 1}"),
        edge(
            "2025-01-01",
            "2025-01-01",
            "{\"mean\": 0.5, \"stderr\": 0.1, \"n\": 10, \"bounds\": [0, 1]}",
            "{\"step\": 0, \"loss\": 1000000000000000.5}"),
        edge(
            "2025-01-01",
            "2025-01-01",
            "{\"mean\": 0.5, \"stderr\": 0.1, \"n\": 10, \"bounds\": [0, 2e15]}",
            "{\"step\": 9223372036854775808, \"loss\": 1}"),
        edge(
            "2025-01-01",
            "2025-01-01",
            "{\"k\": 1, \"n\": 2, \"condition\": {\"goal\": \"none\"}}",
            "{\"step\": 0, \"loss\": {\"mean\": 2e15, \"stderr\": 0, \"n\": 1}}"),
        edge(
            "2025-01-01",
            "2025-01-01",
            "{\"k\": 1, \"n\": 2}",
            "{\"step\": 0, \"loss\": {\"k\": 1, \"n\": 1000000000001}}"));
  }

  private static String[] edge(String released, String runDate, String row, String point) {
    return new String[] {
      String.format(MODELS, released), String.format(EVAL, runDate, row), String.format(RUN, point)
    };
  }

  /** Per file: the loader reports a problem in it exactly when its schema rejects it. */
  @ParameterizedTest(name = "{index}")
  @MethodSource("edges")
  void schemasAndLoaderDrawTheLimitsAlike(
      String models, String eval, String run, @TempDir Path root) throws IOException {
    assertLoaderAndSchemasAgree(
        root, Map.of("models.json", models, "eval.json", eval, "run.json", run));
  }

  /** A models file's {@code evals} (written by import) are eval objects as in eval-result files. */
  @ParameterizedTest(name = "{index}")
  @MethodSource("modelsWithEvals")
  void schemaAndLoaderReadTheEvalsOfAModelsFileAlike(String evalItem, @TempDir Path root)
      throws IOException {
    assertLoaderAndSchemasAgree(
        root,
        Map.of(
            "models.json",
            "{\"kind\": \"models\", \"version\": 1, \"models\":"
                + " [{\"id\": \"alpha-1\", \"name\": \"Alpha 1\", \"family\": \"alpha\"}], \"evals\": ["
                + evalItem
                + "]}"));
  }

  static Stream<String> modelsWithEvals() {
    String ok =
        "\"id\": \"inspect/mmlu\", \"title\": \"MMLU\", \"metric\": \"accuracy\", \"category\": \"capability\"";
    return Stream.of(
        "{" + ok + ", \"direction\": \"higher-is-better\"}",
        "{" + ok + "}",
        "{" + ok + ", \"direction\": \"higher-is-better\", \"notes\": \"x\"}",
        "{" + ok.replace("inspect/mmlu", "Inspect/MMLU") + ", \"direction\": \"higher-is-better\"}",
        "\"inspect/mmlu\"");
  }

  private static void assertLoaderAndSchemasAgree(Path root, Map<String, String> files)
      throws IOException {
    Files.createDirectories(root.resolve("results"));
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.writeString(root.resolve("results").resolve(f.getKey()), f.getValue());
    }
    Problems problems = new Problems();
    SiteLoader.load(root, 1, problems);
    List<String> reported = problems.list().stream().map(p -> p.source().path()).toList();
    for (Map.Entry<String, String> f : files.entrySet()) {
      String kind = STRICT_JSON.readTree(f.getValue()).path("kind").asText();
      List<String> schemaSays = messages(SCHEMAS.get(kind), f.getValue());
      assertThat(schemaSays.isEmpty())
          .as(
              "%s accepted by its schema (%s) as by the loader (%s): %s",
              f.getKey(), schemaSays, problems.list(), f.getValue())
          .isEqualTo(!reported.contains("results/" + f.getKey()));
    }
  }

  /**
   * Each schema stands alone, so ids and the eval object are copied: the copies must stay the same.
   */
  @Test
  void copiedDefinitionsAreTheSameInEverySchema() throws IOException {
    JsonNode models = schemaJson("models");
    JsonNode evalResult = schemaJson("eval-result");
    JsonNode trainingRun = schemaJson("training-run");
    JsonNode sample = schemaJson("sample");
    JsonNode sampleEval = sample.at("/oneOf/0/properties/eval");
    String evalIdPattern = evalResult.at("/$defs/evalId/pattern").asText();
    assertThat(models.at("/$defs/evalId/pattern").asText()).isEqualTo(evalIdPattern);
    assertThat(sampleEval.at("/properties/id/pattern").asText()).isEqualTo(evalIdPattern);
    String modelIdPattern = evalResult.at("/$defs/modelId/pattern").asText();
    assertThat(models.at("/$defs/id/pattern").asText()).isEqualTo(modelIdPattern);
    assertThat(trainingRun.at("/$defs/run/properties/id/pattern").asText())
        .isEqualTo(modelIdPattern);
    for (String field : List.of("title", "metric", "category", "direction")) {
      JsonNode definition = evalResult.at("/$defs/eval/properties/" + field);
      assertThat(models.at("/$defs/eval/properties/" + field)).as(field).isEqualTo(definition);
      assertThat(without(sampleEval.at("/properties/" + field), "description"))
          .as(field)
          .isEqualTo(without(definition, "description"));
    }
    assertThat(models.at("/$defs/eval/required")).isEqualTo(evalResult.at("/$defs/eval/required"));
    assertThat(sampleEval.at("/required")).isEqualTo(evalResult.at("/$defs/eval/required"));
    assertThat(without(models.at("/$defs/date"), "description"))
        .isEqualTo(without(evalResult.at("/$defs/run/properties/date"), "description"));
  }

  private static JsonNode without(JsonNode node, String field) {
    ObjectNode copy = ((ObjectNode) node).deepCopy();
    copy.remove(field);
    return copy;
  }

  private static JsonNode schemaJson(String name) throws IOException {
    String resource = "/dev/evalpress/schema/" + name + ".schema.json";
    try (InputStream in = SchemaAgreementTest.class.getResourceAsStream(resource)) {
      return STRICT_JSON.readTree(in);
    }
  }

  // ---- helpers ----

  private static Map<String, Schema> loadSchemas() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    Map<String, Schema> schemas = new LinkedHashMap<>();
    for (String kind : List.of("models", "eval-result", "training-run", "sample")) {
      String resource = "/dev/evalpress/schema/" + kind + ".schema.json";
      try (InputStream in = SchemaAgreementTest.class.getResourceAsStream(resource)) {
        assertThat(in).as(resource).isNotNull();
        schemas.put(kind.equals("sample") ? "samples" : kind, registry.getSchema(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schemas;
  }

  private static List<String> messages(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static boolean acceptedByASchema(Path file) {
    String json = text(file);
    return SCHEMAS.entrySet().stream()
        .filter(e -> !e.getKey().equals("samples"))
        .anyMatch(e -> messages(e.getValue(), json).isEmpty());
  }

  /**
   * The v1 kind of a JSON file ({@code models}, {@code eval-result} or {@code training-run}), if it
   * has one.
   */
  private static Optional<String> v1Kind(Path file) {
    if (!file.toString().endsWith(".json") || !parsesStrictly(file)) {
      return Optional.empty();
    }
    try {
      JsonNode kind = STRICT_JSON.readTree(text(file)).path("kind");
      return Optional.of(kind.asText())
          .filter(k -> List.of("models", "eval-result", "training-run").contains(k));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static boolean parsesStrictly(Path file) {
    try (JsonParser p = STRICT_JSON.createParser(text(file))) {
      if (p.nextToken() == null) {
        return false;
      }
      p.skipChildren();
      return p.nextToken() == null;
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  /** A file's text as the loaders read it: strict UTF-8, a byte-order mark dropped. */
  private static String text(Path file) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> filesUnder(List<Path> roots, String suffix) {
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile)
            .filter(f -> f.toString().endsWith(suffix))
            .filter(f -> !f.getFileName().toString().equals("expected.txt"))
            .sorted()
            .forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  private static List<Map.Entry<String, Classification>> group(
      Beyond beyond, String reason, String... cases) {
    return Stream.of(cases).map(c -> entry(c, new Classification(beyond, reason))).toList();
  }

  @SafeVarargs
  private static Map<String, Classification> classify(
      List<Map.Entry<String, Classification>>... groups) {
    Map<String, Classification> all = new LinkedHashMap<>();
    for (List<Map.Entry<String, Classification>> g : groups) {
      for (Map.Entry<String, Classification> e : g) {
        if (all.put(e.getKey(), e.getValue()) != null) {
          throw new IllegalStateException("classified twice: " + e.getKey());
        }
      }
    }
    return Map.copyOf(all);
  }
}
