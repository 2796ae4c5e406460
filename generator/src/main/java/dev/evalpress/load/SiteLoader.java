package dev.evalpress.load;

import dev.evalpress.config.SettingsLoader;
import dev.evalpress.config.SiteSettings;
import dev.evalpress.config.TrackedEval;
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
   * Checks the settings against the results once sample logs are merged in: every tracked eval must have
   * results.
   */
  public static void checkSettings(SiteSettings settings, Results results, Problems problems) {
    // a rule that matches nothing is a setting that silently does nothing, most often a typo
    for (dev.evalpress.config.EvalRule rule : settings.results().evals()) {
      if (results.evals().keySet().stream().noneMatch(rule.eval()::matches)) {
        problems.add(rule.eval().source(), "evals: eval \"" + rule.eval() + "\" matches no eval; known evals: "
            + listed(results.evals().keySet()));
      }
    }
    for (TrackedEval tracked : settings.tracked()) {
      if (results.eval(tracked.evalId()).isEmpty()) {
        problems.add(tracked.source(), "tracked eval \"" + tracked.evalId() + "\" has no results; known evals: "
            + listed(results.evals().keySet()));
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

  /** At most 20 ids, then how many more: a lab's results have hundreds. */
  private static String listed(java.util.Collection<String> ids) {
    List<String> all = List.copyOf(ids);
    return all.size() <= 20 ? String.join(", ", all)
        : String.join(", ", all.subList(0, 20)) + " and " + (all.size() - 20) + " more";
  }
}
