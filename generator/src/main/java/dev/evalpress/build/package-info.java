/**
 * The library's entry points: {@link dev.evalpress.build.SiteBuild} runs load → analyse → render → write for the
 * CLI, and will for the preview server and the Maven plugin. Each call is independent; {@link
 * dev.evalpress.build.BuildOptions} sets how it runs, never what it produces.
 */
package dev.evalpress.build;
