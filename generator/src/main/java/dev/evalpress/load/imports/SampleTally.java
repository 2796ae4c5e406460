package dev.evalpress.load.imports;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the records of an imported sample log per eval as they stream, to check them against the
 * imported result at the end: records, records with a true verdict, and the sum of numeric values
 * with whether every value was 0 or 1.
 */
public final class SampleTally {

  /** The counts of one eval. */
  public static final class Counts {
    long records;
    long flagged;
    double sum;
    boolean binary = true;

    public long records() {
      return records;
    }

    public long flagged() {
      return flagged;
    }

    public double sum() {
      return sum;
    }

    /** True when every value was 0 or 1. */
    public boolean binary() {
      return binary;
    }
  }

  private final Map<String, Counts> byEval = new TreeMap<>();

  public void add(String evalId, boolean verdict, Double value) {
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
  public Counts of(String evalId) {
    return byEval.getOrDefault(evalId, new Counts());
  }
}
