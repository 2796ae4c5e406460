/** The command line: {@code evalpress build} and {@code evalpress check}, a thin layer over {@link dev.evalpress.build.SiteBuild}. */
package dev.evalpress.cli;
