package dev.evalpress.cli;

import dev.evalpress.site.BuildResult;
import dev.evalpress.site.SiteBuild;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code evalpress build}: writes the site. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the site into the output folder.")
final class BuildCommand implements Callable<Integer> {

  @Mixin
  SiteOptions options;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ROOT/site).")
  Path out;

  @Override
  public Integer call() throws Exception {
    Path target = out != null ? out : options.root.resolve("site");
    BuildResult result = new SiteBuild(options.root).build(target);
    spec.commandLine().getOut().println("Built " + result.pages() + " pages (" + result.files() + " files) into " + target.normalize());
    return 0;
  }
}
