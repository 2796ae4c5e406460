package dev.evalpress.load;

import dev.evalpress.load.imports.ImportedModel;
import dev.evalpress.load.imports.ImportedResults;
import dev.evalpress.load.imports.ModelIds;
import dev.evalpress.load.internal.Ids;
import dev.evalpress.model.Counts;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.EvalResult;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.model.ResultRow;
import dev.evalpress.model.Results;
import dev.evalpress.model.Source;
import dev.evalpress.model.TrainingRun;
import dev.evalpress.problem.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks the result files against each other: unique ids, eval definitions that agree, references
 * to known models, acyclic predecessors, no eval × model × condition measured twice, and one
 * measurement kind per eval.
 */
final class ResultsAssembler {

  private final Problems problems;
  private final TrainingRuns runs;
  private final dev.evalpress.model.ResultSettings settings;

  /**
   * The file each run was first read from, by run key (a framework's run id, or the file's
   * SHA-256).
   */
  private final Map<String, String> runFiles = new HashMap<>();

  private final List<MeasuredResult> measured = new ArrayList<>();
  private final List<MeasuredResult> unsized = new ArrayList<>();
  private final List<dev.evalpress.model.ResultNote> notes = new ArrayList<>();
  private final Map<String, ModelVersion> models = new LinkedHashMap<>();
  private final Map<String, EvalDefinition> evals = new TreeMap<>();
  private boolean modelsIncomplete;
  private final Map<String, ImportedModel> importedModels = new TreeMap<>();

  /** Imported models by their id with '.' and '_' as '-', and where each was first named. */
  private final Map<String, ImportedModel> importedByKey = new HashMap<>();

  private final Map<String, Source> importedPlaces = new HashMap<>();

  /**
   * Imported model ids already reported as unusable, so that their results are not reported as
   * unknown.
   */
  private final Set<String> refusedModels = new HashSet<>();

  private final List<dev.evalpress.model.IncompleteRun> incomplete = new ArrayList<>();
  private final List<dev.evalpress.load.imports.ImportedSampleLog> sampleLogs = new ArrayList<>();

  ResultsAssembler(dev.evalpress.model.ResultSettings settings, Problems problems) {
    this.settings = settings;
    this.problems = problems;
    this.runs = new TrainingRuns(problems);
  }

  /**
   * Whether {@code file} holds a run already read from another file (same run key): if so, it is
   * counted once, and each of its results gets a note naming both files.
   */
  private boolean sameRunAsEarlier(String runKey, String file, List<EvalResult> results) {
    String first = runFiles.putIfAbsent(runKey, file);
    if (first == null || first.equals(file)) {
      return false;
    }
    String how =
        runKey.startsWith("sha256:")
            ? "the same content"
            : "the same run (run id " + runKey.substring(runKey.indexOf(':') + 1) + ")";
    java.util.Set<List<String>> seen = new java.util.HashSet<>();
    for (EvalResult r : results) {
      if (seen.add(List.of(r.evalId(), r.modelId()))) {
        notes.add(
            dev.evalpress.model.ResultNote.ofEval(
                dev.evalpress.model.ResultNote.Kind.SAME_RUN,
                r.evalId(),
                java.util.Optional.of(r.modelId()),
                file + " holds " + how + " as " + first + "; counted once.",
                Source.file(file)));
      }
    }
    return true;
  }

  /** Notes written into a models file by {@code evalpress import}. */
  void addNotes(List<dev.evalpress.model.ResultNote> read) {
    notes.addAll(read);
  }

  /**
   * An eval without results in this file (a models file lists evals known only from unfinished
   * runs).
   */
  void addEval(EvalDefinition eval) {
    EvalDefinition earlier = evals.putIfAbsent(eval.id(), eval);
    if (earlier != null && !earlier.agreesWith(eval)) {
      problems.add(
          eval.source(),
          "eval \""
              + eval.id()
              + "\" is defined differently at "
              + earlier.source()
              + " ("
              + differences(eval, earlier)
              + ")");
    }
  }

