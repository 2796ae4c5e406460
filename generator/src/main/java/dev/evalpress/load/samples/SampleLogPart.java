package dev.evalpress.load.samples;

import dev.evalpress.load.degeneration.DegenerationDetector;
import dev.evalpress.load.degeneration.DegenerationSettings;
import dev.evalpress.load.internal.LineTooLongException;
import dev.evalpress.located.InputLimits;
import dev.evalpress.model.Condition;
import dev.evalpress.model.Source;
import dev.evalpress.problem.Problems;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * What the lines of one byte range of a sample log add up to: counts per cell and the lowest bad
 * lines, numbered from the range's first line. A log read by several processes (a cluster's tasks)
 * is cut into ranges; each is read here, with the same per-line code as the build ({@link
 * SampleLines}), and {@link #merge} adds the parts of a log up, in order, to what {@link
 * SampleLogReader} gives for the whole log: the same counts and the same reported lines.
 *
 * <p>A range owns the lines that start in it: one that starts after 0 skips the end of the line the
 * previous range owns, and its last line may run past its end. Compressed logs cannot be cut, so
 * they are read as one range. Serializable, to travel from a task to the process that merges.
 */
public final class SampleLogPart implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int BLOCK = 1 << 22;

  /** Opens a log's bytes (decompressed) at an offset; only offset 0 for a compressed log. */
  @FunctionalInterface
  public interface LogBytes {
    InputStream openAt(long offset) throws IOException;
  }

  /** One cell's counts, in a form that serializes. */
  private record Cell(
      String evalId,
      String owner,
      boolean run,
      long step,
      TreeMap<String, String> condition,
      long samples,
      long flagged,
      long degenerate)
      implements Serializable {}

  /** A bad line, numbered from the part's first line. */
  private record BadLine(int line, int column, String message) implements Serializable {}

  private final String shown;
  private final long start;
  private final List<Cell> cells;
  private final List<BadLine> badLines;
  private final long badCount;

  /** Lines owned (blank and bad ones too); the next part's first line is the one after them. */
  private final long lines;

  /** The line, counted from the part's first, that is longer than a line may be; 0 if none. */
  private final long tooLongAt;

  private SampleLogPart(
      String shown,
      long start,
      List<Cell> cells,
      List<BadLine> badLines,
      long badCount,
      long lines,
      long tooLongAt) {
    this.shown = shown;
    this.start = start;
    this.cells = List.copyOf(cells);
    this.badLines = List.copyOf(badLines);
    this.badCount = badCount;
    this.lines = lines;
    this.tooLongAt = tooLongAt;
  }

  /** The log's path, as shown in problems. */
  public String shown() {
    return shown;
  }

  /** The byte offset the part starts at: parts of one log merge in this order. */
  public long start() {
    return start;
  }

  /**
   * Reads the lines of the log of eval {@code evalId} (its header already read and valid) that
   * start in {@code [start, end)}; {@code end} may be {@link Long#MAX_VALUE}. Line 1, the header,
   * belongs to the part at 0 and is not read as a sample. Degenerate outputs are found with {@code
   * settings}.
   */
  public static SampleLogPart read(
      LogBytes log,
      String shown,
      String evalId,
      long start,
      long end,
      DegenerationSettings settings)
      throws IOException {
    SampleLineParser parser = new SampleLineParser(shown, evalId);
    SampleAggregate aggregate = new SampleAggregate(new DegenerationDetector(settings), 0);
    LineProblems bad = new LineProblems();
    long lines = 0;
    long tooLongAt = 0;
    int line = 1;
    try (InputStream in =
        new BufferedInputStream(log.openAt(start == 0 ? 0 : start - 1), 1 << 16)) {
      long pos;
      if (start == 0) {
        pos = skipLine(in, InputLimits.MAX_JSONL_LINE_BYTES + 1L);
        lines = 1;
        line = 2;
      } else {
        // the byte before the range tells whether the range starts a line; a line that started
        // before it is the previous part's. No newline before the end: no line starts here (and
        // none after a line longer than a line may be, which ends the log in an earlier part)
        long skipped =
            skipLine(in, Math.min(end - start + 1, InputLimits.MAX_JSONL_LINE_BYTES + 2L));
        if (skipped < 0) {
          return new SampleLogPart(shown, start, List.of(), List.of(), 0, 0, 0);
        }
        pos = start - 1 + skipped;
      }
      if (pos >= 0 && pos < end) {
        Read read = readLines(in, pos, end, line, parser, aggregate, shown, bad);
        lines += read.lines;
        tooLongAt = read.tooLongAt;
      }
    }
    List<Cell> cells = new ArrayList<>();
    aggregate
        .counts()
        .forEach(
            (cell, c) ->
                cells.add(
                    new Cell(
                        cell.evalId(),
                        cell.owner(),
                        cell.run(),
                        cell.step(),
                        new TreeMap<>(cell.condition().values()),
                        c.samples(),
                        c.flagged(),
                        c.degenerate())));
    List<BadLine> badLines = new ArrayList<>();
    bad.forEachKept((s, message) -> badLines.add(new BadLine(s.line(), s.column(), message)));
    badLines.sort(
        Comparator.comparingInt(BadLine::line)
            .thenComparingInt(BadLine::column)
            .thenComparing(BadLine::message));
    return new SampleLogPart(shown, start, cells, badLines, bad.count(), lines, tooLongAt);
  }

  /** Lines read, and the first too-long line's number (0 if none). */
  private record Read(long lines, long tooLongAt) {}

  /**
   * Folds the lines starting in {@code [pos, end)} in blocks, the way {@link SampleLogReader} does:
   * a block ends at a newline, and a line longer than a block grows it, up to the cap.
   */
  private static Read readLines(
      InputStream in,
      long pos,
      long end,
      int firstLine,
      SampleLineParser parser,
      SampleAggregate sink,
      String shown,
      LineProblems bad)
      throws IOException {
    int line = firstLine;
    // a small range needs no block of 4 MiB; a longer line grows the buffer as ever
    byte[] buffer = new byte[(int) Math.min(BLOCK, Math.max(1 << 16, end - pos + 1))];
    int filled = 0; // bytes of an unfinished line carried over at the start of the buffer
    while (true) {
      int read = 0;
      while (filled < buffer.length
          && (read = in.read(buffer, filled, buffer.length - filled)) > 0) {
        filled += read;
      }
      if (filled == 0) {
        return new Read(line - firstLine, 0);
      }
      int lastNewline = lastIndexOf(buffer, filled);
      boolean atEnd = read <= 0 && filled < buffer.length;
      if (lastNewline < 0 && !atEnd) {
        if (buffer.length > InputLimits.MAX_JSONL_LINE_BYTES) {
          return new Read(line - firstLine, line);
        }
        buffer =
            Arrays.copyOf(
                buffer, (int) Math.min(2L * buffer.length, InputLimits.MAX_JSONL_LINE_BYTES + 1L));
        continue;
      }
      int cut = atEnd ? filled : lastNewline;
      // the last line that starts before the range's end ends at the first newline from end - 1
      // (or at the block's end: the next block's first line starts at or after end)
      boolean last = end - pos - 1 <= cut;
      if (last) {
        int newline = indexOf(buffer, (int) Math.max(0, end - pos - 1), cut);
        if (newline >= 0) {
          cut = newline;
        }
      }
      SampleLines.fold(buffer, 0, cut, line, parser, sink, shown, bad);
      line += count(buffer, cut) + 1;
      if (atEnd || last) {
        return new Read(line - firstLine, 0);
      }
      filled -= cut + 1;
      pos += cut + 1;
      System.arraycopy(buffer, cut + 1, buffer, 0, filled);
    }
  }

  /**
   * Skips up to and including the next newline; returns the bytes skipped, or -1 when there is no
   * newline in the next {@code max} bytes (or none before the end).
   */
  private static long skipLine(InputStream in, long max) throws IOException {
    for (long skipped = 1; skipped <= max; skipped++) {
      int b = in.read();
      if (b < 0) {
        return -1;
      }
      if (b == '\n') {
        return skipped;
      }
    }
    return -1;
  }

  /**
   * Adds up the parts of one log, read in any order, into what reading it whole gives: counts per
   * cell, and its bad lines renumbered and reported to {@code problems} as {@link SampleLogReader}
   * reports them. A line longer than a line may be ends the log there, as it ends the build's read.
   */
  public static LogAggregate merge(
      List<SampleLogPart> parts, String shown, SampleLogHeader header, Problems problems) {
    List<SampleLogPart> ordered = new ArrayList<>(parts);
    ordered.sort(Comparator.comparingLong(SampleLogPart::start));
    SampleAggregate aggregate =
        new SampleAggregate(new DegenerationDetector(DegenerationSettings.DEFAULT), 0);
    List<LineProblems> bad = new ArrayList<>();
    long before = 0;
    for (SampleLogPart part : ordered) {
      for (Cell c : part.cells) {
        aggregate.add(
            new SampleCell(c.evalId(), c.owner(), c.run(), c.step(), Condition.of(c.condition())),
            new CellCounts(c.samples(), c.flagged(), c.degenerate()));
      }
      bad.add(
          LineProblems.shifted(
              part.badLines.stream().map(b -> new Source(shown, b.line(), b.column())).toList(),
              part.badLines.stream().map(BadLine::message).toList(),
              part.badCount,
              Math.toIntExact(before)));
      if (part.tooLongAt > 0) {
        long at = before + part.tooLongAt;
        problems.add(new Source(shown, (int) at, 1), new LineTooLongException(at).getMessage());
        break;
      }
      before += part.lines;
    }
    LineProblems.report(shown, bad, problems);
    return new LogAggregate(shown, header, aggregate);
  }

  private static int lastIndexOf(byte[] bytes, int length) {
    for (int i = length - 1; i >= 0; i--) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static int count(byte[] bytes, int length) {
    int n = 0;
    for (int i = 0; i < length; i++) {
      if (bytes[i] == '\n') {
        n++;
      }
    }
    return n;
  }
}
