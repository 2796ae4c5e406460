package dev.evalpress.load.report;

import dev.evalpress.model.Condition;
import dev.evalpress.model.DataReference;
import dev.evalpress.model.DataReference.Verb;
import dev.evalpress.model.Source;
import dev.evalpress.problem.Problems;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads an inline reference, {@code VERB EVAL MODEL… [key=value …]}: {@code {{rate EVAL MODEL}}},
 * {@code {{delta EVAL BEFORE AFTER}}}, {@code {{ratio EVAL BEFORE AFTER}}} or {@code {{pgr EVAL
 * WEAK WEAK_TO_STRONG STRONG}}}. A malformed one is reported at its braces and yields empty.
 */
final class DataReferenceReader {

  private static final String USAGE =
      "{{rate EVAL MODEL}}, {{delta EVAL BEFORE AFTER}}, {{ratio EVAL BEFORE AFTER}}"
          + " or {{pgr EVAL WEAK WEAK_TO_STRONG STRONG}}, each optionally followed by key=value condition tokens";
  private static final Map<String, Verb> VERBS =
      Map.of("rate", Verb.RATE, "delta", Verb.DELTA, "ratio", Verb.RATIO, "pgr", Verb.PGR);
  private static final Map<Verb, String> USAGES =
      Map.of(
          Verb.RATE,
          "{{rate EVAL MODEL}}",
          Verb.DELTA,
          "{{delta EVAL BEFORE AFTER}}",
          Verb.RATIO,
          "{{ratio EVAL BEFORE AFTER}}",
          Verb.PGR,
          "{{pgr EVAL WEAK WEAK_TO_STRONG STRONG}}");

  private DataReferenceReader() {}

  static Optional<DataReference> read(String text, Source at, Problems problems) {
    List<String> tokens =
        Arrays.stream(text.trim().split("\\s+")).filter(t -> !t.isEmpty()).toList();
    if (tokens.isEmpty()) {
      return fail(problems, at, "empty reference \"{{" + text + "}}\"; expected " + USAGE);
    }
    Verb verb = VERBS.get(tokens.get(0));
    if (verb == null) {
      return fail(problems, at, "unknown reference \"{{" + text + "}}\"; expected " + USAGE);
    }
    String usage = USAGES.get(verb);
    List<String> rest = tokens.subList(1, tokens.size());
    if (rest.size() < 1 + verb.models()) {
      return fail(problems, at, "incomplete reference \"{{" + text + "}}\"; expected " + usage);
    }
    TreeMap<String, String> pairs = new TreeMap<>();
    for (String token : rest.subList(1 + verb.models(), rest.size())) {
      int eq = token.indexOf('=');
      if (eq <= 0) {
        return fail(
            problems,
            at,
            "\"" + token + "\" in \"{{" + text + "}}\": expected a condition key=value; " + usage);
      }
      pairs.put(token.substring(0, eq), token.substring(eq + 1));
    }
    return Optional.of(
        new DataReference(
            at, text, verb, rest.get(0), rest.subList(1, 1 + verb.models()), Condition.of(pairs)));
  }

  private static <T> Optional<T> fail(Problems problems, Source at, String message) {
    problems.add(at, message);
    return Optional.empty();
  }
}
