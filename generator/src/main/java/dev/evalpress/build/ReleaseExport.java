package dev.evalpress.build;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.analyse.ReleaseSummary;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.render.export.Provenance;
import dev.evalpress.render.export.ReleaseHtml;
import dev.evalpress.render.export.ReleaseJson;
import dev.evalpress.render.export.ReleaseMarkdown;
import dev.evalpress.site.ExportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The release export as a library call: the same load, analysis and checks as a build, then one
 * model version's release summary written as single files (HTML, Markdown, JSON). Files are
 * byte-identical for the same inputs and source date.
 */
public final class ReleaseExport {

  /** A format of the export and its file extension. */
  public enum Format {
    HTML("html"),
    MD("md"),
    JSON("json");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    public String extension() {
      return extension;
    }
  }

  /** No model version with this id is in the results; {@code known} lists the ids that are. */
  public static final class UnknownModelException extends RuntimeException {
    private final List<String> known;

    UnknownModelException(String id, List<String> known) {
      super("no model version \"" + id + "\" in the results");
      this.known = List.copyOf(known);
    }

    public List<String> known() {
      return known;
    }
  }

  private static final List<String> INPUTS = List.of("evalpress.yaml", "content", "results");

  private final Path root;
  private final BuildOptions options;

  public ReleaseExport(Path root, BuildOptions options) {
    this.root = root;
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Writes the release summary of {@code modelId} in each format: to {@code out} itself when it is
   * one format and {@code out} is not an existing folder, else to {@code out/release-ID.EXT}.
   *
   * @param baseUrl the published site's address, for the Markdown's links
   * @return the files written, in the order of {@code formats}
   * @throws UnknownModelException if the results have no such model version
   */
  public List<Path> export(String modelId, Set<Format> formats, Path out, Optional<String> baseUrl)
      throws IOException {
    Analysis analysis = new SiteBuild(root, options).checked().analysis();
    ReleaseSummary release =
        ReleaseSummary.of(analysis, modelId)
            .orElseThrow(
                () ->
                    new UnknownModelException(
                        modelId,
                        analysis.results().models().stream().map(ModelVersion::id).toList()));
    Provenance provenance = new Provenance(version(), options.sourceDate(), digests(root));
    boolean oneFile = formats.size() == 1 && !Files.isDirectory(out);
    List<Path> written = new ArrayList<>();
    for (Format format : formats) {
      String text =
          switch (format) {
            case HTML -> ReleaseHtml.render(release, analysis.settings().statistics(), provenance);
            case MD ->
                ReleaseMarkdown.render(
                    release, analysis.settings().statistics(), provenance, baseUrl);
            case JSON -> ReleaseJson.render(release, analysis.settings().statistics(), provenance);
          };
      Path file =
          oneFile ? out : out.resolve("release-" + fileName(modelId) + "." + format.extension());
      ExportWriter.write(file, text);
      written.add(file);
    }
    return written;
  }

  /** A model id as a file name: characters other than letters, digits, {@code .-_} become -. */
  private static String fileName(String id) {
    return id.replaceAll("[^A-Za-z0-9._-]", "-");
  }

  private static String version() {
    String version = ReleaseExport.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  /** The SHA-256 of every input file, by its path relative to the root with {@code /}, sorted. */
  static List<Provenance.InputDigest> digests(Path root) throws IOException {
    TreeSet<String> paths = new TreeSet<>();
    for (String input : INPUTS) {
      Path start = root.resolve(input);
      if (!Files.exists(start)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(start)) {
        files
            .filter(Files::isRegularFile)
            .map(p -> root.relativize(p).toString().replace('\\', '/'))
            .forEach(paths::add);
      }
    }
    List<Provenance.InputDigest> out = new ArrayList<>();
    for (String path : paths) {
      out.add(new Provenance.InputDigest(path, sha256(root.resolve(path))));
    }
    return out;
  }

  private static String sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (var in = Files.newInputStream(file)) {
        byte[] buffer = new byte[65_536];
        for (int read; (read = in.read(buffer)) > 0; ) {
          digest.update(buffer, 0, read);
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
