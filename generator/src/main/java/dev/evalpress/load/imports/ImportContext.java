package dev.evalpress.load.imports;

import dev.evalpress.model.Source;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What an importer is told about the file it reads, beyond its bytes: where it is and what the
 * site's settings say about it.
 *
 * @param file the file on disk (samples written beside it are found from here)
 * @param model the model the settings name for this file, when the file itself names only a
 *     placeholder
 */
public record ImportContext(Path file, Optional<ModelOverride> model) {

  /** A file read with no settings about it. */
  public static ImportContext of(Path file) {
    return new ImportContext(file, Optional.empty());
  }

  /**
   * A model named by the settings ({@code imports:} in {@code evalpress.yaml}) for the files
   * matching a glob: some tools write a placeholder model name (gpt-neox's {@code evaluate.py}
   * writes {@code "neox"}).
   *
   * @param name the model's name, used as the framework's model name would be
   * @param stepPointer a JSON pointer to the checkpoint's training step in the file, if set; the
   *     model is then the checkpoint {@code name@step<N>} of a training run named after {@code
   *     name}
   * @param setting where the setting is, for messages
   */
  public record ModelOverride(String name, Optional<String> stepPointer, Source setting) {}
}
