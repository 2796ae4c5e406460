/**
 * The library's entry points, which the CLI calls and the preview server and the Maven plugin will:
 * {@link dev.evalpress.build.SiteBuild} runs load → analyse → render → write; {@link
 * dev.evalpress.build.ResultImport} runs load → export of v1 files ({@code evalpress import});
 * {@link dev.evalpress.build.SampleLogImport} aggregates per-sample logs into v1 files ({@code
 * evalpress import --logs}, and the Spark job's tasks and driver); {@link
 * dev.evalpress.build.SampleLogBenchmark} measures sample-log loading ({@code evalpress bench}).
 * Each call is independent; {@link dev.evalpress.build.BuildOptions} sets how a build runs, never
 * what it produces, including the {@link dev.evalpress.build.BuildProgress} listener told of each
 * stage and item.
 */
package dev.evalpress.build;
