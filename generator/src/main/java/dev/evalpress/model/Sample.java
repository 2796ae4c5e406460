package dev.evalpress.model;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One graded sample from a per-sample log: what the model was given, what it wrote, and the
 * grader's verdict. A sample belongs to a model version ({@code model}) or to a training run at a
 * step ({@code run}, {@code step}). Every string here is untrusted model or grader output. {@code
 * metadata} holds free fields as JSON text, by key.
 */
public record Sample(
    String id,
    String evalId,
    Optional<String> modelId,
    Optional<String> runId,
    OptionalLong step,
    Condition condition,
    List<Message> input,
    String output,
    boolean verdict,
    OptionalDouble score,
    Optional<String> rationale,
    SortedMap<String, String> metadata,
    Source source) {

  public Sample {
    input = List.copyOf(input);
    metadata = Collections.unmodifiableSortedMap(new TreeMap<>(metadata));
  }
}
