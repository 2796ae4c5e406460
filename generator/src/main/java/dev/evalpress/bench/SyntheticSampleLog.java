package dev.evalpress.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a synthetic sample log of about a given size: chat-style inputs and outputs of 1–4 KB, a
 * tenth of them ending in repetition loops, over a few models and conditions. Seeded, so every run
 * writes the same file.
 */
public final class SyntheticSampleLog {

  private static final String[] WORDS =
      ("the model was asked to review the quarterly report and summarise "
              + "its findings for the board while noting any risks to the company and its staff over the next year "
              + "because several projects are delayed and costs rose faster than expected in most regions")
          .split(" ");

  private SyntheticSampleLog() {}

  /** Writes the log and returns the number of samples written. */
  public static long write(Path file, long bytes) throws IOException {
    SplittableRandom random = new SplittableRandom(20251125L);
    long written = 0;
    long samples = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      String header =
          "{\"kind\": \"samples\", \"version\": 1, \"eval\": {\"id\": \"bench/synthetic\", \"title\":"
              + " \"Synthetic benchmark eval\", \"metric\": \"flag_rate\", \"category\": \"other\", \"direction\":"
              + " \"lower-is-better\"}}\n";
      w.write(header);
      written += header.length();
      StringBuilder line = new StringBuilder(8192);
      while (written < bytes) {
        line.setLength(0);
        line.append("{\"id\": \"s")
            .append(samples)
            .append("\", \"eval\": \"bench/synthetic\", \"model\": \"m-")
            .append(samples % 4)
            .append("\", \"condition\": {\"c\": \"")
            .append(samples % 3)
            .append("\"}, \"input\": [{\"role\": \"user\", \"content\": \"");
        words(line, random, 40 + random.nextInt(80));
        line.append("\"}], \"output\": \"");
        words(line, random, 150 + random.nextInt(500));
        if (random.nextInt(10) == 0) {
          String phrase =
              " "
                  + WORDS[random.nextInt(WORDS.length)]
                  + " "
                  + WORDS[random.nextInt(WORDS.length)]
                  + " "
                  + WORDS[random.nextInt(WORDS.length)];
          line.append(phrase.repeat(5 + random.nextInt(40)));
        }
        line.append("\", \"verdict\": ")
            .append(random.nextInt(5) == 0)
            .append(", \"score\": 0.5, \"rationale\": \"synthetic\"}\n");
        w.append(line);
        written += line.length();
        samples++;
      }
    }
    return samples;
  }

  private static void words(StringBuilder out, SplittableRandom random, int count) {
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(WORDS[random.nextInt(WORDS.length)]);
    }
  }
}
