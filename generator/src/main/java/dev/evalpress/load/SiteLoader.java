package dev.evalpress.load;

import dev.evalpress.load.imports.ImportedSampleLog;
import dev.evalpress.load.internal.ClosestId;
import dev.evalpress.load.samples.LogAggregate;
import dev.evalpress.load.samples.SampleAggregation;
import dev.evalpress.load.samples.SampleResults;
import dev.evalpress.model.Counts;
import dev.evalpress.model.EvalRule;
import dev.evalpress.model.Results;
import dev.evalpress.model.SampleLibrary;
import dev.evalpress.model.SamplePolicy;
import dev.evalpress.model.Site;
import dev.evalpress.model.SiteSettings;
import dev.evalpress.model.Source;
import dev.evalpress.model.SourceFolders;
import dev.evalpress.model.TrackedEval;
import dev.evalpress.problem.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Entry point of the load stage: reads a site root's settings, its results folder (summary files,
 * imported files and sample logs) and its content folder ({@code results/} and {@code content/} by
 * default, see {@link SourceFolders}), in two steps. {@link #load} reads every file and streams the
 * sample logs; {@link #complete} folds the logs' counts into the results and checks the settings
 * against them. The caller may stop between the two when the results have problems, since the logs
 * cannot be compared with results that are not the ones meant.
 */
public final class SiteLoader {

  private SiteLoader() {}

  /**
   * A site as read, before its sample logs are folded in: {@code site.results()} holds the summary
   * and imported results only. {@code sampleLogs} are the streamed logs of {@code results/}; {@code
   * importedSamples} the per-sample records of imported files, streamed by {@link #complete};
   * {@code resultRulesHaveProblems} whether the settings that decide how {@code results/} is read
   * had problems (see {@link SettingsLoader#loadChecked}).
   */
  public record Loaded(
      Site site,
      List<LogAggregate> sampleLogs,
      List<ImportedSampleLog> importedSamples,
      boolean resultRulesHaveProblems) {

    public Loaded {
      sampleLogs = List.copyOf(sampleLogs);
      importedSamples = List.copyOf(importedSamples);
    }
  }

  /** A site whose results include what its sample logs add, and the samples to publish. */
  public record Complete(Site site, SampleLibrary samples) {}

  /**
   * Reads {@code root} with its {@code content/} and {@code results/} (see {@link
   * SourceFolders#of}).
   */
  public static Loaded load(Path root, int threads, Problems problems) {
    return load(SourceFolders.of(root), threads, problems);
  }

  /**
   * Reads the settings in the root and everything in the content and results folders, and streams
   * the sample logs on {@code threads} workers; every problem found goes to {@code problems}. A
   * log's lines need only its header to be checked, so they are read whatever else has problems.
   */
  public static Loaded load(SourceFolders folders, int threads, Problems problems) {
    return load(folders, threads, problems, n -> {});
  }

  /**
   * {@link #load}, telling {@code filesRead} of each result file, report and sample log once it is
   * read (settings files are not counted).
   */
  public static Loaded load(
      SourceFolders folders, int threads, Problems problems, LongConsumer filesRead) {
    if (!Files.isDirectory(folders.results()) && !Files.isDirectory(folders.content())) {
      problems.add(Source.file(folders.root().toString()), noFolders(folders));
    }
    SettingsLoader.Loaded loadedSettings = SettingsLoader.loadChecked(folders.root(), problems);
    SiteSettings settings = loadedSettings.settings();
    ResultsLoader.Loaded results =
        ResultsLoader.load(folders, settings.results(), problems, filesRead);
    ContentLoader.Content content = ContentLoader.loadContent(folders, problems, filesRead);
    Site site =
        new Site(
            settings, results.results(), content.reports(), content.reportsWithBadFrontMatter());
    List<LogAggregate> logs =
        SampleAggregation.ofLogs(
            SampleLogs.list(folders, problems), settings, threads, problems, filesRead);
    return new Loaded(
        site, logs, results.importedSamples(), loadedSettings.resultRulesHaveProblems());
  }

  private static String noFolders(SourceFolders folders) {
    if (folders.areDefault()) {
      return "no results/ or content/ folder here: is --root the folder that holds them?";
    }
    return "neither the results folder "
        + folders.shownResults()
        + "/ nor the content folder "
        + folders.shownContent()
        + "/ exists: expected at least one of them";
  }

  /**
   * Streams the imported files' per-sample records (they only fill the transcript viewer: their
   * rates are already the imported results), merges the sample logs' counts into the results, which
   * must agree with them, and checks the settings against the complete results.
   */
  public static Complete complete(Loaded loaded, Problems problems) {
    Site site = loaded.site();
    List<LogAggregate> imported =
        SampleAggregation.ofImported(
            loaded.importedSamples(), site.settings(), site.results(), problems);
    Results results = SampleResults.merge(site.results(), loaded.sampleLogs(), problems);
    Set<String> sampledEvals = new HashSet<>();
    loaded.sampleLogs().forEach(a -> sampledEvals.add(a.header().eval().id()));
    imported.forEach(a -> sampledEvals.add(a.header().eval().id()));
    checkSettings(site.settings(), results, sampledEvals, problems);
    List<LogAggregate> published = new ArrayList<>(loaded.sampleLogs());
    published.addAll(imported);
    return new Complete(
        new Site(site.settings(), results, site.reports(), site.reportsWithBadFrontMatter()),
        SampleAggregation.library(published));
  }

  /**
   * Checks the settings against the results once sample logs are merged in. Every entry that names
   * an eval must name one that is there, or it would silently do nothing, and most often it is a
   * typo: an {@code evals:} rule must match an eval, a tracked eval must have results, and a {@code
   * samples:} policy must name an eval with per-sample logs or records ({@code sampledEvals}), else
   * a typo publishes the transcripts it was meant to withhold or redact. Each problem names the
   * closest existing id.
   */
  private static void checkSettings(
      SiteSettings settings, Results results, Set<String> sampledEvals, Problems problems) {
    Set<String> evals = results.evals().keySet();
    for (EvalRule rule : settings.results().evals()) {
      if (evals.stream().noneMatch(rule.eval()::matches)) {
        problems.add(
            rule.eval().source(),
            "evals: eval \""
                + rule.eval()
                + "\" matches no eval; "
                + closest("eval", rule.eval().pattern(), evals));
      }
    }
    for (SamplePolicy policy : settings.samples()) {
      if (!sampledEvals.contains(policy.evalId())) {
        problems.add(
            policy.source(),
            "samples: eval \""
                + policy.evalId()
                + "\" has no per-sample logs or records,"
                + " so its publish, cap and redact settings would do nothing; "
                + closest("eval with samples", policy.evalId(), sampledEvals));
      }
    }
    for (TrackedEval tracked : settings.tracked()) {
      if (results.eval(tracked.evalId()).isEmpty()) {
        problems.add(
            tracked.source(),
            "tracked eval \""
                + tracked.evalId()
                + "\" has no results; "
                + closest("eval", tracked.evalId(), evals));
        continue;
      }
      boolean rate =
          results.evalResults().stream()
              .filter(r -> r.evalId().equals(tracked.evalId()))
              .flatMap(r -> r.rows().stream())
              .anyMatch(row -> row.measurement() instanceof Counts);
      double t = tracked.threshold().orElse(0);
      if (rate && (t < 0 || t > 1)) {
        problems.add(
            tracked.source(),
            "threshold of tracked eval \""
                + tracked.evalId()
                + "\": expected a rate"
                + " between 0 and 1 (0.05 for 5%), got "
                + t);
      }
    }
  }

  /** "the closest KIND is "ID"", or that there is none. */
  private static String closest(String kind, String wanted, Collection<String> ids) {
    return ClosestId.among(wanted, ids)
        .map(id -> "the closest " + kind + " is \"" + id + "\"")
        .orElse("there is no " + kind + " at all");
  }
}
