package dev.evalpress.load.samples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalpress.located.LimitedJson;
import dev.evalpress.model.Condition;
import dev.evalpress.model.Message;
import dev.evalpress.model.Sample;
import dev.evalpress.model.Source;
import dev.evalpress.problem.IoFailure;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Parses one line of a sample log into a {@link Sample}, straight from the token stream (no tree),
 * because it runs on every line of multi-gigabyte logs. A bad line throws {@link LineException}
 * with its column.
 */
final class SampleLineParser {

  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(LimitedJson.constraints())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  /** A problem in one line, at a column of that line. */
  static final class LineException extends Exception {
    final int column;

    LineException(int column, String message) {
      super(message, null, false, false);
      this.column = column;
    }
  }

  private final String path;
  private final String evalId;

  SampleLineParser(String path, String evalId) {
    this.path = path;
    this.evalId = evalId;
  }

  Sample parse(byte[] buffer, int offset, int length, int line) throws LineException {
    try (JsonParser p = FACTORY.createParser(buffer, offset, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new LineException(1, "expected a sample: a JSON object on one line");
      }
      Fields f = new Fields();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        int column = column(p);
        switch (name) {
          case "id" -> f.id = text(p, t, "id");
          case "eval" -> {
            String eval = text(p, t, "eval");
            if (!eval.equals(evalId)) {
              throw new LineException(
                  column,
                  "/eval: this log's header is for eval \""
                      + evalId
                      + "\", got \""
                      + eval
                      + "\"; one log holds one eval");
            }
          }
          case "model" -> f.model = text(p, t, "model");
          case "run" -> f.run = text(p, t, "run");
          case "step" -> f.step = step(p, t);
          case "condition" -> f.condition = condition(p, t);
          case "input" -> f.input = input(p, t);
          case "output" -> f.output = text(p, t, "output");
          case "verdict" -> f.verdict = verdict(p, t);
          case "score" -> f.score = score(p, t);
          case "rationale" ->
              f.rationale = t == JsonToken.VALUE_NULL ? null : text(p, t, "rationale");
          case "metadata" -> f.metadata = metadata(p, t);
          default ->
              throw new LineException(
                  column,
                  "unknown field \""
                      + name
                      + "\"; expected id, eval, model or run"
                      + " and step, condition, input, output, verdict, score, rationale, metadata");
        }
      }
      if (p.nextToken() != null) {
        throw new LineException(column(p), "unexpected text after the sample; one sample per line");
      }
      return f.build(new Source(path, line, 1));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new LineException(
          at == null ? 1 : Math.max(1, at.getColumnNr()),
          "invalid JSON: " + LimitedJson.explain(e));
    } catch (IOException e) {
      throw new LineException(1, "cannot read: " + IoFailure.describe(e));
    }
  }

  private static int column(JsonParser p) {
    return Math.max(1, p.currentTokenLocation().getColumnNr());
  }

  private static String text(JsonParser p, JsonToken t, String field)
      throws IOException, LineException {
    if (t != JsonToken.VALUE_STRING) {
      throw new LineException(column(p), "/" + field + ": expected a string");
    }
    return p.getText();
  }

  private static long step(JsonParser p, JsonToken t) throws IOException, LineException {
    if (t != JsonToken.VALUE_NUMBER_INT
        || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
        || p.getLongValue() < 0) {
      throw new LineException(column(p), "/step: expected an integer >= 0");
    }
    return p.getLongValue();
  }

  private static boolean verdict(JsonParser p, JsonToken t) throws LineException {
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw new LineException(column(p), "/verdict: expected true or false (the grader's verdict)");
    }
    return t == JsonToken.VALUE_TRUE;
  }

  private static Double score(JsonParser p, JsonToken t) throws IOException, LineException {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (!t.isNumeric() || !Double.isFinite(p.getDoubleValue())) {
      throw new LineException(column(p), "/score: expected a finite number");
    }
    return p.getDoubleValue();
  }

  private static Condition condition(JsonParser p, JsonToken t) throws IOException, LineException {
    if (t != JsonToken.START_OBJECT) {
      throw new LineException(column(p), "/condition: expected an object of strings");
    }
    TreeMap<String, String> values = new TreeMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      values.put(key, text(p, p.nextToken(), "condition/" + key));
    }
    return Condition.of(values);
  }

  private static List<Message> input(JsonParser p, JsonToken t) throws IOException, LineException {
    if (t == JsonToken.VALUE_STRING) {
      return List.of(new Message("user", p.getText()));
    }
    if (t != JsonToken.START_ARRAY) {
      throw new LineException(
          column(p), "/input: expected a prompt string or an array of {\"role\", \"content\"}");
    }
    List<Message> messages = new ArrayList<>();
    for (JsonToken m = p.nextToken(); m != JsonToken.END_ARRAY; m = p.nextToken()) {
      if (m != JsonToken.START_OBJECT) {
        throw new LineException(
            column(p), "/input/" + messages.size() + ": expected {\"role\", \"content\"}");
      }
      String role = null;
      String content = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (name.equals("role")) {
          role = text(p, v, "input/" + messages.size() + "/role");
        } else if (name.equals("content")) {
          content = text(p, v, "input/" + messages.size() + "/content");
        } else {
          p.skipChildren();
        }
      }
      if (role == null || content == null) {
        throw new LineException(
            column(p), "/input/" + messages.size() + ": a message needs \"role\" and \"content\"");
      }
      messages.add(new Message(role, content));
    }
    return messages;
  }

  private static TreeMap<String, String> metadata(JsonParser p, JsonToken t)
      throws IOException, LineException {
    if (t != JsonToken.START_OBJECT) {
      throw new LineException(column(p), "/metadata: expected an object");
    }
    TreeMap<String, String> values = new TreeMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken v = p.nextToken();
      values.put(key, v == JsonToken.VALUE_STRING ? p.getText() : MAPPER.readTree(p).toString());
    }
    return values;
  }

  /** The fields of one sample as they are read. */
  private final class Fields {
    String id;
    String model;
    String run;
    Long step;
    Condition condition = Condition.NONE;
    List<Message> input = List.of();
    String output;
    Boolean verdict;
    Double score;
    String rationale;
    TreeMap<String, String> metadata = new TreeMap<>();

    Sample build(Source source) throws LineException {
      if (id == null || output == null || verdict == null) {
        throw new LineException(1, "a sample needs \"id\", \"output\" and \"verdict\"");
      }
      if ((model == null) == (run == null)) {
        throw new LineException(
            1,
            "a sample belongs to a \"model\" or to a training \"run\" (with \"step\"),"
                + " not both and not neither");
      }
      if (run != null && step == null) {
        throw new LineException(1, "a sample of training run \"" + run + "\" needs a \"step\"");
      }
      return new Sample(
          id,
          evalId,
          Optional.ofNullable(model),
          Optional.ofNullable(run),
          step == null ? OptionalLong.empty() : OptionalLong.of(step),
          condition,
          input,
          output,
          verdict,
          score == null ? OptionalDouble.empty() : OptionalDouble.of(score),
          Optional.ofNullable(rationale),
          metadata,
          source);
    }
  }
}
