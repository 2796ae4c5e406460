package dev.evalpress.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalpress.model.Counts;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.EvalResult;
import dev.evalpress.model.IncompleteRun;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.model.ResultNote;
import dev.evalpress.model.ResultRow;
import dev.evalpress.model.Results;
import dev.evalpress.model.Scalar;
import dev.evalpress.model.Score;
import dev.evalpress.model.Source;
import dev.evalpress.model.TrainingPoint;
import dev.evalpress.model.TrainingRun;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes results as evalpress v1 files, for users who want to commit converted results: one {@code
 * models.json}, one {@code eval-result} file per eval × model and one {@code training-run} file per
 * run. Deterministic: same results, same bytes.
 */
public final class V1ResultWriter {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private V1ResultWriter() {}

  /**
   * Writes into {@code dir} (created if needed); returns the files written. Never overwrites: when
   * a file of these names is already in {@code dir} (ignoring case, as case-insensitive file
   * systems do), nothing is written and every such file is a problem. A hand-written {@code
   * models.json}, or the files of an earlier import that were edited since, would otherwise be lost
   * without a word.
   */
  public static List<Path> write(Results results, Path dir) throws IOException {
    return write(bytes(files(results)), dir);
  }

  /**
   * The {@code eval-result} and {@code training-run} files of {@code results} by name, in order,
   * without a {@code models.json}: what {@code evalpress import --logs} writes, whose models are
   * listed in the site's own models file. A writer that is not on this machine (a cluster's driver
   * writing to its file system) writes these bytes as they are.
   */
  public static Map<String, byte[]> resultFiles(Results results) {
    Map<String, ObjectNode> files = files(results);
    files.remove("models.json");
    return bytes(files);
  }

