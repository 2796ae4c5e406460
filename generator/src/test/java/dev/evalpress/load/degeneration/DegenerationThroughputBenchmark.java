package dev.evalpress.load.degeneration;

import dev.evalpress.model.DegenerationReport;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Micro benchmark, not a unit test (surefire does not pick it up): single-threaded throughput of
 * {@link DegenerationDetector#detect} over ~200 MB of synthetic outputs: prose-like text
 * (Zipf-distributed words, punctuation, some accented and CJK words), outputs ending in loops (long
 * phrases and single tokens) and long numbered lists. Reports MB/s of UTF-8 input (1 MB = 10⁶
 * bytes), by wall clock and per CPU second of the benchmark thread (the latter is steadier on a
 * shared machine), next to a baseline: a bare {@code charAt} scan of the same text.
 *
 * <p>Run after {@code mvn test-compile}:
 *
 * <pre>
 * java -Xmx3g -cp target/classes:target/test-classes \
 *     dev.evalpress.load.degeneration.DegenerationThroughputBenchmark [megabytes] [rounds]
 * </pre>
 */
public final class DegenerationThroughputBenchmark {

  private DegenerationThroughputBenchmark() {}

  public static void main(String[] args) {
    long targetBytes = (args.length > 0 ? Long.parseLong(args[0]) : 200) * 1_000_000L;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Random random = new Random(42L);
    Vocabulary vocabulary = new Vocabulary(random, 20_000);

    long t0 = System.nanoTime();
    List<String> outputs = new ArrayList<>();
    long bytes = 0;
    long chars = 0;
    int[] kinds = new int[4];
    while (bytes < targetBytes) {
      int kind = pickKind(random);
      kinds[kind]++;
      String output =
          switch (kind) {
            case 0 -> prose(random, vocabulary, 200 + random.nextInt(8_000));
            case 1 -> phraseLoop(random, vocabulary);
            case 2 -> tokenLoop(random, vocabulary);
            default -> list(random, vocabulary);
          };
      outputs.add(output);
      bytes += output.getBytes(StandardCharsets.UTF_8).length;
      chars += output.length();
    }
    System.out.printf(
        "generated %d outputs (prose %d, phrase loops %d, token loops %d, lists %d): "
            + "%.1f MB UTF-8, %.1f M chars in %.1f s%n",
        outputs.size(),
        kinds[0],
        kinds[1],
        kinds[2],
        kinds[3],
        bytes / 1e6,
        chars / 1e6,
        (System.nanoTime() - t0) / 1e9);

    DegenerationDetector detector = new DegenerationDetector(DegenerationSettings.DEFAULT);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] rates = new double[rounds];
    double[] cpuRates = new double[rounds];
    long sink = 0;
    for (int round = -1; round < rounds; round++) { // round -1 warms up the JIT
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      int degenerate = 0;
      long tokens = 0;
      double seqRep = 0;
      for (String output : outputs) {
        DegenerationReport r = detector.detect(output);
        if (r.degenerate()) {
          degenerate++;
        }
        tokens += r.tokens();
        seqRep += r.seqRep();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      sink += degenerate + tokens;
      // Reference point for a noisy or shared machine: the cheapest pass over the same chars.
      long baselineStart = threads.getCurrentThreadCpuTime();
      sink += countControlAndSpace(outputs);
      double baselineSeconds = (threads.getCurrentThreadCpuTime() - baselineStart) / 1e9;
      if (round >= 0) {
        rates[round] = bytes / 1e6 / seconds;
        cpuRates[round] = bytes / 1e6 / cpuSeconds;
      }
      System.out.printf(
          "%s: %.2f s wall, %.2f s CPU: %.0f MB/s wall, %.0f MB/s per CPU second "
              + "(degenerate %d of %d, %d tokens, mean seq-rep-4 %.3f); baseline charAt scan %.0f MB/s per CPU second%n",
          round < 0 ? "warm-up" : "round " + (round + 1),
          seconds,
          cpuSeconds,
          bytes / 1e6 / seconds,
          bytes / 1e6 / cpuSeconds,
          degenerate,
          outputs.size(),
          tokens,
          seqRep / outputs.size(),
          bytes / 1e6 / baselineSeconds);
    }
    Arrays.sort(rates);
    Arrays.sort(cpuRates);
    System.out.printf(
        "single thread: median %.0f MB/s (best %.0f) wall clock; median %.0f MB/s (best %.0f) per "
            + "CPU second of this thread (sink %d)%n",
        rates[rounds / 2], rates[rounds - 1], cpuRates[rounds / 2], cpuRates[rounds - 1], sink);
  }

  /**
   * Chars {@code <= ' '}: a lower bound on the cost of any scan of the text with {@link
   * String#charAt}.
   */
  private static long countControlAndSpace(List<String> outputs) {
    long n = 0;
    for (String output : outputs) {
      for (int i = 0, length = output.length(); i < length; i++) {
        if (output.charAt(i) <= ' ') {
          n++;
        }
      }
    }
    return n;
  }

  private static int pickKind(Random random) {
    int p = random.nextInt(100);
    return p < 70 ? 0 : p < 82 ? 1 : p < 88 ? 2 : 3;
  }

  static String prose(Random random, Vocabulary v, int targetChars) {
    StringBuilder sb = new StringBuilder(targetChars + 64);
    appendProse(sb, random, v, targetChars);
    return sb.toString();
  }

  private static void appendProse(StringBuilder sb, Random random, Vocabulary v, int targetChars) {
    int sentence = 0;
    while (sb.length() < targetChars) {
      String word = v.next(random);
      sb.append(sentence == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
      sentence++;
      if (sentence > 4 && random.nextInt(12) == 0) {
        sb.append(random.nextInt(5) == 0 ? '?' : '.');
        sentence = 0;
        sb.append(random.nextInt(8) == 0 ? "\n\n" : " ");
      } else {
        if (random.nextInt(15) == 0) {
          sb.append(',');
        }
        sb.append(' ');
      }
    }
  }

  static String phraseLoop(Random random, Vocabulary v) {
    StringBuilder sb = new StringBuilder();
    appendProse(sb, random, v, random.nextInt(2_000));
    StringBuilder phrase = new StringBuilder();
    for (int i = 3 + random.nextInt(25); i > 0; i--) {
      phrase.append(v.next(random)).append(' ');
    }
    for (int r = 2 + random.nextInt(200); r > 0 && sb.length() < 16_000; r--) {
      sb.append(phrase);
    }
    return sb.toString();
  }

  static String tokenLoop(Random random, Vocabulary v) {
    StringBuilder sb = new StringBuilder();
    appendProse(sb, random, v, random.nextInt(1_000));
    String token = random.nextBoolean() ? "ha" : v.next(random);
    for (int r = 10 + random.nextInt(2_000); r > 0; r--) {
      sb.append(token).append(random.nextInt(20) == 0 ? '\n' : ' ');
    }
    return sb.toString();
  }

  static String list(Random random, Vocabulary v) {
    StringBuilder sb = new StringBuilder();
    appendProse(sb, random, v, 100 + random.nextInt(500));
    sb.append('\n');
    for (int i = 1, n = 20 + random.nextInt(400); i <= n; i++) {
      sb.append(i).append(". ");
      for (int w = 1 + random.nextInt(6); w > 0; w--) {
        sb.append(v.next(random)).append(' ');
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Pseudo-words drawn with a Zipf-like law; about 2% accented or CJK. */
  static final class Vocabulary {
    private final String[] words;
    private final double[] cumulative;

    Vocabulary(Random random, int size) {
      words = new String[size];
      cumulative = new double[size];
      String letters = "etaoinshrdlcumwfgypbvkjxqz";
      double total = 0;
      for (int i = 0; i < size; i++) {
        StringBuilder w = new StringBuilder();
        int length = 1 + Math.min(12, (int) Math.abs(random.nextGaussian() * 3 + 4));
        for (int k = 0; k < length; k++) {
          w.append(letters.charAt(Math.min(25, (int) Math.abs(random.nextGaussian() * 7))));
        }
        int special = random.nextInt(100);
        if (special == 0) {
          w.append("é");
        } else if (special == 1) {
          w.setLength(0);
          for (int k = 0; k < 1 + random.nextInt(3); k++) {
            w.append((char) (0x4E00 + random.nextInt(0x5000)));
          }
        }
        words[i] = w.toString();
        total += 1.0 / (i + 1);
        cumulative[i] = total;
      }
      for (int i = 0; i < size; i++) {
        cumulative[i] /= total;
      }
    }

    String next(Random random) {
      int i = Arrays.binarySearch(cumulative, random.nextDouble());
      return words[Math.min(words.length - 1, i < 0 ? -i - 1 : i)];
    }
  }
}