  /** Runs that did not complete, as {@code evalpress import} wrote them into a models file. */
  void addIncomplete(List<dev.evalpress.model.IncompleteRun> read) {
    incomplete.addAll(read);
  }

  /**
   * Notes about a whole file that is read once (a models or training-run file copied byte for
   * byte).
   */
  void addSameFileNote(String file, String first) {
    notes.add(
        new dev.evalpress.model.ResultNote(
            dev.evalpress.model.ResultNote.Kind.SAME_RUN,
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            file + " has the same content as " + first + "; read once.",
            Source.file(file)));
  }

  void addModels(List<ModelVersion> read, boolean incomplete) {
    modelsIncomplete |= incomplete;
    for (ModelVersion m : read) {
      ModelVersion earlier = models.putIfAbsent(m.id(), m);
      if (earlier != null) {
        problems.add(
            m.source(),
            "duplicate model id \"" + m.id() + "\"; first defined at " + earlier.source());
      }
    }
  }

  /**
   * A description is optional in each file: the first one read wins, even when an earlier file
   * defined the eval without one.
   */
  private void keepDescription(EvalDefinition earlier, EvalDefinition eval) {
    if (earlier != null
        && earlier.agreesWith(eval)
        && earlier.description().isEmpty()
        && eval.description().isPresent()) {
      evals.put(
          eval.id(),
          new EvalDefinition(
              earlier.id(),
              earlier.title(),
              earlier.metric(),
              earlier.category(),
              earlier.direction(),
              earlier.source(),
              eval.description()));
    }
  }

  /** A v1 eval-result file's eval and result; {@code digest} is the SHA-256 of the file's bytes. */
  void addEvalResult(EvalDefinition eval, EvalResult result, String file, String digest) {
    if (sameRunAsEarlier("sha256:" + digest, file, List.of(result))) {
      return;
    }
    EvalDefinition earlier = evals.putIfAbsent(eval.id(), eval);
    keepDescription(earlier, eval);
    if (earlier != null && !earlier.agreesWith(eval)) {
      problems.add(
          eval.source(),
          "eval \""
              + eval.id()
              + "\" is defined differently at "
              + earlier.source()
              + " ("
              + differences(eval, earlier)
              + "); every definition of an eval must have the same title, metric,"
              + " category and direction");
    }
    measured.add(
        new MeasuredResult(
            result,
            "sha256:" + digest,
            file,
            result.run().date().map(d -> d.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())));
  }

  /**
   * The fields in which two definitions of an eval differ, such as {@code title "A" here, "B"
   * there}.
   */
  private static String differences(EvalDefinition here, EvalDefinition there) {
    List<String> fields = new ArrayList<>();
    if (!here.title().equals(there.title())) {
      fields.add("title \"" + here.title() + "\" here, \"" + there.title() + "\" there");
    }
    if (!here.metric().equals(there.metric())) {
      fields.add("metric \"" + here.metric() + "\" here, \"" + there.metric() + "\" there");
    }
    if (here.category() != there.category()) {
      fields.add(
          "category \""
              + here.category().label()
              + "\" here, \""
              + there.category().label()
              + "\" there");
    }
    if (here.direction() != there.direction()) {
      fields.add(
          "direction \""
              + here.direction().label()
              + "\" here, \""
              + there.direction().label()
              + "\" there");
    }
    return String.join("; ", fields);
  }

  /**
   * Results another framework wrote; their models are made into versions unless a models file lists
   * them.
   */
  void addImported(ImportedResults imported, String file, String digest) {
    String runKey = imported.runId().map(id -> "run:" + id).orElse("sha256:" + digest);
    List<EvalResult> all = new ArrayList<>(imported.results());
    all.addAll(imported.unsized());
    if (sameRunAsEarlier(runKey, file, all)) {
      return;
    }
    imported.models().forEach(m -> addImportedModel(m, placeOf(imported, m.id())));
    imported
        .evals()
        .forEach(
            e -> {
              EvalDefinition earlier = evals.putIfAbsent(e.id(), e);
              if (earlier != null && !earlier.agreesWith(e)) {
                problems.add(
                    e.source(),
                    "eval \""
                        + e.id()
                        + "\" is defined differently at "
                        + earlier.source()
                        + " ("
                        + differences(e, earlier)
                        + ")");
              }
            });
    imported
        .results()
        .forEach(r -> measured.add(new MeasuredResult(r, runKey, file, imported.started())));
    imported
        .unsized()
        .forEach(r -> unsized.add(new MeasuredResult(r, runKey, file, imported.started())));
    notes.addAll(imported.notes());
    incomplete.addAll(imported.incomplete());
    sampleLogs.addAll(imported.sampleLogs());
    imported.runs().forEach(runs::addImported);
  }

