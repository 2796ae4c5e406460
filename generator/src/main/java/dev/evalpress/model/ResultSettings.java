package dev.evalpress.model;

import java.util.List;
import java.util.Optional;

/**
 * How {@code results/} is read: files to skip ({@code ignore:}), the model of files that name only
 * a placeholder ({@code imports:}), and what evals measure and how their reruns count ({@code
 * evals:}). Immutable.
 */
public record ResultSettings(List<Glob> ignore, List<ImportRule> imports, List<EvalRule> evals) {

  public static final ResultSettings NONE = new ResultSettings(List.of(), List.of(), List.of());

  public ResultSettings {
    ignore = List.copyOf(ignore);
    imports = List.copyOf(imports);
    evals = List.copyOf(evals);
  }

  /** The first {@code ignore} glob matching {@code path} (relative to {@code results/}), if any. */
  public Optional<Glob> ignoring(String path) {
    return ignore.stream().filter(g -> g.matches(path)).findFirst();
  }

  /**
   * The first {@code imports} rule whose glob matches {@code path} (relative to {@code results/}).
   */
  public Optional<ImportRule> importRule(String path) {
    return imports.stream().filter(r -> r.files().matches(path)).findFirst();
  }

  /**
   * The rerun policy of an eval: the first rule that matches it and sets one, else {@link
   * RerunPolicy#LATEST}.
   */
  public RerunPolicy reruns(String evalId) {
    return evals.stream()
        .filter(r -> r.eval().matches(evalId))
        .flatMap(r -> r.reruns().stream())
        .findFirst()
        .orElse(RerunPolicy.LATEST);
  }

  /** The first rule matching {@code evalId} that sets a category, if any. */
  public Optional<EvalRule> categoryRule(String evalId) {
    return evals.stream()
        .filter(r -> r.eval().matches(evalId) && r.category().isPresent())
        .findFirst();
  }

  /** The first rule matching {@code evalId} that sets a direction, if any. */
  public Optional<EvalRule> directionRule(String evalId) {
    return evals.stream()
        .filter(r -> r.eval().matches(evalId) && r.direction().isPresent())
        .findFirst();
  }
}
