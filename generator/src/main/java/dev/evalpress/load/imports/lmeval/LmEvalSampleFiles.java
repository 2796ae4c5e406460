package dev.evalpress.load.imports.lmeval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How lm-evaluation-harness names the files of one run: {@code results_DATE.json} and, with {@code
 * --log_samples}, one {@code samples_TASK_DATE.jsonl} per task beside it, where DATE is the same
 * stamp ({@code datetime.now().isoformat()} with {@code :} as {@code -}, such as {@code
 * 2024-05-21T12-34-56.123456}). The results file may have another stem ({@code --output_path
 * x.json} writes {@code x_DATE.json}).
 */
public final class LmEvalSampleFiles {

  private static final String DATE = "\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}(?:\\.\\d+)?";
  private static final Pattern RESULTS = Pattern.compile(".*_(" + DATE + ")\\.json");
  private static final Pattern SAMPLES =
      Pattern.compile("samples_(.+)_(" + DATE + ")\\.jsonl(?:\\.gz)?");

  private LmEvalSampleFiles() {}

  /** True for a file named as a samples file of the harness. */
  public static boolean isSamplesFile(Path file) {
    return SAMPLES.matcher(file.getFileName().toString()).matches();
  }

  /** The date stamp of a results file's name, if it has one. */
  static Optional<String> resultsDate(Path file) {
    Matcher m = RESULTS.matcher(file.getFileName().toString());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The task of a samples file's name when its date stamp is {@code date}. */
  static Optional<String> task(Path samples, String date) {
    Matcher m = SAMPLES.matcher(samples.getFileName().toString());
    return m.matches() && m.group(2).equals(date) ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The samples files beside a results file with its date stamp, sorted by name. */
  static List<Path> samplesBeside(Path results, String date) {
    return siblings(results).filter(p -> task(p, date).isPresent()).toList();
  }

  /** The results file a samples file belongs to: a {@code *_DATE.json} beside it, if one exists. */
  public static Optional<Path> resultsBeside(Path samples) {
    Matcher m = SAMPLES.matcher(samples.getFileName().toString());
    if (!m.matches()) {
      return Optional.empty();
    }
    String date = m.group(2);
    return siblings(samples)
        .filter(p -> resultsDate(p).filter(date::equals).isPresent())
        .findFirst();
  }

  /** The name a results file beside {@code samples} would have, for messages. */
  public static String expectedResultsName(Path samples) {
    Matcher m = SAMPLES.matcher(samples.getFileName().toString());
    return m.matches() ? "results_" + m.group(2) + ".json" : "results_DATE.json";
  }

  private static Stream<Path> siblings(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(Files::isRegularFile).sorted().toList().stream();
    } catch (IOException | UncheckedIOException e) {
      // the folder was just listed; if it cannot be listed again, the pair is not found and that is
      // reported
      return Stream.empty();
    }
  }
}
