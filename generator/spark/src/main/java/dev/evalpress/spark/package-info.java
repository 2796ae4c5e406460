/**
 * Aggregates evalpress per-sample logs on Apache Spark, for logs that outgrow one machine: {@link
 * dev.evalpress.spark.SampleLogJob} lists the logs on any Hadoop file system, cuts each into byte
 * ranges (a compressed log is one range), has the tasks read headers and ranges with evalpress's
 * own code ({@link dev.evalpress.build.SampleLogImport}) and writes, from the driver, the same
 * files {@code evalpress import --logs} writes. {@link dev.evalpress.spark.SampleLogJobBenchmark}
 * measures both paths on one synthetic log.
 */
package dev.evalpress.spark;
