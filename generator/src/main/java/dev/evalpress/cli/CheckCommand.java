package dev.evalpress.cli;

import dev.evalpress.site.BuildResult;
import dev.evalpress.site.SiteBuild;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code evalpress check}: validates everything a build would, writing nothing. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Validate results and reports without writing.")
final class CheckCommand implements Callable<Integer> {

  @Mixin
  SiteOptions options;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    BuildResult result = new SiteBuild(options.root).check();
    spec.commandLine().getOut().println("OK: " + result.pages() + " pages would be built");
    return 0;
  }
}
