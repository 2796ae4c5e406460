package dev.evalpress.load.imports.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.load.imports.SampleProblem;
import dev.evalpress.load.imports.inspect.InspectSampleValues.Entry;
import dev.evalpress.load.imports.inspect.InspectSampleValues.Outcome;
import dev.evalpress.located.JsonObject;
import dev.evalpress.model.Condition;
import dev.evalpress.model.Message;
import dev.evalpress.model.Sample;
import dev.evalpress.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Maps one sample of an Inspect AI log (one sample × epoch) to a {@link Sample} per imported scorer
 * eval that scored it:
 *
 * <ul>
 *   <li>id: the sample's {@code id}, with {@code /epoch-E} appended in a log of several epochs;
 *   <li>verdict: the scorer's value is correct (1, {@code true}, {@code "C"}); score: the value
 *       when it is a number; rationale: the score's {@code explanation};
 *   <li>input: the sample's {@code messages} without the final assistant message that is the output
 *       (else its {@code input}, a string or messages); output: the text of {@code
 *       output.choices[0].message}, else {@code output.completion};
 *   <li>metadata: the sample's {@code metadata}, then {@code target}, the score's {@code answer}
 *       and {@code value}, the {@code epoch} (several epochs) and a sample {@code error}, where the
 *       sample's metadata does not use the key already.
 * </ul>
 *
 * A sample without a score of a scorer gives no record for that scorer's eval (Inspect leaves it
 * out of the scorer's metrics too).
 */
final class InspectSampleMapper {

  /** One imported scorer eval: its id and the {@code results.scores} entry it was made from. */
  record ScorerEval(String evalId, Entry entry, boolean firstEntry) {}

  private final String modelId;
  private final long epochs;
  private final List<ScorerEval> evals;

  InspectSampleMapper(String modelId, long epochs, List<ScorerEval> evals) {
    this.modelId = modelId;
    this.epochs = epochs;
    this.evals = List.copyOf(evals);
  }

  /**
   * The records of one sample, found at {@code source}; {@code pointer} is the sample's JSON
   * pointer.
   */
  List<Sample> map(JsonNode sample, String pointer, Source source) throws SampleProblem {
    if (!sample.isObject()) {
      throw new SampleProblem(
          pointer, "expected a sample object, got " + JsonObject.describe(sample));
    }
    String id = id(sample.get("id"), pointer + "/id");
    JsonNode epochNode = sample.get("epoch");
    long epoch = 1;
    if (epochNode != null && !epochNode.isNull()) {
      if (!epochNode.isIntegralNumber() || epochNode.asLong() < 1) {
        throw new SampleProblem(
            pointer + "/epoch",
            "expected the epoch as an integer >= 1, got " + JsonObject.describe(epochNode));
      }
      epoch = epochNode.asLong();
    }
    InspectMessages messages = new InspectMessages(sample.get("attachments"));
    String output = output(sample.get("output"), pointer + "/output", messages);
    List<Message> input = input(sample, pointer, messages, output);
    TreeMap<String, String> common = new TreeMap<>();
    JsonNode meta = sample.get("metadata");
    if (meta != null && meta.isObject()) {
      meta.fields().forEachRemaining(e -> common.put(e.getKey(), text(e.getValue())));
    }
    JsonNode target = sample.get("target");
    if (target != null && !target.isNull()) {
      common.putIfAbsent("target", target.isArray() ? joined(target) : text(target));
    }
    if (epochs > 1) {
      common.putIfAbsent("epoch", Long.toString(epoch));
    }
    JsonNode error = sample.get("error");
    if (error != null && error.isObject() && error.path("message").isTextual()) {
      common.putIfAbsent("error", error.get("message").textValue());
    }
    String recordId = epochs > 1 ? id + "/epoch-" + epoch : id;
    List<Sample> out = new ArrayList<>();
    for (ScorerEval e : evals) {
      JsonNode score = InspectSampleValues.scoreOf(sample, e.entry(), e.firstEntry());
      if (score == null || score.isNull()) {
        continue;
      }
      if (!score.isObject()) {
        throw new SampleProblem(
            pointer + "/scores/" + e.entry().scorer(),
            "expected a score {\"value\", \"answer\","
                + " \"explanation\"}, got "
                + JsonObject.describe(score));
      }
      JsonNode value = InspectSampleValues.valueOf(score.get("value"), e.entry());
      Map<String, String> metadata = new TreeMap<>(common);
      JsonNode answer = score.get("answer");
      if (answer != null && answer.isTextual()) {
        metadata.putIfAbsent("answer", answer.textValue());
      }
      if (value != null && !value.isNull()) {
        metadata.putIfAbsent("value", text(value));
      }
      JsonNode explanation = score.get("explanation");
      out.add(
          new Sample(
              recordId,
              e.evalId(),
              Optional.of(modelId),
              Optional.empty(),
              OptionalLong.empty(),
              Condition.NONE,
              input,
              output,
              InspectSampleValues.outcome(score.get("value"), e.entry()) == Outcome.CORRECT,
              value != null && value.isNumber() && Double.isFinite(value.doubleValue())
                  ? OptionalDouble.of(value.doubleValue())
                  : OptionalDouble.empty(),
              explanation != null && explanation.isTextual()
                  ? Optional.of(
                      messages.resolve(
                          explanation.textValue(),
                          pointer + "/scores/" + e.entry().scorer() + "/explanation"))
                  : Optional.empty(),
              new TreeMap<>(metadata),
              source));
    }
    return out;
  }

