package dev.evalpress.cli;

import picocli.CommandLine;

/** The version from the jar manifest ("dev" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = EvalpressCommand.class.getPackage().getImplementationVersion();
    return new String[] {"evalpress " + (version == null ? "dev" : version)};
  }
}
