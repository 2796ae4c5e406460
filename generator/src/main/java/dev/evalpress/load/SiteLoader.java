package dev.evalpress.load;

import dev.evalpress.model.SiteSettings;
import dev.evalpress.model.TrackedEval;
import dev.evalpress.model.Results;
import dev.evalpress.model.Site;
import dev.evalpress.problem.Problems;
import dev.evalpress.load.imports.ImportedSampleLog;
import java.nio.file.Path;
import java.util.List;

/** Entry point of the load stage: reads a site root's settings, {@code results/} and {@code content/}. */
public final class SiteLoader {

  private SiteLoader() {}

  /** Loads everything under {@code root}; every problem found goes to {@code problems}. */
  public static Site load(Path root, Problems problems) {
    return loadWithSamples(root, problems).site();
  }

  /**
   * A loaded site with the per-sample records of imported files, which the build streams later, and whether the
   * settings that decide how {@code results/} is read had problems (see {@link SettingsLoader#loadChecked}).
   */
  public record Loaded(Site site, List<ImportedSampleLog> importedSamples, boolean resultRulesHaveProblems) {

    public Loaded {
      importedSamples = List.copyOf(importedSamples);
    }
  }

  /** Loads everything under {@code root} as {@link #load} does, keeping the imported files' per-sample records. */
  public static Loaded loadWithSamples(Path root, Problems problems) {
    if (!java.nio.file.Files.isDirectory(root.resolve("results"))
        && !java.nio.file.Files.isDirectory(root.resolve("content"))) {
      problems.add(dev.evalpress.model.Source.file(root.toString()), "no results/ or content/ folder here: is --root"
          + " the folder that holds them?");
    }
    SettingsLoader.Loaded loadedSettings = SettingsLoader.loadChecked(root, problems);
    SiteSettings settings = loadedSettings.settings();
    ResultsLoader.Loaded results = ResultsLoader.loadWithSamples(root, settings.results(), problems);
    ContentLoader.Content content = ContentLoader.loadContent(root, problems);
    return new Loaded(new Site(settings, results.results(), content.reports(), content.reportsWithBadFrontMatter()),
        results.importedSamples(), loadedSettings.resultRulesHaveProblems());
  }

  /**
   * Checks the settings against the results once sample logs are merged in. Every entry that names an eval must
   * name one that is there, or it would silently do nothing, and most often it is a typo: an {@code evals:} rule
   * must match an eval, a tracked eval must have results, and a {@code samples:} policy must name an eval with
   * per-sample logs or records ({@code sampledEvals}), else a typo publishes the transcripts it was meant to
   * withhold or redact. Each problem names the closest existing id.
   */
  public static void checkSettings(SiteSettings settings, Results results, java.util.Set<String> sampledEvals,
      Problems problems) {
    java.util.Set<String> evals = results.evals().keySet();
    for (dev.evalpress.model.EvalRule rule : settings.results().evals()) {
      if (evals.stream().noneMatch(rule.eval()::matches)) {
        problems.add(rule.eval().source(), "evals: eval \"" + rule.eval() + "\" matches no eval; "
            + closest("eval", rule.eval().pattern(), evals));
      }
    }
    for (dev.evalpress.model.SamplePolicy policy : settings.samples()) {
      if (!sampledEvals.contains(policy.evalId())) {
        problems.add(policy.source(), "samples: eval \"" + policy.evalId() + "\" has no per-sample logs or records,"
            + " so its publish, cap and redact settings would do nothing; "
            + closest("eval with samples", policy.evalId(), sampledEvals));
      }
    }
    for (TrackedEval tracked : settings.tracked()) {
      if (results.eval(tracked.evalId()).isEmpty()) {
        problems.add(tracked.source(), "tracked eval \"" + tracked.evalId() + "\" has no results; "
            + closest("eval", tracked.evalId(), evals));
        continue;
      }
      boolean rate = results.evalResults().stream().filter(r -> r.evalId().equals(tracked.evalId()))
          .flatMap(r -> r.rows().stream()).anyMatch(row -> row.measurement() instanceof dev.evalpress.model.Counts);
      double t = tracked.threshold().orElse(0);
      if (rate && (t < 0 || t > 1)) {
        problems.add(tracked.source(), "threshold of tracked eval \"" + tracked.evalId() + "\": expected a rate"
            + " between 0 and 1 (0.05 for 5%), got " + t);
      }
    }
  }

  /** "the closest KIND is "ID"", or that there is none. */
  private static String closest(String kind, String wanted, java.util.Collection<String> ids) {
    return dev.evalpress.load.internal.ClosestId.among(wanted, ids)
        .map(id -> "the closest " + kind + " is \"" + id + "\"")
        .orElse("there is no " + kind + " at all");
  }
}
