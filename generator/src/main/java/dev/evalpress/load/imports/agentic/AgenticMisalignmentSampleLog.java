package dev.evalpress.load.imports.agentic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalpress.load.imports.ImportedSampleLog;
import dev.evalpress.load.imports.ModelIds;
import dev.evalpress.load.imports.agentic.AgenticMisalignmentTally.ParsedCondition;
import dev.evalpress.located.LimitedJson;
import dev.evalpress.model.Message;
import dev.evalpress.model.Sample;
import dev.evalpress.model.Source;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The classified samples of an agentic-misalignment results folder as per-sample records, so a
 * reviewer can read the transcripts behind a harmful rate. Each {@code
 * models/<model>/<condition>/sample_NNN/response.json} with a boolean {@code
 * classification.harmful_behavior} is one record of eval {@code agentic-misalignment/<scenario>}:
 * id {@code <condition>/sample_NNN}, output {@code raw_response}, verdict {@code harmful_behavior},
 * rationale {@code classification.classifier_reasoning}, metadata the classifier's other scalar
 * fields and the response's {@code metadata}. The input is the condition's prompt files ({@code
 * system_prompt.txt}, {@code user_prompt.txt}, {@code email_content.txt}) from the experiment's
 * {@code prompts/<condition>/} folder beside {@code models/}, when it is there.
 *
 * <p>Unclassified samples are in no rate, so they get no record. The folder was read once already
 * for the counts ({@link AgenticMisalignmentResultsDirectory}), whose problems end a build before
 * records are read; a file that does not give a record here was reported then, or is unclassified.
 */
final class AgenticMisalignmentSampleLog implements ImportedSampleLog {

  private static final ObjectMapper MAPPER = new ObjectMapper(LimitedJson.factory());
  private static final List<String> PROMPT_FILES =
      List.of("system_prompt.txt", "user_prompt.txt", "email_content.txt");

  private final Path modelsDir;
  private final String shown;
  private final List<String> evalIds;

  AgenticMisalignmentSampleLog(Path modelsDir, String shown, List<String> evalIds) {
    this.modelsDir = modelsDir;
    this.shown = shown;
    this.evalIds = List.copyOf(evalIds);
  }

  @Override
  public String shown() {
    return shown;
  }

  @Override
  public List<String> evalIds() {
    return evalIds;
  }

  @Override
  public void read(Consumer<Sample> sink, Problems problems) throws IOException {
    for (Path modelDir : children(modelsDir)) {
      String modelId = ModelIds.normalize(modelDir.getFileName().toString());
      for (Path conditionDir : children(modelDir)) {
        String conditionId = conditionDir.getFileName().toString();
        Optional<ParsedCondition> parsed = AgenticMisalignmentTally.parse(conditionId);
        if (parsed.isEmpty()
            || !evalIds.contains(AgenticMisalignmentTally.EVAL_PREFIX + parsed.get().scenario())) {
          continue;
        }
        List<Message> input = prompts(conditionDir.getFileName(), conditionId, problems);
        for (Path sampleDir : children(conditionDir)) {
          Path response = sampleDir.resolve("response.json");
          String name = sampleDir.getFileName().toString();
          if (name.startsWith("sample_") && Files.isRegularFile(response)) {
            String responseShown =
                shown
                    + "/"
                    + modelDir.getFileName()
                    + "/"
                    + conditionId
                    + "/"
                    + name
                    + "/response.json";
            record(response, responseShown, conditionId + "/" + name, modelId, parsed.get(), input)
                .ifPresent(sink);
          }
        }
      }
    }
  }

  private static Optional<Sample> record(
      Path file,
      String fileShown,
      String id,
      String modelId,
      ParsedCondition condition,
      List<Message> input)
      throws IOException {
    JsonNode root;
    try {
      try (java.io.InputStream in = Files.newInputStream(file)) {
        root = MAPPER.readTree(in);
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return Optional.empty();
    }
    JsonNode classification = root == null ? null : root.get("classification");
    JsonNode harmful = classification == null ? null : classification.get("harmful_behavior");
    if (harmful == null || !harmful.isBoolean()) {
      return Optional.empty();
    }
    TreeMap<String, String> metadata = new TreeMap<>();
    classification
        .fields()
        .forEachRemaining(
            f -> {
              if (f.getValue().isValueNode()
                  && !f.getKey().equals("harmful_behavior")
                  && !f.getKey().equals("classifier_reasoning")) {
                metadata.put("classification." + f.getKey(), f.getValue().asText());
              }
            });
    JsonNode meta = root.get("metadata");
    if (meta != null && meta.isObject()) {
      meta.fields()
          .forEachRemaining(
              f ->
                  metadata.put(
                      f.getKey(),
                      f.getValue().isTextual()
                          ? f.getValue().textValue()
                          : f.getValue().toString()));
    }
    JsonNode output = root.get("raw_response");
    JsonNode reasoning = classification.get("classifier_reasoning");
    return Optional.of(
        new Sample(
            id,
            AgenticMisalignmentTally.EVAL_PREFIX + condition.scenario(),
            Optional.of(modelId),
            Optional.empty(),
            OptionalLong.empty(),
            condition.condition(),
            input,
            output != null && output.isTextual() ? output.textValue() : "",
            harmful.booleanValue(),
            OptionalDouble.empty(),
            reasoning != null && reasoning.isTextual()
                ? Optional.of(reasoning.textValue())
                : Optional.empty(),
            metadata,
            Source.file(fileShown)));
  }

  /**
   * The condition's prompt files as the conversation's turns; none when the prompts folder is not
   * there. The folder is found by the condition folder's own name ({@code folder}), never by its
   * name as text: in a locale that cannot encode a non-ASCII name (LANG=C), the text does not make
   * a path again.
   */
  private List<Message> prompts(Path folder, String conditionId, Problems problems)
      throws IOException {
    Path dir = modelsDir.toAbsolutePath().getParent().resolve("prompts").resolve(folder);
    List<Message> turns = new ArrayList<>();
    for (String name : PROMPT_FILES) {
      Path file = dir.resolve(name);
      if (Files.isRegularFile(file)) {
        try {
          String text =
              StandardCharsets.UTF_8
                  .newDecoder()
                  .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                  .toString();
          turns.add(
              new Message(
                  name.substring(0, name.length() - ".txt".length()).replace('_', ' '), text));
        } catch (CharacterCodingException e) {
          String promptsShown =
              shown.substring(0, Math.max(0, shown.lastIndexOf('/') + 1))
                  + "prompts/"
                  + conditionId
                  + "/"
                  + name;
          problems.add(
              Source.file(promptsShown), "expected UTF-8 text: the file has invalid UTF-8");
        }
      }
    }
    return turns;
  }

  private static List<Path> children(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }
}
