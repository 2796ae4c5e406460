package dev.evalpress.cli;

import dev.evalpress.build.BuildOptions;
import dev.evalpress.build.ReleaseExport;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code evalpress export --release MODEL}: one model version's release summary as single files to
 * attach to release notes. It checks the inputs as {@code build} does (exit 1 with every problem);
 * a model id not in the results is bad usage (exit 2), since the inputs are fine and the argument
 * is not.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export a model version's release summary as single files.")
final class ExportCommand implements Callable<Integer> {

  @Mixin SiteOptions options;

  @Spec CommandSpec spec;

  @ParentCommand EvalpressCommand parent;

  @Option(
      names = "--release",
      paramLabel = "MODEL",
      required = true,
      description = "The model version's id, as in results/models.json.")
  String release;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      required = true,
      split = ",",
      description = "html, md or json; repeat or separate with commas for several.")
  List<String> formats;

  @Option(
      names = "--out",
      paramLabel = "FILE|DIR",
      required = true,
      description =
          "The file for one format, or a folder for several (files release-MODEL.EXT in it).")
  Path out;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "The published site's address, for links from the Markdown to its pages.")
  String baseUrl;

  @Override
  public Integer call() throws Exception {
    EnumSet<ReleaseExport.Format> chosen = EnumSet.noneOf(ReleaseExport.Format.class);
    for (String f : formats) {
      try {
        chosen.add(ReleaseExport.Format.valueOf(f.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(
            spec.commandLine(), "--format: expected html, md or json, got \"" + f + "\"");
      }
    }
    BuildOptions build = options.buildOptions(spec.commandLine());
    try {
      build =
          SourceDateEpoch.parse(parent.environment.get(SourceDateEpoch.NAME))
              .map(build::withSourceDate)
              .orElse(build);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    List<Path> written;
    try {
      written =
          new ReleaseExport(options.root, build)
              .export(release, chosen, out, Optional.ofNullable(baseUrl));
    } catch (ReleaseExport.UnknownModelException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--release: "
              + e.getMessage()
              + "; the versions are: "
              + String.join(", ", e.known().stream().limit(20).toList())
              + (e.known().size() > 20 ? ", …" : ""));
    }
    written.forEach(p -> spec.commandLine().getOut().println("Wrote " + p.normalize()));
    return 0;
  }
}
