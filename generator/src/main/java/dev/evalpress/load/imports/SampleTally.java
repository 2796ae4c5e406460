package dev.evalpress.load.imports;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the records of an imported sample log per eval as they stream, to check them against the imported
 * result at the end: records, records with a true verdict, and the sum of numeric values with whether every
 * value was 0 or 1.
 */
final class SampleTally {

  /** The counts of one eval. */
  static final class Counts {
    long records;
    long flagged;
    double sum;
    boolean binary = true;
  }

  private final Map<String, Counts> byEval = new TreeMap<>();

  void add(String evalId, boolean verdict, Double value) {
    Counts c = byEval.computeIfAbsent(evalId, e -> new Counts());
    c.records++;
    c.flagged += verdict ? 1 : 0;
    if (value != null) {
      c.sum += value;
      c.binary &= value == 0 || value == 1;
    } else {
      c.binary = false;
    }
  }

  /** The counts of an eval; zero counts when it had no records. */
  Counts of(String evalId) {
    return byEval.getOrDefault(evalId, new Counts());
  }
}
