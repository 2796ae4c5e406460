package dev.evalpress.model;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The experimental condition of a result row, as sorted key/value pairs (e.g.
 * goal=explicit-america, urgency=replacement). The empty condition means "no condition".
 */
public record Condition(SortedMap<String, String> values) implements Comparable<Condition> {

  public static final Condition NONE = new Condition(new TreeMap<>());

  public Condition {
    values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
  }

  public static Condition of(Map<String, String> values) {
    return new Condition(new TreeMap<>(values));
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** Human-readable form, {@code goal=none, urgency=replacement}, or {@code (none)} when empty. */
  public String label() {
    return isEmpty()
        ? "(none)"
        : values.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", "));
  }

  /** Orders by keys and values entry by entry (not by label, which two conditions may share). */
  @Override
  public int compareTo(Condition other) {
    var a = values.entrySet().iterator();
    var b = other.values.entrySet().iterator();
    while (a.hasNext() && b.hasNext()) {
      var x = a.next();
      var y = b.next();
      int c = x.getKey().compareTo(y.getKey());
      if (c == 0) {
        c = x.getValue().compareTo(y.getValue());
      }
      if (c != 0) {
        return c;
      }
    }
    return Boolean.compare(a.hasNext(), b.hasNext());
  }
}
