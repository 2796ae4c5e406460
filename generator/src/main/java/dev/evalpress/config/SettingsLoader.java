package dev.evalpress.config;

import dev.evalpress.located.JsonObject;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.model.Source;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Reads {@code evalpress.yaml} from the site root, if there is one. */
public final class SettingsLoader {

  public static final String FILE = "evalpress.yaml";
  private static final Set<String> FIELDS = Set.of("title", "description");

  private SettingsLoader() {}

  public static SiteSettings load(Path root, Problems problems) {
    Path file = root.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return SiteSettings.DEFAULT;
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.add(Source.file(FILE), "cannot read: " + e.getMessage());
      return SiteSettings.DEFAULT;
    }
    if (text.isBlank()) {
      return SiteSettings.DEFAULT;
    }
    return LocatedJson.parseYaml(FILE, text, 1, problems)
        .map(doc -> JsonObject.root(doc, problems))
        .map(SettingsLoader::read)
        .orElse(SiteSettings.DEFAULT);
  }

  private static SiteSettings read(JsonObject settings) {
    settings.allowOnly(FIELDS);
    return new SiteSettings(
        settings.text("title").orElse(SiteSettings.DEFAULT.title()),
        settings.text("description").orElse(SiteSettings.DEFAULT.description()));
  }
}
