package dev.leverage.planning;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.Spelling;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.internal.Magnitudes;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidate activities of one plan as arrays indexed by id order, with their durations in whole
 * minutes and their requirements reduced to the direct ones that are not implied by others.
 *
 * <p>The transitive reduction keeps the same closures but turns more instances into forests: when
 * {@code a} requires {@code b} and {@code c}, and {@code b} requires {@code c}, only {@code a → b}
 * is kept. It tabulates every candidate's ancestors (n² bits), so past {@value #MAX_ANCESTOR_TABLE}
 * candidates with a requirement DAG it is skipped and the minutes of each closure are summed by a
 * walk (O(n) memory, O(n·(n + requirements)) time at worst). No recursion. Immutable after
 * construction.
 */
final class Candidates {
  final List<ActivityOutput> items;

  /** Index of each id. */
  final Map<String, Integer> index;

  final int n;
  final int[] minutes;
  final double[] output;
  final boolean[] foundation;

  /** Direct requirements after transitive reduction, ascending. */
  final int[][] requires;

  /** Direct dependents after transitive reduction, ascending. */
  final int[][] dependents;

  /**
   * All requirements, transitively; {@code null} when every item has at most one requirement, or
   * when there are more than {@value #MAX_ANCESTOR_TABLE} candidates (see {@link #ancestorsOf}).
   */
  private final BitSet[] ancestors;

  /**
   * The most candidates whose ancestor sets are tabulated (n² bits: 8 MB at this size); past it
   * requirements are not reduced and ancestors are found by a walk when needed.
   */
  static final int MAX_ANCESTOR_TABLE = 8192;

  /** Minutes of each item together with all its requirements. */
  final long[] closureMinutes;

  /** True when no candidate requires another. */
  final boolean independent;

  /** True when every candidate has at most one requirement after the reduction. */
  final boolean forest;

  private Candidates(
      List<ActivityOutput> sorted, Map<String, Integer> index, int[][] direct, int[] topological) {
    this.items = sorted;
    this.index = index;
    this.n = sorted.size();
    this.minutes = new int[n];
    this.output = new double[n];
    this.foundation = new boolean[n];
    for (int i = 0; i < n; i++) {
      ActivityOutput candidate = sorted.get(i);
      minutes[i] = minutes(candidate.hours());
      output[i] = candidate.output();
      foundation[i] = candidate.activity().isFoundation();
    }
    boolean forest = true;
    boolean none = true;
    for (int[] required : direct) {
      forest &= required.length <= 1;
      none &= required.length == 0;
    }
    this.independent = none;
    this.closureMinutes = new long[n];
    if (forest) {
      this.ancestors = null;
      this.requires = direct;
      for (int i : topological) {
        closureMinutes[i] = minutes[i] + (direct[i].length == 0 ? 0 : closureMinutes[direct[i][0]]);
      }
    } else if (n > MAX_ANCESTOR_TABLE) {
      this.ancestors = null;
      this.requires = direct;
      int[] seen = new int[n];
      java.util.Arrays.fill(seen, -1);
      int[] stack = new int[n];
      for (int i = 0; i < n; i++) {
        long total = 0;
        int depth = 0;
        stack[depth++] = i;
        seen[i] = i;
        while (depth > 0) {
          int next = stack[--depth];
          total += minutes[next];
          for (int r : direct[next]) {
            if (seen[r] != i) {
              seen[r] = i;
              stack[depth++] = r;
            }
          }
        }
        closureMinutes[i] = total;
      }
    } else {
      this.ancestors = new BitSet[n];
      this.requires = new int[n][];
      for (int i : topological) {
        BitSet all = new BitSet(n);
        for (int r : direct[i]) {
          all.set(r);
          all.or(ancestors[r]);
        }
        ancestors[i] = all;
        int[] kept = new int[direct[i].length];
        int count = 0;
        for (int r : direct[i]) {
          boolean implied = false;
          for (int other : direct[i]) {
            implied |= other != r && ancestors[other].get(r);
          }
          if (!implied) {
            kept[count++] = r;
          }
        }
        requires[i] = java.util.Arrays.copyOf(kept, count);
        long total = minutes[i];
        for (int a = all.nextSetBit(0); a >= 0; a = all.nextSetBit(a + 1)) {
          total += minutes[a];
        }
        closureMinutes[i] = total;
      }
    }
    boolean reducedForest = true;
    for (int[] required : requires) {
      reducedForest &= required.length <= 1;
    }
    this.forest = reducedForest;
    int[] dependentCount = new int[n];
    for (int[] required : requires) {
      for (int r : required) {
        dependentCount[r]++;
      }
    }
    this.dependents = new int[n][];
    for (int i = 0; i < n; i++) {
      dependents[i] = new int[dependentCount[i]];
      dependentCount[i] = 0;
    }
    for (int i = 0; i < n; i++) {
      for (int r : requires[i]) {
        dependents[r][dependentCount[r]++] = i;
      }
    }
  }

