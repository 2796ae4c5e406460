package dev.evalpress.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A report's YAML front matter. */
public record FrontMatter(
    String title,
    LocalDate date,
    List<String> authors,
    Optional<String> summary,
    List<String> tags,
    boolean draft) {

  public FrontMatter {
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
  }
}
