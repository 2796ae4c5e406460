package dev.evalpress.load;

import dev.evalpress.located.JsonObject;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.model.Category;
import dev.evalpress.model.DegenerationThresholds;
import dev.evalpress.model.Direction;
import dev.evalpress.model.EvalRule;
import dev.evalpress.model.Glob;
import dev.evalpress.model.ImportRule;
import dev.evalpress.model.RerunPolicy;
import dev.evalpress.model.ResultSettings;
import dev.evalpress.model.SamplePolicy;
import dev.evalpress.model.SiteSettings;
import dev.evalpress.model.Source;
import dev.evalpress.model.StatisticsSettings;
import dev.evalpress.model.TrackedEval;
import dev.evalpress.problem.CurrentInput;
import dev.evalpress.problem.IoFailure;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/** Reads {@code evalpress.yaml} from the site root, if there is one. */
public final class SettingsLoader {

  public static final String FILE = "evalpress.yaml";
  private static final Set<String> FIELDS =
      Set.of(
          "title", "description", "statistics", "tracked", "samples", "ignore", "imports", "evals");
  private static final Set<String> IMPORTS = Set.of("files", "model", "step");
  private static final Set<String> EVALS = Set.of("eval", "category", "direction", "reruns");
  private static final Set<String> SAMPLES =
      Set.of("eval", "publish", "cap", "redact", "degeneration");
  private static final Set<String> DEGENERATION =
      Set.of("max-phrase-length", "min-phrase-length", "min-repeats", "seq-rep-n");
  private static final Set<String> STATISTICS = Set.of("interval", "level", "alpha");
  private static final Set<String> TRACKED = Set.of("eval", "threshold", "allow-regression");
  private static final List<String> INTERVALS = List.of("wilson", "clopper-pearson");

  private SettingsLoader() {}

  public static SiteSettings load(Path root, Problems problems) {
    return loadChecked(root, problems).settings();
  }

  /**
   * Settings as read, and whether the entries that decide how {@code results/} is read ({@code
   * ignore}, {@code imports}, {@code evals}) had problems: results read without them are not the
   * results the user meant, so checks of what reports and settings name in them would be
   * meaningless.
   */
  public record Loaded(SiteSettings settings, boolean resultRulesHaveProblems) {}

