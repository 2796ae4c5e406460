package dev.evalpress.load.samples;

import dev.evalpress.load.degeneration.DegenerationDetector;
import dev.evalpress.load.degeneration.DegenerationSettings;
import dev.evalpress.load.imports.ImportedSampleLog;
import dev.evalpress.model.DegenerationThresholds;
import dev.evalpress.model.Results;
import dev.evalpress.model.ReviewedSample;
import dev.evalpress.model.SampleLibrary;
import dev.evalpress.model.SamplePolicy;
import dev.evalpress.model.SiteSettings;
import dev.evalpress.model.Source;
import dev.evalpress.problem.CurrentInput;
import dev.evalpress.problem.IoFailure;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * Streams sample logs through {@link SampleAggregate}s, one log at a time, each with the
 * degeneration detector and the publishing cap its eval's {@code samples:} policy sets; and gathers
 * what the aggregates kept to publish into a {@link SampleLibrary}.
 */
public final class SampleAggregation {

  private SampleAggregation() {}

  /** Aggregates every sample log of {@code results/}, on {@code threads} workers per log. */
  public static List<LogAggregate> ofLogs(
      List<SampleLogFile> logs, SiteSettings settings, int threads, Problems problems) {
    return ofLogs(logs, settings, threads, problems, n -> {});
  }

  /** {@link #ofLogs}, telling {@code filesRead} of each log once it is read. */
  public static List<LogAggregate> ofLogs(
      List<SampleLogFile> logs,
      SiteSettings settings,
      int threads,
      Problems problems,
      LongConsumer filesRead) {
    List<LogAggregate> out = new ArrayList<>();
    for (SampleLogFile log : logs) {
      SamplePolicy policy = settings.samplePolicy(log.header().eval().id());
      DegenerationDetector detector = detector(policy);
      CurrentInput.set(log.shown());
      try {
        SampleAggregate aggregate =
            SampleLogReader.read(
                log.file(),
                log.shown(),
                log.header(),
                () -> new SampleAggregate(detector, cap(policy)),
                threads,
                problems);
        out.add(new LogAggregate(log.shown(), log.header(), aggregate));
      } catch (IOException e) {
        problems.add(Source.file(log.shown()), "cannot read: " + IoFailure.describe(e));
      }
      filesRead.accept(1);
    }
    return out;
  }

  /**
   * Streams the per-sample records of imported files into one aggregate per eval, for the
   * transcript viewer only: their rates are the imported results, which the readers check the
   * records against.
   */
  public static List<LogAggregate> ofImported(
      List<ImportedSampleLog> logs, SiteSettings settings, Results results, Problems problems) {
    List<LogAggregate> out = new ArrayList<>();
    for (ImportedSampleLog log : logs) {
      Map<String, SampleAggregate> byEval = new TreeMap<>();
      for (String evalId : log.evalIds()) {
        SamplePolicy policy = settings.samplePolicy(evalId);
        byEval.put(evalId, new SampleAggregate(detector(policy), cap(policy)));
      }
      CurrentInput.set(log.shown());
      try {
        log.read(sample -> byEval.get(sample.evalId()).accept(sample), problems);
      } catch (IOException e) {
        problems.add(Source.file(log.shown()), "cannot read: " + IoFailure.describe(e));
        continue;
      }
      byEval.forEach(
          (evalId, aggregate) ->
              results
                  .eval(evalId)
                  .ifPresent(
                      eval ->
                          out.add(
                              new LogAggregate(
                                  log.shown(),
                                  new SampleLogHeader(eval, Source.file(log.shown())),
                                  aggregate))));
    }
    return out;
  }

  /** The samples the aggregates kept to publish, with every owner's total per eval. */
  public static SampleLibrary library(List<LogAggregate> logs) {
    Map<String, Map<String, List<ReviewedSample>>> byEval = new TreeMap<>();
    Map<String, Long> totals = new TreeMap<>();
    for (LogAggregate log : logs) {
      log.aggregate()
          .counts()
          .forEach(
              (cell, c) ->
                  totals.merge(
                      SampleLibrary.totalKey(
                          cell.evalId(), (cell.run() ? "runs/" : "models/") + cell.owner()),
                      c.samples(),
                      Long::sum));
      Map<String, List<ReviewedSample>> owners =
          byEval.computeIfAbsent(log.header().eval().id(), e -> new TreeMap<>());
      log.aggregate()
          .published()
          .forEach(
              (owner, samples) -> {
                if (!samples.isEmpty()) {
                  owners.merge(
                      owner,
                      samples,
                      (a, b) -> {
                        List<ReviewedSample> all = new ArrayList<>(a);
                        all.addAll(b);
                        return List.copyOf(all);
                      });
                }
              });
    }
    byEval.values().removeIf(Map::isEmpty);
    return new SampleLibrary(byEval, totals);
  }

  /** How many samples of each owner to keep: none when the eval's transcripts are not published. */
  private static int cap(SamplePolicy policy) {
    return policy.publish() ? policy.cap() : 0;
  }

  private static DegenerationDetector detector(SamplePolicy policy) {
    DegenerationThresholds t = policy.degeneration();
    return new DegenerationDetector(
        new DegenerationSettings(
            t.maxPhraseLength(), t.minPhraseLength(), t.minRepeatsForShortPhrases(), t.seqRepN()));
  }
}