  /**
   * Framework names are normalised into ids (lowercase, other characters as '-'), so two names may
   * become one id: merged silently, their results would share one page, and on a case-insensitive
   * file system their folders would be one. Such names are an error, as is a name that makes no
   * usable folder name.
   */
  private void addImportedModel(ImportedModel m, Source place) {
    if (!Ids.isSimple(m.id())) {
      refusedModels.add(m.id());
      problems.add(
          place,
          "cannot make a model id of "
              + Ids.SIMPLE_RULE
              + " from the model name \""
              + m.frameworkName()
              + "\" (got \""
              + m.id()
              + "\")");
      return;
    }
    // ids keep '.', '_' and '-' apart, but names that differ only there (gpt-4, gpt_4, gpt.4) are
    // one model
    String key = m.id().replace('.', '-').replace('_', '-');
    ImportedModel earlier = importedByKey.putIfAbsent(key, m);
    if (earlier == null) {
      importedModels.put(m.id(), m);
      importedPlaces.put(key, place);
    } else if (!earlier.frameworkName().equals(m.frameworkName()) || !earlier.id().equals(m.id())) {
      Source earlierPlace = importedPlaces.get(key);
      String names =
          earlierPlace.equals(place)
              ? "the model names \""
                  + m.frameworkName()
                  + "\" and \""
                  + earlier.frameworkName()
                  + "\" of one import"
              : "the model names \""
                  + m.frameworkName()
                  + "\" here and \""
                  + earlier.frameworkName()
                  + "\" at "
                  + earlierPlace;
      String become =
          earlier.id().equals(m.id())
              ? " both become the model id \""
                  + m.id()
                  + "\" (ids are lowercase, with '-' for other characters)"
              : " become the model ids \""
                  + m.id()
                  + "\" and \""
                  + earlier.id()
                  + "\", which differ only in '.', '_' and"
                  + " '-'";
      problems.add(
          place,
          names
              + become
              + "; rename one of them so that they differ in more than case and"
              + " punctuation");
      if (!earlier.id().equals(m.id())) {
        refusedModels.add(m.id()); // its results need no second problem saying the model is unknown
      }
    }
  }

  /**
   * Where an import names a model: its first result, incomplete run or eval, else the import's
   * file.
   */
  private static Source placeOf(ImportedResults imported, String modelId) {
    return imported.results().stream()
        .filter(r -> r.modelId().equals(modelId))
        .map(EvalResult::source)
        .findFirst()
        .or(
            () ->
                imported.incomplete().stream()
                    .filter(r -> r.modelId().equals(modelId))
                    .map(dev.evalpress.model.IncompleteRun::source)
                    .findFirst())
        .or(() -> imported.evals().stream().map(EvalDefinition::source).findFirst())
        .orElse(Source.file("results"));
  }

  /** The per-sample records of the imported files, in the order the files were read. */
  List<dev.evalpress.load.imports.ImportedSampleLog> sampleLogs() {
    return List.copyOf(sampleLogs);
  }

  void addRun(TrainingRun run) {
    runs.add(run);
  }

