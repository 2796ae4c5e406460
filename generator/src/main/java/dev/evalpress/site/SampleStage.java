package dev.evalpress.site;

import dev.evalpress.analyse.degeneration.DegenerationDetector;
import dev.evalpress.analyse.degeneration.DegenerationSettings;
import dev.evalpress.analyse.samples.LogAggregate;
import dev.evalpress.analyse.samples.SampleAggregate;
import dev.evalpress.config.DegenerationThresholds;
import dev.evalpress.config.SamplePolicy;
import dev.evalpress.config.SiteSettings;
import dev.evalpress.load.samples.SampleLogFile;
import dev.evalpress.load.samples.SampleLogReader;
import dev.evalpress.model.Source;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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
      try {
        SampleAggregate aggregate = SampleLogReader.read(log.file(), log.shown(), log.header(),
            () -> new SampleAggregate(detector, policy.publish() ? policy.cap() : 0), threads, problems);
        out.add(new LogAggregate(log.shown(), log.header(), aggregate));
      } catch (IOException e) {
        problems.add(Source.file(log.shown()), "cannot read: " + e.getMessage());
      }
    }
    return out;
  }

  private static DegenerationSettings settings(DegenerationThresholds t) {
    return new DegenerationSettings(t.maxPhraseLength(), t.minPhraseLength(), t.minRepeatsForShortPhrases(),
        t.seqRepN());
  }
}
