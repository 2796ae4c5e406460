package dev.evalpress.load.samples;

import dev.evalpress.load.internal.InputFiles;
import dev.evalpress.load.internal.LineTooLongException;
import dev.evalpress.located.InputLimits;
import dev.evalpress.model.Source;
import dev.evalpress.problem.Problems;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Streams a sample log: the first line is a header naming the eval, every further line one sample.
 * One thread reads blocks of whole lines; worker threads parse them and feed one sink each. At most
 * a few blocks are in memory at a time, so memory stays bounded whatever the log's size.
 */
public final class SampleLogReader {

  private static final int BLOCK = 1 << 22;

  private SampleLogReader() {}

  /** True for the file names sample logs have. */
  public static boolean isSampleLog(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
  }

  /**
   * Streams every sample of {@code file} to sinks made by {@code sinks}, on {@code threads}
   * workers, and returns the sinks merged into one. Bad lines are skipped and reported: the 50 with
   * the lowest line numbers, the same for any number of threads, and how many there were if more.
   */
  public static <S extends SampleSink<S>> S read(
      Path file,
      String shown,
      SampleLogHeader header,
      Supplier<S> sinks,
      int threads,
      Problems problems)
      throws IOException {
    return read(file, shown, header, sinks, threads, problems, n -> {});
  }

  /** {@link #read}, telling {@code bytesRead} of the log's bytes on disk as they are read. */
  public static <S extends SampleSink<S>> S read(
      Path file,
      String shown,
      SampleLogHeader header,
      Supplier<S> sinks,
      int threads,
      Problems problems,
      LongConsumer bytesRead)
      throws IOException {
    SampleLineParser parser = new SampleLineParser(shown, header.eval().id());
    BlockingQueue<Block> queue = new ArrayBlockingQueue<>(threads * 2);
    List<S> made = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    List<LineProblems> lineProblems = new ArrayList<>();
    Throwable[] failure = new Throwable[1];
    for (int i = 0; i < threads; i++) {
      S sink = sinks.get();
      made.add(sink);
      LineProblems bad = new LineProblems();
      lineProblems.add(bad);
      Thread worker =
          new Thread(
              () -> {
                try {
                  work(queue, parser, sink, shown, bad);
                } catch (RuntimeException | Error e) {
                  // rethrown by the reading thread, so that the command line reports it in one
                  // line, not this thread
                  synchronized (failure) {
                    failure[0] = e;
                  }
                  drain(queue);
                }
              },
              "evalpress-samples-" + i);
      worker.start();
      workers.add(worker);
    }
    try (InputStream in = InputFiles.open(file, bytesRead)) {
      firstLine(in);
      feed(in, queue);
    } catch (LineTooLongException e) {
      problems.add(new Source(shown, (int) e.line(), 1), e.getMessage());
    } finally {
      for (int i = 0; i < threads; i++) {
        put(queue, Block.END);
      }
      for (Thread worker : workers) {
        join(worker);
      }
      // after every worker finished: which lines to list must not depend on which worker got them
      // first
      LineProblems.report(shown, lineProblems, problems);
    }
    synchronized (failure) {
      if (failure[0] instanceof Error e) {
        throw e;
      }
      if (failure[0] != null) {
        throw (RuntimeException) failure[0];
      }
    }
    S merged = made.get(0);
    for (S other : made.subList(1, made.size())) {
      merged.merge(other);
    }
    return merged;
  }

  private static void work(
      BlockingQueue<Block> queue,
      SampleLineParser parser,
      SampleSink<?> sink,
      String shown,
      LineProblems bad) {
    while (true) {
      Block block = take(queue);
      if (block == Block.END) {
        return;
      }
      SampleLines.fold(block.bytes, 0, block.length, block.firstLine, parser, sink, shown, bad);
    }
  }

  /**
   * Reads whole lines into blocks; line 1 (the header) is already consumed. A line longer than a
   * block grows the buffer, up to {@link InputLimits#MAX_JSONL_LINE_BYTES}: a longer line is
   * refused before it is held whole.
   */
  private static void feed(InputStream in, BlockingQueue<Block> queue) throws IOException {
    int line = 2;
    byte[] buffer = new byte[BLOCK];
    int filled = 0; // bytes of an unfinished line carried over at the start of the buffer
    while (true) {
      int read = 0;
      while (filled < buffer.length
          && (read = in.read(buffer, filled, buffer.length - filled)) > 0) {
        filled += read;
      }
      if (filled == 0) {
        return;
      }
      int lastNewline = lastIndexOf(buffer, filled, (byte) '\n');
      boolean atEnd = read <= 0 && filled < buffer.length;
      if (lastNewline < 0 && !atEnd) {
        if (buffer.length > InputLimits.MAX_JSONL_LINE_BYTES) {
          throw new LineTooLongException(line);
        }
        // a single line longer than the buffer: grow it (one copy, no second buffer) and keep
        // reading
        buffer =
            Arrays.copyOf(
                buffer, (int) Math.min(2L * buffer.length, InputLimits.MAX_JSONL_LINE_BYTES + 1L));
        continue;
      }
      int cut = atEnd ? filled : lastNewline;
      byte[] bytes = Arrays.copyOf(buffer, cut);
      put(queue, new Block(bytes, cut, line));
      line += count(bytes, cut, (byte) '\n') + 1;
      if (atEnd) {
        return;
      }
      filled -= cut + 1;
      System.arraycopy(buffer, cut + 1, buffer, 0, filled);
    }
  }

  /**
   * The first line of a log, without its newline; null when the log is empty.
   *
   * @throws LineTooLongException when the line is longer than a sample log's lines may be
   */
  public static byte[] firstLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    boolean any = false;
    while ((b = in.read()) >= 0) {
      any = true;
      if (b == '\n') {
        break;
      }
      if (line.size() >= InputLimits.MAX_JSONL_LINE_BYTES) {
        throw new LineTooLongException(1);
      }
      line.write(b);
    }
    return any ? line.toByteArray() : null;
  }

  private static int lastIndexOf(byte[] bytes, int length, byte b) {
    for (int i = length - 1; i >= 0; i--) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static int count(byte[] bytes, int length, byte b) {
    int n = 0;
    for (int i = 0; i < length; i++) {
      if (bytes[i] == b) {
        n++;
      }
    }
    return n;
  }

  /**
   * Keeps taking blocks after a worker failed, so the reading thread never blocks on a full queue.
   */
  private static void drain(BlockingQueue<Block> queue) {
    while (take(queue) != Block.END) {
      // discard
    }
  }

  private static void put(BlockingQueue<Block> queue, Block block) {
    try {
      queue.put(block);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading a sample log", e);
    }
  }

  private static Block take(BlockingQueue<Block> queue) {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Block.END;
    }
  }

  private static void join(Thread worker) {
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whole lines of the log, starting at line {@code firstLine}. */
  private record Block(byte[] bytes, int length, int firstLine) {
    static final Block END = new Block(new byte[0], 0, -1);
  }
}
