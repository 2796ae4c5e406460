package dev.evalpress.load.imports;

import java.util.Locale;

/** Turns the model names of other frameworks into evalpress model ids. */
public final class ModelIds {

  private ModelIds() {}

  /**
   * Lowercase; every run of characters other than letters, digits, {@code .}, {@code _} and {@code -}
   * (such as the {@code /} of {@code openai/gpt-4o-mini}) becomes one {@code -}; leading and trailing
   * separators are dropped. {@code openai/gpt-4o-mini} → {@code openai-gpt-4o-mini}.
   */
  public static String normalize(String frameworkName) {
    String id = frameworkName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-")
        .replaceAll("^[^a-z0-9]+", "").replaceAll("[._-]+$", "");
    return id.isEmpty() ? "model" : id;
  }

  /** The provider of a framework model name: the part before the first {@code /}, or {@code imported}. */
  public static String provider(String frameworkName) {
    int slash = frameworkName.indexOf('/');
    return slash > 0 ? ModelIds.normalize(frameworkName.substring(0, slash)) : "imported";
  }
}
