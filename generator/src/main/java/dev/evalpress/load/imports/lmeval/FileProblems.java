package dev.evalpress.load.imports.lmeval;

import dev.evalpress.located.LocatedJson;
import dev.evalpress.model.Source;
import dev.evalpress.problem.Problems;
import java.util.HashSet;
import java.util.Set;

/** The problems of one results file, each at its JSON pointer; remembers whether there was any. */
final class FileProblems {

  private final LocatedJson doc;
  private final Problems problems;
  private final Set<String> reported = new HashSet<>();
  private boolean failed;

  FileProblems(LocatedJson doc, Problems problems) {
    this.doc = doc;
    this.problems = problems;
  }

  /**
   * A problem at {@code pointer}; {@code message} starts with the pointer, as every message of this
   * importer.
   */
  void at(String pointer, String message) {
    add(doc.place(pointer), message);
  }

  /**
   * A problem about a shared section (such as {@code n-samples}), reported once however many tasks
   * look at it.
   */
  void once(String pointer, String message) {
    if (reported.add(pointer)) {
      at(pointer, message);
    }
  }

  void add(Source where, String message) {
    failed = true;
    problems.add(where, message);
  }

  boolean failed() {
    return failed;
  }

  Source place(String pointer) {
    return doc.place(pointer);
  }

  /** {@code key} as one token of a JSON pointer. */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  /**
   * A control character (other than tab) or an unpaired surrogate: names end up in pages, file
   * names and SVG.
   */
  static boolean unprintable(String s) {
    return s.codePoints()
        .anyMatch(c -> Character.isISOControl(c) && c != '\t' || c >= 0xD800 && c <= 0xDFFF);
  }
}