  private static String id(JsonNode id, String pointer) throws SampleProblem {
    if (id != null && (id.isTextual() || id.isIntegralNumber())) {
      return id.asText();
    }
    throw new SampleProblem(
        pointer,
        "expected the sample's id as a string or an integer, got " + JsonObject.describe(id));
  }

  private static String output(JsonNode output, String pointer, InspectMessages messages)
      throws SampleProblem {
    if (output == null || output.isNull()) {
      return "";
    }
    if (!output.isObject()) {
      throw new SampleProblem(
          pointer,
          "expected the model output {\"choices\": [{\"message\": …}]}, got "
              + JsonObject.describe(output));
    }
    JsonNode choices = output.get("choices");
    if (choices != null && choices.isArray() && !choices.isEmpty()) {
      JsonNode message = choices.get(0).get("message");
      if (message != null && !message.isNull()) {
        return messages.message(message, pointer + "/choices/0/message").content();
      }
    }
    JsonNode completion = output.get("completion");
    return completion != null && completion.isTextual()
        ? messages.resolve(completion.textValue(), pointer + "/completion")
        : "";
  }

  private static List<Message> input(
      JsonNode sample, String pointer, InspectMessages messages, String output)
      throws SampleProblem {
    JsonNode conversation = sample.get("messages");
    if (conversation != null && !conversation.isNull()) {
      List<Message> all = messages.messages(conversation, pointer + "/messages");
      // The final assistant turn is the output, shown as such.
      if (!all.isEmpty()
          && all.get(all.size() - 1).role().equals("assistant")
          && all.get(all.size() - 1).content().equals(output)) {
        return all.subList(0, all.size() - 1);
      }
      return all;
    }
    JsonNode input = sample.get("input");
    if (input == null || input.isNull()) {
      return List.of();
    }
    if (input.isTextual()) {
      return List.of(new Message("user", messages.resolve(input.textValue(), pointer + "/input")));
    }
    return messages.messages(input, pointer + "/input");
  }

  private static String text(JsonNode v) {
    return v.isTextual() ? v.textValue() : v.toString();
  }

  private static String joined(JsonNode array) {
    List<String> parts = new ArrayList<>();
    array.forEach(v -> parts.add(text(v)));
    return String.join("\n", parts);
  }
}
