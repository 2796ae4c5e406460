package dev.evalpress.fuzz;

import dev.evalpress.fuzz.Mutator.Edit;
import dev.evalpress.fuzz.Mutator.Kind;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The generators the fuzz tests share: text that looks like JSON or front matter, and edits of a
 * seed file.
 */
final class FuzzInputs {

  private FuzzInputs() {}

  /**
   * Any text, and text made of JSON's and YAML front matter's punctuation, up to {@code maxLength}
   * characters.
   */
  static Arbitrary<String> text(int maxLength) {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(maxLength),
        Arbitraries.strings().withChars("{}[]:,\"-\n 0123456789.eE").ofMaxLength(maxLength),
        Arbitraries.strings().withChars("---\n:ab#{}<>`-").ofMaxLength(maxLength));
  }

  /** One to four edits of a file (see {@link Mutator}). */
  static Arbitrary<List<Edit>> edits() {
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.of(Kind.class), Arbitraries.integers(), Arbitraries.integers())
            .as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(4);
  }
}
