package dev.evalpress.config;

/** The site's settings; every field has a default so {@code evalpress.yaml} is optional. */
public record SiteSettings(String title, String description) {

  public static final SiteSettings DEFAULT = new SiteSettings("Evaluation reports",
      "Misalignment and degeneration rates across model versions and training runs, each with its sample size"
          + " and 95% confidence interval.");
}