  /** Reads the settings as {@link #load} does, telling whether the result rules had problems. */
  public static Loaded loadChecked(Path root, Problems problems) {
    Path file = root.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return new Loaded(SiteSettings.DEFAULT, false);
    }
    String text;
    try {
      CurrentInput.set(FILE);
      text =
          dev.evalpress.located.Utf8.decode(
                  FILE,
                  dev.evalpress.located.LimitedFiles.read(
                      file, dev.evalpress.located.InputLimits.MAX_TEXT_FILE_BYTES),
                  problems)
              .orElse(null);
      if (text == null) {
        return new Loaded(SiteSettings.DEFAULT, true);
      }
    } catch (IOException e) {
      problems.add(Source.file(FILE), "cannot read: " + IoFailure.describe(e));
      return new Loaded(SiteSettings.DEFAULT, true);
    }
    if (text.isBlank()) {
      return new Loaded(SiteSettings.DEFAULT, false);
    }
    return LocatedJson.parseYaml(FILE, text, 1, problems)
        .map(doc -> JsonObject.root(doc, problems))
        .map(SettingsLoader::read)
        .orElse(new Loaded(SiteSettings.DEFAULT, true));
  }

  private static Loaded read(JsonObject settings) {
    settings.allowOnly(FIELDS);
    SiteSettings d = SiteSettings.DEFAULT;
    StatisticsSettings statistics =
        settings.object("statistics").map(SettingsLoader::statistics).orElse(d.statistics());
    List<TrackedEval> tracked = settings.has("tracked") ? tracked(settings) : List.of();
    List<SamplePolicy> samples = settings.has("samples") ? samples(settings) : List.of();
    int before = settings.failureCount();
    ResultSettings results =
        new ResultSettings(ignore(settings), imports(settings), evals(settings));
    boolean resultRulesHaveProblems = settings.failureCount() > before;
    return new Loaded(
        new SiteSettings(
            settings.text("title").orElse(d.title()),
            settings.text("description").or(d::description),
            statistics,
            tracked,
            samples,
            results),
        resultRulesHaveProblems);
  }

  private static List<Glob> ignore(JsonObject settings) {
    List<Glob> globs = new ArrayList<>();
    for (String pattern : settings.strings("ignore")) {
      glob(settings, "ignore", pattern, true).ifPresent(globs::add);
    }
    return globs;
  }

  private static java.util.Optional<Glob> glob(
      JsonObject o, String field, String pattern, boolean paths) {
    try {
      return java.util.Optional.of(
          paths ? Glob.ofPaths(pattern, o.place(field)) : Glob.ofIds(pattern, o.place(field)));
    } catch (IllegalArgumentException e) {
      o.fail(field, o.pointerOf(field) + ": " + e.getMessage());
      return java.util.Optional.empty();
    }
  }

  private static List<ImportRule> imports(JsonObject settings) {
    List<ImportRule> rules = new ArrayList<>();
    if (!settings.has("imports")) {
      return rules;
    }
    for (JsonObject r : settings.requireObjects("imports")) {
      r.allowOnly(IMPORTS);
      String files = r.requireText("files");
      String model = r.requireText("model");
      java.util.Optional<String> step = r.text("step");
      if (step.isPresent() && !step.get().startsWith("/")) {
        r.fail(
            "step",
            r.pointerOf("step")
                + ": expected a JSON pointer into the file, such as"
                + " /config/model_args/iteration, got \""
                + step.get()
                + "\"");
        continue;
      }
      if (model != null && model.isBlank()) {
        r.fail("model", r.pointerOf("model") + ": expected a model name, got an empty string");
        continue;
      }
      if (files != null && model != null) {
        glob(r, "files", files, true)
            .ifPresent(g -> rules.add(new ImportRule(g, model.strip(), step)));
      }
    }
    return rules;
  }

  private static List<EvalRule> evals(JsonObject settings) {
    List<EvalRule> rules = new ArrayList<>();
    if (!settings.has("evals")) {
      return rules;
    }
    List<String> categories =
        java.util.Arrays.stream(Category.values()).map(Category::label).toList();
    List<String> directions =
        java.util.Arrays.stream(Direction.values()).map(Direction::label).toList();
    List<String> reruns =
        java.util.Arrays.stream(RerunPolicy.values()).map(RerunPolicy::label).toList();
    for (JsonObject r : settings.requireObjects("evals")) {
      r.allowOnly(EVALS);
      String eval = r.requireText("eval");
      java.util.Optional<Category> category =
          java.util.Optional.ofNullable(
                  r.has("category") ? r.requireOneOf("category", categories) : null)
              .map(c -> Category.valueOf(c.toUpperCase(java.util.Locale.ROOT)));
      java.util.Optional<Direction> direction =
          java.util.Optional.ofNullable(
                  r.has("direction") ? r.requireOneOf("direction", directions) : null)
              .map(d -> Direction.values()[directions.indexOf(d)]);
      java.util.Optional<RerunPolicy> rerun =
          java.util.Optional.ofNullable(r.has("reruns") ? r.requireOneOf("reruns", reruns) : null)
              .map(p -> RerunPolicy.values()[reruns.indexOf(p)]);
      if (!r.has("category") && !r.has("direction") && !r.has("reruns")) {
        r.fail(
            null,
            "an entry of evals: sets nothing at "
                + r.pointer()
                + ": expected category, direction or"
                + " reruns");
        continue;
      }
      if (eval != null) {
        glob(r, "eval", eval, false)
            .ifPresent(g -> rules.add(new EvalRule(g, category, direction, rerun)));
      }
    }
    return rules;
  }

  private static StatisticsSettings statistics(JsonObject s) {
    s.allowOnly(STATISTICS);
    StatisticsSettings d = StatisticsSettings.DEFAULT;
    String interval = s.has("interval") ? s.requireOneOf("interval", INTERVALS) : d.interval();
    double level = s.has("level") ? fraction(s, "level", 0.5, d.level()) : d.level();
    double alpha = s.has("alpha") ? fraction(s, "alpha", 0.0, d.alpha()) : d.alpha();
    return new StatisticsSettings(interval == null ? d.interval() : interval, level, alpha);
  }

  private static double fraction(JsonObject s, String field, double min, double fallback) {
    Double v = s.number(field);
    if (v == null) {
      return fallback;
    }
    if (v <= min || v >= 1) {
      s.fail(
          field,
          s.pointerOf(field)
              + ": expected a number between "
              + min
              + " and 1 (exclusive), got "
              + v);
      return fallback;
    }
    return v;
  }

  private static List<SamplePolicy> samples(JsonObject settings) {
    List<SamplePolicy> policies = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JsonObject s : settings.requireObjects("samples")) {
      s.allowOnly(SAMPLES);
      String eval = s.requireText("eval");
      SamplePolicy d = SamplePolicy.defaults(eval);
      boolean publish = s.bool("publish").orElse(d.publish());
      Long cap = s.has("cap") ? s.requireLong("cap", 0) : Long.valueOf(d.cap());
      List<String> redact = new ArrayList<>();
      if (s.has("redact")) {
        for (String field : s.strings("redact")) {
          if (field.equals("input")
              || field.equals("output")
              || field.equals("rationale")
              || field.equals("metadata")
              || field.startsWith("metadata.") && field.length() > 9) {
            redact.add(field);
          } else {
            s.fail(
                "redact",
                s.pointerOf("redact")
                    + ": cannot redact \""
                    + field
                    + "\"; expected input, output,"
                    + " rationale, metadata or metadata.KEY");
          }
        }
      }
      DegenerationThresholds thresholds =
          s.object("degeneration")
              .map(SettingsLoader::degeneration)
              .orElse(DegenerationThresholds.DEFAULT);
      if (eval != null && !seen.add(eval)) {
        s.fail("eval", s.pointerOf("eval") + ": eval \"" + eval + "\" has two sample policies");
      } else if (eval != null && cap != null) {
        policies.add(
            new SamplePolicy(
                eval,
                publish,
                (int) Math.min(cap, 1_000_000),
                redact,
                thresholds,
                s.place("eval")));
      }
    }
    return policies;
  }

  private static DegenerationThresholds degeneration(JsonObject d) {
    d.allowOnly(DEGENERATION);
    DegenerationThresholds t = DegenerationThresholds.DEFAULT;
    return new DegenerationThresholds(
        positive(d, "max-phrase-length", t.maxPhraseLength()),
            positive(d, "min-phrase-length", t.minPhraseLength()),
        positive(d, "min-repeats", t.minRepeatsForShortPhrases()),
            positive(d, "seq-rep-n", t.seqRepN()));
  }

  private static int positive(JsonObject o, String field, int fallback) {
    if (!o.has(field)) {
      return fallback;
    }
    Long v = o.requireLong(field, 1);
    return v == null ? fallback : (int) Math.min(v, 10_000);
  }

  private static List<TrackedEval> tracked(JsonObject settings) {
    List<TrackedEval> tracked = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JsonObject t : settings.requireObjects("tracked")) {
      t.allowOnly(TRACKED);
      String eval = t.requireText("eval");
      OptionalDouble threshold = OptionalDouble.empty();
      if (t.has("threshold")) {
        Double v = t.number("threshold");
        if (v != null) {
          threshold = OptionalDouble.of(v);
        }
      }
      boolean allowRegression = t.bool("allow-regression").orElse(false);
      if (eval != null && !seen.add(eval)) {
        t.fail("eval", t.pointerOf("eval") + ": eval \"" + eval + "\" is tracked twice");
      } else if (eval != null) {
        tracked.add(new TrackedEval(eval, threshold, allowRegression, t.place("eval")));
      }
    }
    return tracked;
  }
}
