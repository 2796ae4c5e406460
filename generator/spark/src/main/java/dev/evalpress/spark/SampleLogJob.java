package dev.evalpress.spark;

import dev.evalpress.build.SampleLogImport;
import dev.evalpress.load.samples.SampleLogPart;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job: {@code SampleLogJob SRC --to DIR [--split-mb N]}. Reads the per-sample logs
 * ({@code *.jsonl}, {@code *.jsonl.gz}) in {@code SRC}, a log or a folder searched recursively on
 * any Hadoop file system, and writes into {@code DIR} the files {@code evalpress import --logs SRC
 * --to DIR} writes: byte for byte the same.
 *
 * <p>Two stages: the tasks read each log's header line; then each log is cut into ranges of {@code
 * --split-mb} (a gzip log is one range, as gzip cannot be read from the middle) and the tasks fold
 * each range into counts ({@link SampleLogImport#readPart}). The ranges' counts and bad lines are
 * small (a few cells and at most 50 lines each), so the driver collects them and adds them up.
 */
public final class SampleLogJob {

  /** 128 MiB, the usual block of HDFS and S3A: a task per block. */
  static final long DEFAULT_SPLIT_BYTES = 128L << 20;

  private SampleLogJob() {}

  /** What a run wrote, and how much it read. */
  public record Summary(List<String> files, int logs, int ranges, long bytes, int problems) {}

  public static void main(String[] args) throws IOException {
    String source = null;
    String to = null;
    long splitBytes = DEFAULT_SPLIT_BYTES;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--to" -> to = value(args, ++i, "--to");
        case "--split-mb" -> splitBytes = Long.parseLong(value(args, ++i, "--split-mb")) << 20;
        default -> {
          if (source != null || args[i].startsWith("--")) {
            usage("unexpected argument: " + args[i]);
          }
          source = args[i];
        }
      }
    }
    if (source == null || to == null) {
      usage("expected SRC and --to DIR");
    }
    if (splitBytes <= 0) {
      usage("--split-mb: expected at least 1");
    }
    SparkSession spark = SparkSession.builder().appName("evalpress import --logs").getOrCreate();
    try {
      Summary summary = run(spark, source, to, splitBytes);
      System.out.println(
          "Wrote "
              + (summary.files().size() - 1)
              + " files and "
              + SampleLogImport.REPORT
              + " into "
              + to
              + " from "
              + summary.logs()
              + " logs ("
              + summary.bytes()
              + " bytes in "
              + summary.ranges()
              + " ranges); "
              + summary.problems()
              + " problem lines in the report");
    } finally {
      spark.stop();
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      usage(option + " needs a value");
    }
    return args[i];
  }

  private static void usage(String problem) {
    System.err.println("error: " + problem);
    System.err.println("usage: SampleLogJob SRC --to DIR [--split-mb N]");
    System.exit(2);
  }

  /** Runs the job on {@code spark}; {@code source} and {@code to} are Hadoop paths or URIs. */
  public static Summary run(SparkSession spark, String source, String to, long splitBytes)
      throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    HadoopSettings settings = HadoopSettings.of(conf);
    List<LogFile> logs = list(new Path(source), conf);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // reading a header is quick: a few logs per task, not a task per log of thousands
    int slices = Math.max(1, Math.min(logs.size(), 4 * jsc.defaultParallelism()));
    Dataset<SampleLogImport.Header> headerSet =
        spark
            .createDataset(jsc.parallelize(logs, slices).rdd(), Encoders.bean(LogFile.class))
            .map(
                (MapFunction<LogFile, SampleLogImport.Header>)
                    log -> SampleLogImport.readHeader(settings.opener(log), log.getShown()),
                Encoders.javaSerialization(SampleLogImport.Header.class));
    List<SampleLogImport.Header> headers = headerSet.collectAsList();
    Map<String, byte[]> headerLines = new HashMap<>();
    headers.forEach(h -> headerLines.put(h.shown(), h.line()));
    List<LogRange> ranges = new ArrayList<>();
    long bytes = 0;
    for (LogFile log : logs) {
      byte[] header = headerLines.get(log.getShown());
      if (header == null) {
        continue; // an empty log or a bad header: its problems are in the header's report
      }
      bytes += log.getLength();
      ranges.addAll(ranges(log, header, splitBytes));
    }
    List<SampleLogPart> parts =
        ranges.isEmpty()
            ? List.of()
            : spark
                .createDataset(
                    jsc.parallelize(ranges, ranges.size()).rdd(), Encoders.bean(LogRange.class))
                .map(
                    (MapFunction<LogRange, SampleLogPart>) range -> read(settings, range),
                    Encoders.javaSerialization(SampleLogPart.class))
                .collectAsList();
    Map<String, byte[]> files = SampleLogImport.files(headers, parts);
    write(files, new Path(to), conf);
    int problems = countLines(files.get(SampleLogImport.REPORT));
    return new Summary(List.copyOf(files.keySet()), logs.size(), ranges.size(), bytes, problems);
  }

  /**
   * The ranges of one log: one for a gzip log or a small one, else one per {@code splitBytes}; the
   * last runs to the end, whatever the log's size is by then.
   */
  static List<LogRange> ranges(LogFile log, byte[] header, long splitBytes) {
    List<LogRange> out = new ArrayList<>();
    if (log.isGzip() || log.getLength() <= splitBytes) {
      out.add(new LogRange(log, 0, Long.MAX_VALUE, header));
      return out;
    }
    for (long start = 0; start < log.getLength(); start += splitBytes) {
      long end = start + splitBytes >= log.getLength() ? Long.MAX_VALUE : start + splitBytes;
      out.add(new LogRange(log, start, end, header));
    }
    return out;
  }

  private static SampleLogPart read(HadoopSettings settings, LogRange range) throws IOException {
    SampleLogImport.Header header =
        new SampleLogImport.Header(range.getShown(), range.getHeader(), List.of());
    return SampleLogImport.readPart(
        settings.opener(range.getUri(), range.isGzip()), header, range.getStart(), range.getEnd());
  }

  /**
   * The logs in {@code source}, as {@code evalpress import --logs} lists them: sample logs by name,
   * hidden files (names starting with '.') skipped, shown from the source's own name.
   */
  static List<LogFile> list(Path source, Configuration conf) throws IOException {
    FileSystem fs = source.getFileSystem(conf);
    Path qualified = fs.makeQualified(source);
    FileStatus status = fs.getFileStatus(qualified);
    Path parent = qualified.getParent() != null ? qualified.getParent() : qualified;
    List<LogFile> out = new ArrayList<>();
    if (status.isFile()) {
      add(status, parent, out);
    } else {
      RemoteIterator<LocatedFileStatus> files = fs.listFiles(qualified, true);
      while (files.hasNext()) {
        add(files.next(), parent, out);
      }
    }
    out.sort(Comparator.comparing(LogFile::getShown));
    return out;
  }

  private static void add(FileStatus file, Path parent, List<LogFile> out) {
    String name = file.getPath().getName();
    if (!file.isFile()
        || name.startsWith(".")
        || !(name.endsWith(".jsonl") || name.endsWith(".jsonl.gz"))) {
      return;
    }
    URI relative = parent.toUri().relativize(file.getPath().toUri());
    out.add(new LogFile(file.getPath().toString(), relative.getPath(), file.getLen()));
  }

  /**
   * Writes the files into {@code dir}, never overwriting: when one of them exists, nothing is
   * written.
   */
  private static void write(Map<String, byte[]> files, Path dir, Configuration conf)
      throws IOException {
    FileSystem fs = dir.getFileSystem(conf);
    // no .crc files beside the results on a local disk: the folder holds what import writes
    fs.setWriteChecksum(false);
    List<String> existing = new ArrayList<>();
    for (String name : files.keySet()) {
      if (fs.exists(new Path(dir, name))) {
        existing.add(new Path(dir, name).toString());
      }
    }
    if (!existing.isEmpty()) {
      throw new IOException(
          "already exist: "
              + String.join(", ", existing)
              + "; the job never overwrites files: write into a new or empty folder");
    }
    fs.mkdirs(dir);
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      try (OutputStream out = fs.create(new Path(dir, file.getKey()), false)) {
        out.write(file.getValue());
      }
    }
  }

  private static int countLines(byte[] report) {
    int n = 0;
    for (byte b : report) {
      if (b == '\n') {
        n++;
      }
    }
    return n;
  }

  /**
   * The driver's Hadoop settings (file systems, credentials set with {@code spark.hadoop.*}), sent
   * to the tasks, which open the logs with them: a Hadoop {@link Configuration} does not serialize.
   */
  static final class HadoopSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    private final HashMap<String, String> values;

    private HadoopSettings(HashMap<String, String> values) {
      this.values = values;
    }

    static HadoopSettings of(Configuration conf) {
      HashMap<String, String> values = new HashMap<>();
      conf.forEach(e -> values.put(e.getKey(), e.getValue()));
      return new HadoopSettings(values);
    }

    SampleLogPart.LogBytes opener(LogFile log) {
      return opener(log.getUri(), log.isGzip());
    }

    /** Opens the log at an offset; a gzip log only at 0, decompressed. */
    SampleLogPart.LogBytes opener(String uri, boolean gzip) {
      return offset -> {
        Configuration conf = new Configuration(false);
        values.forEach(conf::set);
        Path path = new Path(uri);
        FSDataInputStream in = path.getFileSystem(conf).open(path);
        try {
          if (gzip) {
            if (offset != 0) {
              throw new IllegalArgumentException("a gzip log is read from its start");
            }
            return new GZIPInputStream(in, 1 << 16);
          }
          in.seek(offset);
          return in;
        } catch (IOException | RuntimeException e) {
          in.close();
          throw e;
        }
      };
    }
  }
}
