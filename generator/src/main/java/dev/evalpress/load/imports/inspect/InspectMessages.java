package dev.evalpress.load.imports.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.load.imports.SampleProblem;
import dev.evalpress.located.InputLimits;
import dev.evalpress.located.JsonObject;
import dev.evalpress.model.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * Inspect AI chat messages as the plain text the transcript viewer shows. A message's {@code
 * content} is a string or a list of content parts: {@code text} parts are their text, {@code
 * reasoning} parts their reasoning under a {@code [reasoning]} line, and other parts (image, audio,
 * video, data, tool use, document) a {@code [TYPE]} placeholder, since the viewer shows text only.
 * An assistant's {@code tool_calls} follow as {@code [tool call] FUNCTION ARGUMENTS}. A whole
 * string {@code attachment://HASH} is replaced by the sample's {@code attachments[HASH]}, where
 * Inspect moves long strings. Everything stays untrusted text.
 */
final class InspectMessages {

  private static final String ATTACHMENT = "attachment://";

  private final JsonNode attachments;

  /** Characters the attachment references of this sample have expanded to so far. */
  private long expanded;

  /**
   * @param attachments the sample's {@code attachments} object, or null
   */
  InspectMessages(JsonNode attachments) {
    this.attachments = attachments != null && attachments.isObject() ? attachments : null;
  }

  /** A list of chat messages at {@code pointer}. */
  List<Message> messages(JsonNode node, String pointer) throws SampleProblem {
    if (!node.isArray()) {
      throw new SampleProblem(
          pointer, "expected a list of chat messages, got " + JsonObject.describe(node));
    }
    List<Message> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      out.add(message(node.get(i), pointer + "/" + i));
    }
    return out;
  }

  /** One chat message: its role and its content as text. */
  Message message(JsonNode node, String pointer) throws SampleProblem {
    if (!node.isObject()) {
      throw new SampleProblem(
          pointer,
          "expected a chat message {\"role\", \"content\"}, got " + JsonObject.describe(node));
    }
    JsonNode role = node.get("role");
    if (role == null || !role.isTextual()) {
      throw new SampleProblem(
          pointer + "/role",
          "expected the message's role as a string, such as \"user\", got "
              + JsonObject.describe(role));
    }
    StringBuilder text = new StringBuilder(content(node.get("content"), pointer + "/content"));
    JsonNode calls = node.get("tool_calls");
    if (calls != null && calls.isArray()) {
      for (JsonNode call : calls) {
        JsonNode function = call.get("function");
        JsonNode arguments = call.get("arguments");
        separate(text)
            .append("[tool call] ")
            .append(function != null && function.isTextual() ? function.textValue() : "?");
        if (arguments != null && !arguments.isNull()) {
          text.append(' ')
              .append(
                  arguments.isTextual()
                      ? resolve(arguments.textValue(), pointer + "/tool_calls")
                      : arguments.toString());
        }
      }
    }
    JsonNode error = node.get("error");
    if (error != null && error.isObject() && error.path("message").isTextual()) {
      separate(text)
          .append("[tool error] ")
          .append(resolve(error.get("message").textValue(), pointer + "/error/message"));
    }
    return new Message(role.textValue(), text.toString());
  }

  /** A message's content: a string, or a list of content parts. Absent or null content is empty. */
  String content(JsonNode node, String pointer) throws SampleProblem {
    if (node == null || node.isNull()) {
      return "";
    }
    if (node.isTextual()) {
      return resolve(node.textValue(), pointer);
    }
    if (!node.isArray()) {
      throw new SampleProblem(
          pointer,
          "expected a string or a list of content parts like {\"type\": \"text\","
              + " \"text\": …}, got "
              + JsonObject.describe(node));
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < node.size(); i++) {
      JsonNode part = node.get(i);
      JsonNode type = part.get("type");
      if (!part.isObject() || type == null || !type.isTextual()) {
        throw new SampleProblem(
            pointer + "/" + i,
            "expected a content part with a \"type\", such as {\"type\":"
                + " \"text\", \"text\": …}, got "
                + JsonObject.describe(part));
      }
      separate(text);
      switch (type.textValue()) {
        case "text" -> text.append(stringField(part, "text", pointer + "/" + i));
        case "reasoning" ->
            text.append(
                part.path("redacted").asBoolean(false)
                    ? "[reasoning, redacted]"
                    : "[reasoning]\n" + stringField(part, "reasoning", pointer + "/" + i));
        default -> text.append('[').append(type.textValue()).append(']');
      }
    }
    return text.toString();
  }

  private String stringField(JsonNode part, String field, String pointer) throws SampleProblem {
    JsonNode v = part.get(field);
    if (v == null || !v.isTextual()) {
      throw new SampleProblem(
          pointer + "/" + field, "expected a string, got " + JsonObject.describe(v));
    }
    return resolve(v.textValue(), pointer + "/" + field);
  }

  /**
   * The string at {@code pointer}, or the attachment it refers to. An attachment is stored once but
   * may be referred to any number of times, so what the references of one sample expand to is
   * bounded.
   */
  String resolve(String s, String pointer) throws SampleProblem {
    if (attachments != null && s.startsWith(ATTACHMENT)) {
      JsonNode a = attachments.get(s.substring(ATTACHMENT.length()));
      if (a != null && a.isTextual()) {
        expanded += a.textValue().length();
        if (expanded > InputLimits.MAX_ATTACHMENT_CHARS_PER_SAMPLE) {
          throw new SampleProblem(
              pointer,
              "the sample's attachment:// references expand to more than "
                  + InputLimits.count(InputLimits.MAX_ATTACHMENT_CHARS_PER_SAMPLE)
                  + " characters (at "
                  + s
                  + "); evalpress"
                  + " expands at most that much per sample");
        }
        return a.textValue();
      }
    }
    return s;
  }

  private static StringBuilder separate(StringBuilder text) {
    return text.isEmpty() ? text : text.append("\n\n");
  }
}
