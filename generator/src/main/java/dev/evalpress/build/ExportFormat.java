package dev.evalpress.build;

/** A format of the single-file exports, and its file extension. */
public enum ExportFormat {
  HTML("html"),
  PDF("pdf"),
  MD("md"),
  JSON("json");

  private final String extension;

  ExportFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }
}
