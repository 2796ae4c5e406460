package dev.evalpress.load.imports;

import dev.evalpress.model.Sample;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * The per-sample records behind results another framework wrote (an Inspect log's samples, an
 * lm-evaluation-harness {@code samples_TASK_DATE.jsonl}), read as a stream after the results are
 * imported. The records are for the transcript viewer only: the imported results stay the
 * framework's own numbers, and reading checks that the records add up to them.
 */
public interface ImportedSampleLog {

  /** The file as shown in messages, relative to the site root. */
  String shown();

  /** The evals the records belong to; every record's {@code evalId} is one of them. */
  List<String> evalIds();

  /**
   * Streams every record to {@code sink}, one sample at a time (never the whole file in memory),
   * then reports a problem for each eval whose records do not add up to its imported result.
   * Malformed samples are reported with their place and skipped.
   */
  void read(Consumer<Sample> sink, Problems problems) throws IOException;
}
