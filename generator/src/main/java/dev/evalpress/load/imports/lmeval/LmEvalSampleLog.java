package dev.evalpress.load.imports.lmeval;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalpress.load.imports.ImportedSampleLog;
import dev.evalpress.load.imports.SampleLogProblems;
import dev.evalpress.load.imports.SampleProblem;
import dev.evalpress.load.imports.SampleTally;
import dev.evalpress.load.internal.BoundedLines;
import dev.evalpress.load.internal.InputFiles;
import dev.evalpress.load.internal.LineTooLongException;
import dev.evalpress.located.LimitedJson;
import dev.evalpress.model.Sample;
import dev.evalpress.model.Source;
import dev.evalpress.problem.IoFailure;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * An lm-evaluation-harness {@code samples_TASK_DATE.jsonl}, streamed line by line ({@link
 * LmEvalSampleLine}), for the task's evals imported from the {@code results_DATE.json} beside it.
 * At the end, the lines of each filter that has imported metrics must number the task's n (its
 * {@code n-samples}): the harness writes one line per document and filter. A metric whose values on
 * the documents are all 0 or 1 must also have their mean equal to the results file's value (within
 * 1e-9).
 */
final class LmEvalSampleLog implements ImportedSampleLog {

  private static final ObjectMapper MAPPER = new ObjectMapper(LimitedJson.factory());
  private static final double SAME = 1e-9;

  /** One imported metric of the task: its eval, the results file's mean and n. */
  record Expected(String evalId, String metric, String filter, double mean, long n) {}

  private final Path file;
  private final String shown;
  private final String resultsShown;
  private final String task;
  private final LmEvalSampleLine lines;
  private final List<Expected> expected;

  LmEvalSampleLog(
      Path file,
      String shown,
      String resultsShown,
      String task,
      String modelId,
      List<Expected> expected) {
    this.file = file;
    this.shown = shown;
    this.resultsShown = resultsShown;
    this.task = task;
    this.expected = List.copyOf(expected);
    Map<String, String> evalIds = new TreeMap<>();
    expected.forEach(e -> evalIds.put(LmEvalSampleLine.key(e.metric(), e.filter()), e.evalId()));
    this.lines = new LmEvalSampleLine(modelId, evalIds);
  }

  @Override
  public String shown() {
    return shown;
  }

  @Override
  public List<String> evalIds() {
    return expected.stream().map(Expected::evalId).toList();
  }

  @Override
  public void read(Consumer<Sample> sink, Problems problems) throws IOException {
    Map<String, Long> linesPerFilter = new TreeMap<>();
    SampleTally tally = new SampleTally();
    SampleLogProblems reported = new SampleLogProblems(problems);
    try (InputStream in = InputFiles.open(file)) {
      BoundedLines log = new BoundedLines(in);
      for (byte[] bytes = log.next(); bytes != null; bytes = log.next()) {
        int number = (int) log.number();
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) {
          continue;
        }
        Source source = new Source(shown, number, 1);
        try {
          LmEvalSampleLine.Read read = lines.map(parse(text), source);
          linesPerFilter.merge(read.filter(), 1L, Long::sum);
          for (Sample s : read.records()) {
            tally.add(s.evalId(), s.verdict(), s.score().getAsDouble());
            sink.accept(s);
          }
        } catch (LineProblem e) {
          reported.add(new Source(shown, number, e.column), e.getMessage());
        } catch (SampleProblem e) {
          reported.add(source, e.getMessage());
        }
      }
    } catch (LineTooLongException e) {
      problems.add(new Source(shown, (int) e.line(), 1), e.getMessage());
      return;
    }
    if (!reported.any()) {
      check(linesPerFilter, tally, problems);
    }
  }

  private void check(Map<String, Long> linesPerFilter, SampleTally tally, Problems problems) {
    Map<String, Long> checked = new TreeMap<>();
    for (Expected e : expected) {
      long lines = linesPerFilter.getOrDefault(e.filter(), 0L);
      if (lines != e.n() && checked.put(e.filter(), lines) == null) {
        problems.add(
            Source.file(shown),
            "expected "
                + e.n()
                + " lines of filter \""
                + e.filter()
                + "\" (n-samples of"
                + " task \""
                + task
                + "\" in "
                + resultsShown
                + "), got "
                + lines
                + "; the harness writes one line per document and filter");
      }
      SampleTally.Counts c = tally.of(e.evalId());
      // a metric with no per-document value (a perplexity's pair) has no records; one that has some
      // has one a line
      if (lines == e.n() && c.records() > 0 && c.records() != lines) {
        problems.add(
            Source.file(shown),
            "metric \""
                + e.metric()
                + "\" (filter \""
                + e.filter()
                + "\") has a value on "
                + c.records()
                + " of the "
                + lines
                + " lines; the harness writes every metric of the task on every line");
      }
      if (lines == e.n()
          && c.records() == lines
          && c.binary()
          && c.records() > 0
          && Math.abs(c.sum() / c.records() - e.mean()) > SAME) {
        problems.add(
            Source.file(shown),
            "metric \""
                + e.metric()
                + "\" (filter \""
                + e.filter()
                + "\") is "
                + (long) c.sum()
                + " of "
                + c.records()
                + " documents here, a mean of "
                + c.sum() / c.records()
                + ", but "
                + e.mean()
                + " in "
                + resultsShown
                + "; the samples and the results of a run must agree");
      }
    }
  }

  private static JsonNode parse(String line) throws LineProblem {
    try (JsonParser p = MAPPER.getFactory().createParser(line)) {
      JsonNode node = MAPPER.readTree(p);
      if (p.nextToken() != null) {
        throw new LineProblem(
            (int) p.currentTokenLocation().getColumnNr(),
            "unexpected text after the sample;" + " one sample per line");
      }
      return node;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new LineProblem(
          at == null ? 1 : Math.max(1, at.getColumnNr()),
          "invalid JSON: " + LimitedJson.explain(e));
    } catch (IOException e) {
      throw new LineProblem(1, "cannot read: " + IoFailure.describe(e));
    }
  }

  /** A line that is not JSON, at a column. */
  private static final class LineProblem extends Exception {
    final int column;

    LineProblem(int column, String message) {
      super(message, null, false, false);
      this.column = column;
    }
  }
}