  Results assemble() {
    for (ImportedModel m : importedModels.values()) {
      if (!models.containsKey(m.id())) {
        models.put(
            m.id(),
            new ModelVersion(
                m.id(),
                m.frameworkName(),
                ModelIds.provider(m.frameworkName()),
                m.runDate(),
                java.util.Optional.empty(),
                Source.file("(imported as " + m.frameworkName() + ")")));
      }
    }
    checkPredecessors();
    UnsizedResults.Sized sized = UnsizedResults.size(unsized, measured);
    measured.addAll(sized.results());
    notes.addAll(sized.notes());
    RerunResolver.Settled settled = RerunResolver.settle(measured, settings, problems);
    notes.addAll(settled.notes());
    List<EvalResult> evalResults = settled.results();
    EvalRules.apply(settings, evals, notes);
    runs.addCheckpoints(importedModels.values(), evalResults, evals);
    checkEvalResults(evalResults);
    List<ModelVersion> ordered = new ArrayList<>(models.values());
    ordered.sort(ModelVersion.RELEASE_ORDER);
    return new Results(ordered, evals, evalResults, runs.list(), incomplete, notes);
  }

  private void checkPredecessors() {
    for (ModelVersion m : models.values()) {
      m.predecessor()
          .ifPresent(
              p -> {
                if (p.equals(m.id())) {
                  problems.add(
                      m.source(), "model \"" + m.id() + "\" names itself as its predecessor");
                } else if (!models.containsKey(p) && !modelsIncomplete) {
                  problems.add(
                      m.source(),
                      "unknown predecessor \""
                          + p
                          + "\" of model \""
                          + m.id()
                          + "\"; known models: "
                          + String.join(", ", new TreeMap<>(models).keySet()));
                }
              });
    }
    // each model on a cycle is reported once, with the cycle; a model that names itself is reported
    // above, and a model whose chain runs into a cycle it is not part of is not reported again
    Set<String> onCycle = modelsOnCycles();
    for (ModelVersion m : models.values()) {
      if (!onCycle.contains(m.id())) {
        continue;
      }
      List<String> chain = new ArrayList<>(List.of(m.id()));
      String id = models.get(m.id()).predecessor().orElseThrow();
      while (!id.equals(m.id())) {
        chain.add(id);
        id = models.get(id).predecessor().orElseThrow();
      }
      chain.add(id);
      problems.add(
          m.source(),
          "the predecessors of model \""
              + m.id()
              + "\" form a cycle: "
              + String.join(" -> ", chain));
    }
  }

  /**
   * The models on a predecessor cycle of two or more, found in one walk over all chains (each model
   * is visited once; a walk per model is quadratic in a family's length, minutes at 40,000 models).
   */
  private Set<String> modelsOnCycles() {
    Set<String> done = new HashSet<>();
    Set<String> onCycle = new HashSet<>();
    for (String start : models.keySet()) {
      Map<String, Integer> path = new LinkedHashMap<>();
      String id = start;
      while (id != null && models.containsKey(id) && !done.contains(id) && !path.containsKey(id)) {
        path.put(id, path.size());
        id = models.get(id).predecessor().orElse(null);
      }
      if (id != null && path.containsKey(id)) {
        List<String> walked = new ArrayList<>(path.keySet());
        List<String> cycle = walked.subList(path.get(id), walked.size());
        if (cycle.size() > 1) {
          onCycle.addAll(cycle);
        }
      }
      done.addAll(path.keySet());
    }
    return onCycle;
  }

  private void checkEvalResults(List<EvalResult> evalResults) {
    Map<String, ResultRow> firstRowOfEval = new HashMap<>();
    for (EvalResult r : evalResults) {
      if (!models.containsKey(r.modelId())
          && !modelsIncomplete
          && !refusedModels.contains(r.modelId())) {
        problems.add(
            r.source(),
            "unknown model \"" + r.modelId() + "\"; list it in a models file (kind \"models\")");
      }
      for (ResultRow row : r.rows()) {
        boolean counts = row.measurement() instanceof Counts;
        ResultRow first = firstRowOfEval.putIfAbsent(r.evalId(), row);
        if (first != null && (first.measurement() instanceof Counts) != counts) {
          problems.add(
              row.source(),
              "eval \""
                  + r.evalId()
                  + "\" mixes counts (k, n) and scores (mean, stderr): this"
                  + " row has "
                  + (counts ? "counts" : "a score")
                  + ", the row at "
                  + first.source()
                  + " has "
                  + (counts ? "a score" : "counts")
                  + "; use one kind of measurement for every row of an eval");
        }
      }
    }
  }
}
