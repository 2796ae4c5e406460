package dev.evalpress.cli;

import dev.evalpress.build.BuildOptions;
import dev.evalpress.build.ExportFormat;
import dev.evalpress.build.ReleaseExport;
import dev.evalpress.build.ReportExport;
import dev.evalpress.build.UnknownNameException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code evalpress export --release MODEL | --report SLUG}: one model version's release summary, or
 * one report, as single files to attach to release notes or send. It checks the inputs as {@code
 * build} does (exit 1 with every problem); a model id not in the results is bad usage (exit 2),
 * since the inputs are fine and the argument is not.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export a model version's release summary, or one report, as single files.")
final class ExportCommand implements Callable<Integer> {

  @Mixin SiteOptions options;

  @Spec CommandSpec spec;

  @ParentCommand EvalpressCommand parent;

  @ArgGroup(exclusive = true, multiplicity = "1")
  What what;

  /** What to export: exactly one of a release summary or a report. */
  static final class What {
    @Option(
        names = "--release",
        paramLabel = "MODEL",
        description = "A model version's release summary; its id, as in results/models.json.")
    String release;

    @Option(
        names = "--report",
        paramLabel = "SLUG",
        description = "One report, by its slug (its path under content/ without .md).")
    String report;
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      required = true,
      split = ",",
      description =
          "html, pdf, md or json (a report: html or pdf); repeat or separate with commas.")
  List<String> formats;

  @Option(
      names = "--out",
      paramLabel = "FILE|DIR",
      required = true,
      description =
          "The file for one format, or a folder for several (release-MODEL.EXT or SLUG.EXT in it).")
  Path out;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "The published site's address, for links from the export to its pages.")
  String baseUrl;

  @Override
  public Integer call() throws Exception {
    EnumSet<ExportFormat> chosen = EnumSet.noneOf(ExportFormat.class);
    for (String f : formats) {
      try {
        chosen.add(ExportFormat.valueOf(f.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(
            spec.commandLine(), "--format: expected html, pdf, md or json, got \"" + f + "\"");
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
    try (ProgressDisplay progress = parent.progress()) {
      BuildOptions shown = build.withProgress(progress);
      written = what.report != null ? report(shown, chosen) : release(shown, chosen);
    }
    written.forEach(p -> spec.commandLine().getOut().println("Wrote " + p.normalize()));
    return 0;
  }

  private List<Path> release(BuildOptions build, Set<ExportFormat> chosen) throws IOException {
    try {
      return new ReleaseExport(options.folders(spec.commandLine()), build)
          .export(what.release, chosen, out, Optional.ofNullable(baseUrl));
    } catch (UnknownNameException e) {
      throw new ParameterException(spec.commandLine(), "--release: " + unknown(e));
    }
  }

  private List<Path> report(BuildOptions build, Set<ExportFormat> chosen) throws IOException {
    Set<ExportFormat> unsupported = EnumSet.copyOf(chosen);
    unsupported.removeAll(ReportExport.FORMATS);
    if (!unsupported.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "--format: a report exports as html or pdf; md and json summarise a release (--release)");
    }
    try {
      return new ReportExport(options.folders(spec.commandLine()), build)
          .export(what.report, chosen, out, Optional.ofNullable(baseUrl));
    } catch (UnknownNameException e) {
      throw new ParameterException(spec.commandLine(), "--report: " + unknown(e));
    }
  }

  private static String unknown(UnknownNameException e) {
    List<String> known = e.known();
    return e.getMessage()
        + "; the "
        + e.plural()
        + " are: "
        + String.join(", ", known.stream().limit(20).toList())
        + (known.size() > 20 ? ", …" : "");
  }
}
