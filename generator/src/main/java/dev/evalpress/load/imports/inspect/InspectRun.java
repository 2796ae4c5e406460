package dev.evalpress.load.imports.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.load.imports.ImportedModel;
import dev.evalpress.load.imports.ModelIds;
import dev.evalpress.located.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * What an Inspect log says about its run, apart from scores: its status, the model, the task, when
 * it was created, and the id that names the run in every form of the log (the {@code .json} and its
 * {@code .eval} conversion).
 *
 * <ul>
 *   <li><b>Run id</b>: {@code eval.eval_id} when present (newer logs: one id per task × model of a
 *       run); else {@code eval.run_id/TASK/MODEL} as written. The model is part of it because one
 *       {@code inspect eval} run of a task on two models writes two logs with the same {@code
 *       run_id}; the two forms of one log share everything in its {@code eval} object, so they
 *       share the id. Empty without either.
 *   <li><b>Started</b>: {@code eval.created} as an instant, read with the offset it was written
 *       with ({@code 2025-05-12T20:28:13-04:00} → 2025-05-13T00:28:13Z); empty when absent or
 *       written without an offset, which names no instant.
 *   <li><b>Date</b>: the calendar date of {@code eval.created} as written, in its own offset (→
 *       2025-05-12).
 * </ul>
 */
record InspectRun(
    String status,
    String task,
    ImportedModel model,
    Optional<LocalDate> date,
    Optional<Instant> started,
    Optional<String> id,
    Optional<String> runIdText) {

  static final List<String> STATUSES = List.of("started", "success", "cancelled", "error");

  /** The run of the log at {@code root}, or null once its problems are reported. */
  static InspectRun read(JsonObject root) {
    String status = root.requireOneOf("status", STATUSES);
    JsonObject eval = root.requireObject("eval");
    if (eval == null) {
      return null;
    }
    String task = eval.requireText("task");
    String modelName = eval.requireText("model");
    Optional<OffsetDateTime> offset = Optional.empty();
    Optional<LocalDate> date = Optional.empty();
    Optional<String> created = eval.text("created");
    if (created.isPresent()) {
      String s = created.get().trim();
      try {
        offset = Optional.of(OffsetDateTime.parse(s));
        date = Optional.of(offset.get().toLocalDate());
      } catch (DateTimeParseException notOffset) {
        date = localDate(s);
        if (date.isEmpty()) {
          eval.fail(
              "created",
              eval.pointerOf("created")
                  + ": expected a date and time like 2025-05-12T20:28:13-04:00, got \""
                  + created.get()
                  + "\"");
        }
      }
    }
    if (status == null || task == null || modelName == null) {
      return null;
    }
    Optional<String> runId = text(eval.raw("run_id"));
    Optional<String> id =
        text(eval.raw("eval_id")).or(() -> runId.map(r -> r + "/" + task + "/" + modelName));
    ImportedModel model = new ImportedModel(ModelIds.normalize(modelName), modelName, date);
    return new InspectRun(
        status, task, model, date, offset.map(OffsetDateTime::toInstant), id, runId);
  }

  boolean succeeded() {
    return status.equals("success");
  }

  /** The notes of every imported result: where it comes from, and Inspect's run id. */
  String notes() {
    return "Imported from an Inspect AI eval log"
        + runIdText.map(r -> " (run " + r + ")").orElse("")
        + ".";
  }

  private static Optional<LocalDate> localDate(String s) {
    try {
      return Optional.of(LocalDateTime.parse(s).toLocalDate());
    } catch (DateTimeParseException notLocal) {
      try {
        return Optional.of(LocalDate.parse(s));
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  private static Optional<String> text(JsonNode node) {
    return node != null && node.isTextual() && !node.textValue().isBlank()
        ? Optional.of(node.textValue())
        : Optional.empty();
  }
}