  /**
   * Writes {@code files} (names and contents) into {@code dir} (created if needed), never
   * overwriting, as {@link #write(Results, Path)} does; returns the files written.
   */
  public static List<Path> write(Map<String, byte[]> files, Path dir) throws IOException {
    Files.createDirectories(dir);
    checkNoneExists(files.keySet(), dir);
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      written.add(write(dir.resolve(file.getKey()), file.getValue()));
    }
    return written;
  }

  private static Map<String, byte[]> bytes(Map<String, ObjectNode> files) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    files.forEach((name, json) -> out.put(name, serialize(json)));
    return out;
  }

  private static byte[] serialize(ObjectNode json) {
    try {
      return (MAPPER.writeValueAsString(json) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      // a tree of plain nodes always serializes
      throw new IllegalStateException(e);
    }
  }

  /**
   * Problems naming each file in {@code dir} that one of {@code names} would replace; none if there
   * is none.
   */
  private static void checkNoneExists(Collection<String> names, Path dir) throws IOException {
    Map<String, String> planned = new HashMap<>();
    names.forEach(n -> planned.put(n.toLowerCase(Locale.ROOT), n));
    Problems problems = new Problems();
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path existing : entries.sorted().toList()) {
        String name = existing.getFileName().toString();
        String replacing = planned.get(name.toLowerCase(Locale.ROOT));
        if (replacing != null) {
          problems.add(
              Source.file(existing.toString()),
              "already exists"
                  + (replacing.equals(name)
                      ? ""
                      : ", and "
                          + replacing
                          + " would replace it on a file system that ignores case")
                  + "; import never overwrites files: import into a new or empty folder, or move it away");
        }
      }
    }
    problems.throwIfAny();
  }

  /** The files to write by name, in order: {@code models.json}, eval results, training runs. */
  private static Map<String, ObjectNode> files(Results results) {
    Map<String, ObjectNode> files = new LinkedHashMap<>();
    ObjectNode models = MAPPER.createObjectNode().put("kind", "models").put("version", 1);
    ArrayNode list = models.putArray("models");
    for (ModelVersion m : results.models()) {
      ObjectNode o =
          list.addObject().put("id", m.id()).put("name", m.name()).put("family", m.family());
      m.released().ifPresent(d -> o.put("released", d.toString()));
      m.predecessor().ifPresent(p -> o.put("predecessor", p));
    }
    Set<String> measured = new HashSet<>();
    results.evalResults().forEach(r -> measured.add(r.evalId()));
    List<EvalDefinition> unmeasured =
        results.evals().values().stream().filter(e -> !measured.contains(e.id())).toList();
    if (!unmeasured.isEmpty()) {
      // evals known only from runs that did not complete still have their page
      ArrayNode evals = models.putArray("evals");
      unmeasured.forEach(
          e ->
              evals
                  .addObject()
                  .put("id", e.id())
                  .put("title", e.title())
                  .put("metric", e.metric())
                  .put("category", e.category().label())
                  .put("direction", e.direction().label()));
    }
    if (!results.incompleteRuns().isEmpty()) {
      // runs that did not complete are listed on eval pages; they travel with the models, never as
      // results
      ArrayNode incomplete = models.putArray("incomplete");
      for (IncompleteRun r : results.incompleteRuns()) {
        ObjectNode o =
            incomplete
                .addObject()
                .put("eval", r.evalId())
                .put("model", r.modelId())
                .put("status", r.status())
                .put("detail", r.detail());
        o.putObject("source")
            .put("path", r.source().path())
            .put("line", r.source().line())
            .put("column", r.source().column());
      }
    }
    if (!results.notes().isEmpty()) {
      // notes on what the import left out or counted once, so that a build from these files says
      // the same
      ArrayNode notes = models.putArray("notes");
      for (ResultNote n : results.notes()) {
        ObjectNode o = notes.addObject().put("kind", n.kind().label());
        n.evalId().ifPresent(e -> o.put("eval", e));
        n.modelId().ifPresent(m -> o.put("model", m));
        o.put("message", n.message());
        o.putObject("source")
            .put("path", n.source().path())
            .put("line", n.source().line())
            .put("column", n.source().column());
      }
    }
    files.put("models.json", models);
    Set<String> used = new HashSet<>();
    for (EvalResult r : results.evalResults()) {
      EvalDefinition eval = results.eval(r.evalId()).orElseThrow();
      ObjectNode file = MAPPER.createObjectNode().put("kind", "eval-result").put("version", 1);
      file.putObject("eval")
          .put("id", eval.id())
          .put("title", eval.title())
          .put("metric", eval.metric())
          .put("category", eval.category().label())
          .put("direction", eval.direction().label());
      file.put("model", r.modelId());
      ObjectNode run = MAPPER.createObjectNode();
      r.run().date().ifPresent(d -> run.put("date", d.toString()));
      r.run().grader().ifPresent(g -> run.put("grader", g));
      r.run().notes().ifPresent(n -> run.put("notes", n));
      if (!run.isEmpty()) {
        file.set("run", run);
      }
      ArrayNode rows = file.putArray("results");
      for (ResultRow row : r.rows()) {
        ObjectNode o = rows.addObject();
        ObjectNode condition = o.putObject("condition");
        row.condition().values().forEach(condition::put);
        if (row.measurement() instanceof Counts c) {
          o.put("k", c.k()).put("n", c.n());
        } else if (row.measurement() instanceof Score s) {
          o.put("mean", s.mean()).put("stderr", s.stderr()).put("n", s.n());
          s.bounds().ifPresent(b -> o.putArray("bounds").add(b.lower()).add(b.upper()));
        }
      }
      files.put(fileName(eval.id(), r.modelId(), used), file);
    }
    for (TrainingRun run : results.runs()) {
      files.put(unused("training-run--" + run.id(), used), trainingRun(run));
    }
    return files;
  }

  /**
   * A {@code training-run} file: imported checkpoints make runs too, and without them a site built
   * from the converted files would have lost its training runs. Scores keep their standard error
   * and n.
   */
  private static ObjectNode trainingRun(TrainingRun run) {
    ObjectNode file = MAPPER.createObjectNode().put("kind", "training-run").put("version", 1);
    ObjectNode about = file.putObject("run").put("id", run.id()).put("title", run.title());
    run.model().ifPresent(m -> about.put("model", m));
    run.method().ifPresent(m -> about.put("method", m));
    run.base().ifPresent(b -> about.put("base", b));
    ObjectNode metrics = file.putObject("metrics");
    new TreeMap<>(run.metrics())
        .forEach(
            (name, metric) -> metrics.putObject(name).put("direction", metric.direction().label()));
    ArrayNode points = file.putArray("points");
    for (TrainingPoint p : run.points()) {
      ObjectNode point = points.addObject().put("step", p.step());
      p.values()
          .forEach(
              (metric, value) -> {
                if (value instanceof Counts c) {
                  point.putObject(metric).put("k", c.k()).put("n", c.n());
                } else if (value instanceof Score s) {
                  ObjectNode score =
                      point
                          .putObject(metric)
                          .put("mean", s.mean())
                          .put("stderr", s.stderr())
                          .put("n", s.n());
                  s.bounds().ifPresent(b -> score.putArray("bounds").add(b.lower()).add(b.upper()));
                } else if (value instanceof Scalar x) {
                  point.put(metric, x.value());
                }
              });
    }
    return file;
  }

  /**
   * {@code EVAL--MODEL.json} with '/' as '_'. Eval ids {@code a/b} and {@code a_b} give the same
   * name, and an eval × model may have several result files (other conditions), so a name already
   * taken (ignoring case, for case-insensitive file systems) gets {@code ~2}, {@code ~3}, …; '~'
   * never occurs in ids.
   */
  private static String fileName(String evalId, String modelId, Set<String> used) {
    return unused(evalId.replace('/', '_') + "--" + modelId, used);
  }

  /**
   * {@code stem.json}, or {@code stem~N.json} with the first N that no earlier file took (ignoring
   * case).
   */
  private static String unused(String stem, Set<String> used) {
    String name = stem;
    for (int i = 2; !used.add(name.toLowerCase(Locale.ROOT)); i++) {
      name = stem + "~" + i;
    }
    return name + ".json";
  }

  private static Path write(Path file, byte[] bytes) throws IOException {
    // CREATE_NEW: a file that appeared since the check is still not overwritten
    Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    return file;
  }
}