  /**
   * Indexes {@code candidates} by id.
   *
   * @throws InvalidModelException for duplicate ids, requirements outside the candidates or a cycle
   *     of requirements, with paths {@code activities[i]} into the given list
   */
  static Candidates of(List<ActivityOutput> candidates) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> given = new HashMap<>();
    List<Magnitudes.Factor> outputs = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      ActivityOutput candidate = candidates.get(i);
      String id = candidate.activity().id();
      if (!(candidate.hours() > 0 && candidate.hours() <= Activity.MAX_HOURS)) {
        problems.add(
            Problem.at(
                "activities[" + i + "].time",
                "activity '"
                    + id
                    + "' takes "
                    + candidate.hours()
                    + " hours; a plan needs more than 0 and at most 10000000h (the longest an"
                    + " activity may take)"));
      }
      if (!(Math.abs(candidate.output()) <= Magnitudes.LIMIT)) {
        problems.add(
            Problem.at(
                "activities[" + i + "]",
                "activity '"
                    + id
                    + "' has the output "
                    + candidate.output()
                    + "; a plan needs finite outputs within ±1e300"));
      } else {
        outputs.add(
            new Magnitudes.Factor(
                candidate.output(),
                "activities[" + i + "]",
                "activity '" + id + "' output " + Magnitudes.value(candidate.output())));
      }
      Integer previous = given.putIfAbsent(id, i);
      if (previous != null) {
        problems.add(
            Problem.at(
                "activities[" + i + "].id",
                "duplicate activity id '"
                    + id
                    + "', already used by activities["
                    + previous
                    + "]; ids are unique"));
      }
    }
    Magnitudes.checkSum(outputs, "the plan's total output", problems);
    InvalidModelException.throwIfAny(problems);
    List<ActivityOutput> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparing(c -> c.activity().id()));
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      index.put(sorted.get(i).activity().id(), i);
    }
    int[][] direct = new int[sorted.size()][];
    for (int i = 0; i < sorted.size(); i++) {
      ActivityOutput candidate = sorted.get(i);
      int[] required = new int[candidate.activity().requires().size()];
      int k = 0;
      for (String id : candidate.activity().requires()) {
        Integer r = index.get(id);
        if (r == null) {
          problems.add(
              Problem.at(
                  "activities[" + given.get(candidate.activity().id()) + "].requires[" + k + "]",
                  Spelling.unknown("activity", id, index.keySet())
                      + " among the candidates of the plan; a plan can only hold activities"
                      + " of one manager"));
          r = i;
        }
        required[k++] = r;
      }
      java.util.Arrays.sort(required);
      direct[i] = required;
    }
    InvalidModelException.throwIfAny(problems);
    int[] topological = topological(direct, sorted);
    return new Candidates(List.copyOf(sorted), Map.copyOf(index), direct, topological);
  }

  /** Everything {@code i} requires, directly or not. */
  BitSet ancestorsOf(int i) {
    if (ancestors != null) {
      return ancestors[i];
    }
    BitSet all = new BitSet(n);
    int[] stack = new int[n];
    int depth = 0;
    stack[depth++] = i;
    while (depth > 0) {
      for (int r : requires[stack[--depth]]) {
        if (!all.get(r)) {
          all.set(r);
          stack[depth++] = r;
        }
      }
    }
    return all;
  }

  /** The value compared first: foundation output in foundation-first mode, else output. */
  double[] primary(boolean foundationFirst) {
    if (!foundationFirst) {
      return output;
    }
    double[] primary = new double[n];
    for (int i = 0; i < n; i++) {
      primary[i] = foundation[i] ? output[i] : 0;
    }
    return primary;
  }

  /** The value compared second: output in foundation-first mode, else none. */
  double[] secondary(boolean foundationFirst) {
    return foundationFirst ? output : null;
  }

  /**
   * Rounds hours, at most {@link Activity#MAX_HOURS}, to whole minutes, half a minute up, and at
   * least one minute: exactly, never capped.
   */
  static int minutes(double hours) {
    if (!(hours <= Activity.MAX_HOURS)) {
      throw new IllegalArgumentException(
          "hours must be at most "
              + Activity.MAX_HOURS
              + " (checked by Candidates.of), was "
              + hours);
    }
    return (int) Math.max(1, Math.round(hours * 60.0));
  }

  /** Requirements before what needs them; throws on a cycle. */
  private static int[] topological(int[][] direct, List<ActivityOutput> sorted) {
    int n = direct.length;
    int[] waiting = new int[n];
    List<List<Integer>> needers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      needers.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      waiting[i] = direct[i].length;
      for (int r : direct[i]) {
        needers.get(r).add(i);
      }
    }
    int[] order = new int[n];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < n; i++) {
      if (waiting[i] == 0) {
        order[tail++] = i;
      }
    }
    while (head < tail) {
      int i = order[head++];
      for (int d : needers.get(i)) {
        if (--waiting[d] == 0) {
          order[tail++] = d;
        }
      }
    }
    if (tail < n) {
      List<String> stuck = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (waiting[i] > 0) {
          stuck.add(sorted.get(i).activity().id());
        }
      }
      throw InvalidModelException.of(
          "activities",
          "requirements form a cycle among "
              + String.join(", ", stuck)
              + "; remove one of these requirements");
    }
    return order;
  }
}
