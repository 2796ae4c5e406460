/**
 * The lm-evaluation-harness importer ({@link
 * dev.evalpress.load.imports.lmeval.LmEvalHarnessImporter}) in small parts: model arguments, metric
 * keys, declared directions, shot counts, sample sizes, checkpoints, and the reading of one file
 * that joins them; and the harness's per-sample {@code samples_TASK_DATE.jsonl} files.
 */
package dev.evalpress.load.imports.lmeval;
