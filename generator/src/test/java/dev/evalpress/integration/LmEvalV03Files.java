package dev.evalpress.integration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes tiny lm-evaluation-harness v0.3 results files, as the harness wrote them: no date, no
 * sample counts. The accuracy's standard error is the harness's √(p(1 − p)/(n − 1)), so the
 * importer derives n back exactly.
 */
final class LmEvalV03Files {

  private LmEvalV03Files() {}

  /**
   * A lambada_openai result of {@code model} at {@code revision}: accuracy k/n and a perplexity.
   */
  static void write(Path file, String model, String revision, long k, long n, double perplexity) {
    double acc = (double) k / n;
    double stderr = Math.sqrt(acc * (1 - acc) / (n - 1));
    String json =
        String.format(
            Locale.ROOT,
            """
        {
          "results": {
            "lambada_openai": {"acc": %s, "acc_stderr": %s, "ppl": %s, "ppl_stderr": 0.3}
          },
          "versions": {"lambada_openai": 0},
          "config": {
            "model": "hf-causal",
            "model_args": "pretrained=%s,revision=%s",
            "num_fewshot": 0,
            "batch_size": 16,
            "device": "cuda:0",
            "no_cache": true,
            "limit": null,
            "bootstrap_iters": 100000,
            "description_dict": {}
          }
        }
        """,
            acc,
            stderr,
            perplexity,
            model,
            revision);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checkpoints 128, 1000 and 143000 of EleutherAI/pythia-160m under {@code results}, written out
   * of order.
   */
  static void pythiaCheckpoints(Path results) {
    write(
        results.resolve("pythia-160m-step143000.json"),
        "EleutherAI/pythia-160m",
        "step143000",
        3336,
        5153,
        10.1);
    write(
        results.resolve("pythia-160m-step1000.json"),
        "EleutherAI/pythia-160m",
        "step1000",
        1000,
        5153,
        92.5);
    write(
        results.resolve("pythia-160m-step128.json"),
        "EleutherAI/pythia-160m",
        "step128",
        12,
        5153,
        3100.2);
  }
}
