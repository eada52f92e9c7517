package dev.leverage.organization;

/**
 * The influenced teams of a subtree of managers, with their weights, and Σ weight × team output
 * over those owned outside the subtree: an open-addressing map from team position to weight that
 * keeps its weighted sum as weights rise.
 *
 * <p>A team owned in the subtree holds the mark {@link #OWNED}, above every influence weight: it
 * counts nothing here (owned teams are summed apart) and keeps influences on that team out. Maps of
 * reports are merged bottom-up, the smaller into the larger, so that every entry moves at most log₂
 * n times. Not thread-safe; used only while an organization is being built.
 */
final class WeightRollUp {
  /** The weight of a team owned in the subtree: more than any influence, counting nothing. */
  static final double OWNED = 2.0;

  /** Team position + 1 per slot, 0 for an empty slot. */
  private int[] keys;

  private double[] weights;
  private int size;
  private final ExactSum sum = new ExactSum();

  WeightRollUp(int expected) {
    keys = new int[capacityFor(expected)];
    weights = new double[keys.length];
  }

  private static int capacityFor(int entries) {
    int capacity = 4;
    while (capacity < entries * 2) {
      capacity <<= 1;
    }
    return capacity;
  }

  int size() {
    return size;
  }

  /** Grows the table once so that it holds {@code entries} without growing again. */
  void reserve(int entries) {
    if (capacityFor(entries) > keys.length) {
      rehash(capacityFor(entries));
    }
  }

  /** Raises the weight of {@code team} to {@code weight} unless it already has at least that. */
  void raise(int team, double weight, double[] outputs) {
    int slot = find(team);
    boolean present = keys[slot] != 0;
    double old = present ? weights[slot] : 0.0;
    if (weight <= old) {
      return;
    }
    weights[slot] = weight;
    if (!present) {
      keys[slot] = team + 1;
      if (++size * 2 > keys.length) {
        rehash(keys.length * 2);
      }
    }
    double output = outputs[team];
    if (weight < OWNED) {
      sum.add(weight * output);
    }
    if (old > 0) {
      sum.add(-(old * output));
    }
  }

  /** Marks {@code team} as owned in the subtree: its influences stop counting. */
  void own(int team, double[] outputs) {
    raise(team, OWNED, outputs);
  }

  /** Raises every weight of {@code other} into this map. */
  void absorb(WeightRollUp other, double[] outputs) {
    int[] otherKeys = other.keys;
    double[] otherWeights = other.weights;
    for (int slot = 0; slot < otherKeys.length; slot++) {
      if (otherKeys[slot] != 0) {
        raise(otherKeys[slot] - 1, otherWeights[slot], outputs);
      }
    }
  }

  /** Σ weight × team output over the influenced teams owned outside the subtree. */
  ExactSum sum() {
    return sum;
  }

  private int find(int team) {
    int mask = keys.length - 1;
    int slot = (team * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask);
    while (keys[slot] != 0 && keys[slot] != team + 1) {
      slot = slot + 1 & mask;
    }
    return slot;
  }

  private void rehash(int capacity) {
    int[] oldKeys = keys;
    double[] oldWeights = weights;
    keys = new int[capacity];
    weights = new double[capacity];
    for (int slot = 0; slot < oldKeys.length; slot++) {
      if (oldKeys[slot] != 0) {
        int to = find(oldKeys[slot] - 1);
        keys[to] = oldKeys[slot];
        weights[to] = oldWeights[slot];
      }
    }
  }

  /**
   * A sum kept with its rounding error (Knuth's two-sum), so that the order of the terms does not
   * show in the result: it is the exact sum of the terms, rounded once (unless it overflows).
   */
  static final class ExactSum {
    private double sum;
    private double error;

    void add(double x) {
      double s = sum + x;
      double b = s - sum;
      error += (sum - (s - b)) + (x - b);
      sum = s;
    }

    void add(ExactSum other) {
      add(other.sum);
      add(other.error);
    }

    double value() {
      return Double.isFinite(sum) ? sum + error : sum;
    }
  }
}
