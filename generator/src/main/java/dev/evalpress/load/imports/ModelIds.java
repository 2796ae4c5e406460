package dev.evalpress.load.imports;

import dev.evalpress.load.internal.Ids;

/** Turns the model names of other frameworks into evalpress model ids. */
public final class ModelIds {

  private ModelIds() {}

  /**
   * {@link Ids#segment}, the one rule for every id segment made from a foreign name, or {@code
   * model} when nothing is left: every run of characters other than letters, digits, {@code .},
   * {@code _} and {@code -} (such as the {@code /} of {@code openai/gpt-4o-mini}) becomes one
   * {@code -}; leading and trailing separators are dropped. {@code openai/gpt-4o-mini} → {@code
   * openai-gpt-4o-mini}.
   */
  public static String normalize(String frameworkName) {
    String id = Ids.segment(frameworkName);
    return id.isEmpty() ? "model" : id;
  }

  /**
   * The provider of a framework model name: the part before the first {@code /}, or {@code
   * imported}.
   */
  public static String provider(String frameworkName) {
    int slash = frameworkName.indexOf('/');
    return slash > 0 ? ModelIds.normalize(frameworkName.substring(0, slash)) : "imported";
  }
}
