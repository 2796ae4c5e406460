package dev.evalpress.build;

import dev.evalpress.analyse.degeneration.DegenerationDetector;
import dev.evalpress.analyse.degeneration.DegenerationSettings;
import dev.evalpress.analyse.samples.LogAggregate;
import dev.evalpress.analyse.samples.SampleAggregate;
import dev.evalpress.model.DegenerationThresholds;
import dev.evalpress.model.SamplePolicy;
import dev.evalpress.model.SiteSettings;
import dev.evalpress.load.imports.ImportedSampleLog;
import dev.evalpress.load.samples.SampleLogFile;
import dev.evalpress.load.samples.SampleLogHeader;
import dev.evalpress.model.Results;
import dev.evalpress.load.samples.SampleLogReader;
import dev.evalpress.model.Source;
import dev.evalpress.problem.CurrentInput;
import dev.evalpress.problem.IoFailure;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Streams every sample log through the aggregation, one log at a time, on {@code threads} workers: the load
 * stage reads, the analysis stage counts and keeps the samples to publish.
 */
final class SampleStage {

  private SampleStage() {}

  static List<LogAggregate> aggregate(List<SampleLogFile> logs, SiteSettings settings, int threads,
      Problems problems) {
    List<LogAggregate> out = new ArrayList<>();
    for (SampleLogFile log : logs) {
      SamplePolicy policy = settings.samplePolicy(log.header().eval().id());
      DegenerationDetector detector = new DegenerationDetector(settings(policy.degeneration()));
      CurrentInput.set(log.shown());
      try {
        SampleAggregate aggregate = SampleLogReader.read(log.file(), log.shown(), log.header(),
            () -> new SampleAggregate(detector, policy.publish() ? policy.cap() : 0), threads, problems);
        out.add(new LogAggregate(log.shown(), log.header(), aggregate));
      } catch (IOException e) {
        problems.add(Source.file(log.shown()), "cannot read: " + IoFailure.describe(e));
      }
    }
    return out;
  }

  /**
   * Streams the per-sample records of imported files into one aggregate per eval, for the transcript viewer
   * only: their rates are the imported results, which the readers check the records against.
   */
  static List<LogAggregate> aggregateImported(List<ImportedSampleLog> logs, SiteSettings settings, Results results,
      Problems problems) {
    List<LogAggregate> out = new ArrayList<>();
    for (ImportedSampleLog log : logs) {
      Map<String, SampleAggregate> byEval = new TreeMap<>();
      for (String evalId : log.evalIds()) {
        SamplePolicy policy = settings.samplePolicy(evalId);
        byEval.put(evalId, new SampleAggregate(new DegenerationDetector(settings(policy.degeneration())),
            policy.publish() ? policy.cap() : 0));
      }
      CurrentInput.set(log.shown());
      try {
        log.read(sample -> byEval.get(sample.evalId()).accept(sample), problems);
      } catch (IOException e) {
        problems.add(Source.file(log.shown()), "cannot read: " + IoFailure.describe(e));
        continue;
      }
      byEval.forEach((evalId, aggregate) -> results.eval(evalId).ifPresent(eval -> out.add(new LogAggregate(
          log.shown(), new SampleLogHeader(eval, Source.file(log.shown())), aggregate))));
    }
    return out;
  }

  private static DegenerationSettings settings(DegenerationThresholds t) {
    return new DegenerationSettings(t.maxPhraseLength(), t.minPhraseLength(), t.minRepeatsForShortPhrases(),
        t.seqRepN());
  }
}
