package dev.evalpress.load.imports.lmeval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.load.imports.ImportContext;
import dev.evalpress.load.imports.ImportedResults;
import dev.evalpress.load.imports.ImportedSampleLog;
import dev.evalpress.load.imports.JsonDocumentImporter;
import dev.evalpress.load.imports.ModelIds;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.model.Source;
import dev.evalpress.problem.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the results files of EleutherAI's lm-evaluation-harness: the v0.3 format ({@code
 * {"results": {task: {"acc": 0.5, "acc_stderr": 0.01}}, "versions": …, "config": …}}), the same
 * format as gpt-neox's {@code evaluate.py} writes it ({@code config.model} {@code "neox"}, {@code
 * config.model_args} the whole NeoX argument set with the checkpoint's {@code iteration}), and the
 * format of v0.4 and later, which {@code lm_eval/loggers/evaluation_tracker.py} writes as {@code
 * results_<date>.json} (metric keys {@code "acc,none"} with a filter after the comma, {@code
 * "acc_stderr,none"}, and the sections {@code higher_is_better}, {@code n-samples}, {@code n-shot},
 * {@code configs}, {@code group_subtasks} and a unix {@code date}).
 *
 * <p><b>Recognition.</b> A JSON object without {@code kind} that has {@code results}, an object
 * {@code config}, and at least one of {@code versions}, {@code configs} or {@code n-samples}.
 *
 * <p><b>Model.</b> The model is the value of the first of {@code peft=}, {@code delta=}, {@code
 * pretrained=}, {@code model=}, {@code path=}, {@code engine=} in {@code config.model_args} (the
 * keys and order the harness uses for its own {@code model_name}; a string {@code "k=v,k=v"} or an
 * object, {@link ModelArgs}), else {@code config.model}. A {@code revision=} other than {@code
 * main} is appended as {@code NAME@REVISION}, so that checkpoints of one model are distinct
 * versions. When the settings name the model of the file ({@link ImportContext#model()}; for tools
 * that write a placeholder, such as gpt-neox's {@code "neox"}), that name is used instead, and with
 * a step pointer the model is the checkpoint {@code NAME@step<N>}, N read at the pointer ({@link
 * Checkpoint#stepAt}: an integer, or a key of a {@code "k=v,…"} string). The id is {@link
 * ModelIds#normalize} of that name; the date is the file's {@code date} (a unix time, read as a UTC
 * day), absent in v0.3 files.
 *
 * <p><b>Evals.</b> Every numeric entry of {@code results.TASK}, other than {@code alias}, {@code
 * samples} and the {@code *_stderr} entries, is one eval:
 *
 * <ul>
 *   <li>id {@code lm-eval/TASK/METRIC}, each part an {@link
 *       dev.evalpress.load.internal.Ids#segment}; the filter {@code none} is dropped, another
 *       filter is kept as {@code METRIC-FILTER} ({@code exact_match,strict-match} → {@code
 *       exact_match-strict-match}). A task run with N &gt; 0 few-shot examples is {@code
 *       lm-eval/TASK/METRIC/N-shot}: a 5-shot score is another measurement than a 0-shot one, and
 *       the files of both runs of one checkpoint must not collide. N is v0.4's {@code n-shot.TASK},
 *       else {@code config.num_fewshot} (v0.3 records only that), else 0 ({@link ShotCounts});
 *   <li>title {@code TASK (METRIC)}, or {@code TASK (METRIC, N-shot)}, and metric {@code METRIC},
 *       the metric as the harness spells it, with a filter other than {@code none} after a comma;
 *   <li>category {@code capability}, a default: the files do not say what a task measures;
 *   <li>direction from {@code higher_is_better.TASK.METRIC} when the file has it, else the one the
 *       harness declares for the metric ({@link MetricDirections}: perplexities under all their
 *       names, {@code ppl} of v0.3 included, bits per byte, Brier score, MAE, TER and CrowS-Pairs'
 *       metrics are lower-is-better), else higher-is-better, with a {@code DIRECTION_ASSUMED} note.
 * </ul>
 *
 * Each becomes one result on the model with a single row without condition: a {@link
 * dev.evalpress.model.Score} whose mean and standard error are the file's numbers, unchanged, so
 * the site's interval mean ± z·stderr is the harness's.
 *
 * <p><b>Sample size n</b> ({@link SampleSizes}). The first that applies:
 *
 * <ol>
 *   <li>{@code n-samples.TASK.effective} (v0.4.2 and later);
 *   <li>an integer {@code results.TASK.samples} (written by some v0.4 pre-releases);
 *   <li>for a group, the sum of the counts of its {@code group_subtasks}, found by these same
 *       rules;
 *   <li>derived from the metric itself, if it is a 0/1 mean: the harness's standard error of a mean
 *       is the sample standard deviation (divisor n − 1) over √n, which for a proportion p of n
 *       samples is √(p(1 − p)/(n − 1)), so n = p(1 − p)/stderr² + 1. This is accepted only when it
 *       is exact: n within 10⁻⁹ of an integer (relative) and p·n within 10⁻⁶ of an integer, which a
 *       metric that is not a 0/1 mean does not meet;
 *   <li>the n the task's other 0/1 metrics agree on (v0.3 LAMBADA's {@code ppl} takes the n of its
 *       {@code acc});
 *   <li>the n of the tasks the harness ran on the same documents (same {@code configs} dataset,
 *       subset and split): truthfulqa_mc2, a mean of probabilities, takes the n of truthfulqa_mc1
 *       in v0.4 files without {@code n-samples}.
 * </ol>
 *
 * Rules 5 and 6 add a {@code SAMPLE_SIZE_FROM_ELSEWHERE} note. A metric none of them sizes (an
 * early checkpoint's LAMBADA: {@code acc} 0 with stderr 0, and {@code ppl}) is an {@link
 * ImportedResults#unsized()} result with n = 0, which the loader sizes from the same eval's other
 * results; the site shows n, the interval does not depend on it.
 *
 * <p><b>What is not imported.</b> A metric whose standard error is missing, {@code "N/A"} or NaN
 * (the harness writes {@code "N/A"} when it has no standard error for an aggregation or ran with
 * {@code bootstrap_iters=0}), or whose value is NaN, is left out: an interval of width 0 would
 * claim a precision the harness did not measure. This is not a problem (problems fail the build,
 * and the harness writes such entries routinely, such as the ETHICS tasks' {@code em}): each is a
 * {@code LEFT_OUT} note on the eval id it would have had, and it is said in the run notes of the
 * task's other results. A file from which nothing at all can be imported is one problem at {@code
 * /results}, listing why. Checkpoints are imported as model versions and as a point of a training
 * run named after the model.
 *
 * <p><b>Run.</b> {@link ImportedResults#started()} is v0.4's {@code date}; v0.3 files have none.
 * There is no run id: the loader counts byte-identical copies once.
 *
 * <p><b>Problems</b>, each at its JSON pointer: {@code results} not an object or empty; a task that
 * is not an object; no model name; a model or eval id that is not valid; two metrics with the same
 * id; a standard error that is negative, infinite or neither a number nor {@code "N/A"}; values
 * beyond ±10¹⁵; malformed {@code date}, {@code higher_is_better}, {@code n-shot} or {@code
 * n-samples} entries; a step pointer from the settings that points at nothing or not at an integer.
 */
public final class LmEvalHarnessImporter implements JsonDocumentImporter {

  @Override
  public String format() {
    return "lm-evaluation-harness results (v0.3, or results_*.json of v0.4 and later)";
  }

  @Override
  public boolean recognizes(JsonNode root) {
    return root != null
        && root.isObject()
        && !root.has("kind")
        && root.has("results")
        && root.path("config").isObject()
        && (root.has("versions") || root.has("configs") || root.has("n-samples"));
  }

  @Override
  public Optional<ImportedResults> read(LocatedJson doc, Problems problems) {
    return new LmEvalReading(doc, Optional.empty(), problems)
        .read()
        .map(LmEvalReading.Read::results);
  }

  /**
   * Reads a results file at {@code file} with the {@code samples_TASK_DATE.jsonl} files the harness
   * wrote beside it ({@code --log_samples}), matched by the date stamp in the names, and the model
   * the settings name for it. A samples file of a task the results do not have is a problem.
   */
  @Override
  public Optional<ImportedResults> read(LocatedJson doc, ImportContext context, Problems problems) {
    Optional<LmEvalReading.Read> read = new LmEvalReading(doc, context.model(), problems).read();
    Path file = context.file();
    Optional<String> date = file == null ? Optional.empty() : LmEvalSampleFiles.resultsDate(file);
    if (read.isEmpty() || date.isEmpty()) {
      return read.map(LmEvalReading.Read::results);
    }
    ImportedResults imported = read.get().results();
    String modelId = imported.models().get(0).id();
    String shownDir =
        doc.path().contains("/") ? doc.path().substring(0, doc.path().lastIndexOf('/') + 1) : "";
    JsonNode results = doc.root().get("results");
    List<ImportedSampleLog> logs = new ArrayList<>();
    for (Path samples : LmEvalSampleFiles.samplesBeside(file, date.get())) {
      String task = LmEvalSampleFiles.task(samples, date.get()).orElseThrow();
      String shown = shownDir + samples.getFileName();
      if (!results.has(task)) {
        List<String> names = new ArrayList<>();
        results.fieldNames().forEachRemaining(names::add);
        problems.add(
            Source.file(shown),
            "a samples file of task \""
                + task
                + "\", but "
                + doc.path()
                + " has no"
                + " results for that task; expected one of: "
                + String.join(", ", names));
        continue;
      }
      List<LmEvalSampleLog.Expected> expected =
          read.get().sized().stream()
              .filter(m -> m.task().equals(task))
              .map(
                  m ->
                      new LmEvalSampleLog.Expected(
                          m.evalId(),
                          m.key().base(),
                          m.key().filterName(),
                          m.score().mean(),
                          m.score().n()))
              .toList();
      if (!expected.isEmpty()) {
        logs.add(new LmEvalSampleLog(samples, shown, doc.path(), task, modelId, expected));
      }
    }
    return Optional.of(imported.withSampleLogs(logs));
  }
}
