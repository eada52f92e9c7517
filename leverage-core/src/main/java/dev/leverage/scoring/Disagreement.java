package dev.leverage.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where strategies disagree about the same activities: Kendall's tau for every pair of rankings,
 * and how far each activity's rank moves from one strategy to another.
 *
 * <p>Tau is Kendall's tau-b over the scores, in [−1, 1]: 1 when two strategies order every pair of
 * activities alike, −1 when they reverse every pair; pairs tied in a strategy count as neither
 * agreeing nor disagreeing, and tau is NaN when a strategy scores all activities alike. Immutable
 * and thread-safe.
 */
public final class Disagreement {
  private final ImmutableList<Ranking> rankings;
  private final ImmutableList<Pair> pairs;
  private final ImmutableList<Mover> movers;

  private Disagreement(
      ImmutableList<Ranking> rankings, ImmutableList<Pair> pairs, ImmutableList<Mover> movers) {
    this.rankings = rankings;
    this.pairs = pairs;
    this.movers = movers;
  }

  /**
   * Compares {@code rankings} of the same activities.
   *
   * @param rankings rankings by different strategies, at least one
   * @return how the rankings agree and disagree
   * @throws IllegalArgumentException if there are none, two share a strategy name, or they rank
   *     different activities
   */
  public static Disagreement of(List<Ranking> rankings) {
    checkArgument(!rankings.isEmpty(), "at least one ranking is needed");
    Set<String> names = new HashSet<>();
    Set<String> ids = Set.copyOf(rankings.get(0).ids());
    for (Ranking ranking : rankings) {
      checkArgument(
          names.add(ranking.strategy()), "two rankings by strategy '%s'", ranking.strategy());
      checkArgument(
          Set.copyOf(ranking.ids()).equals(ids),
          "ranking by '%s' ranks other activities than ranking by '%s'",
          ranking.strategy(),
          rankings.get(0).strategy());
    }
    ImmutableList.Builder<Pair> pairs = ImmutableList.builder();
    for (int i = 0; i < rankings.size(); i++) {
      for (int j = i + 1; j < rankings.size(); j++) {
        Ranking a = rankings.get(i);
        Ranking b = rankings.get(j);
        pairs.add(new Pair(a.strategy(), b.strategy(), kendallTau(a, b)));
      }
    }
    List<Mover> movers = new ArrayList<>();
    for (String id : rankings.get(0).ids()) {
      Map<String, Integer> ranks = new LinkedHashMap<>();
      for (Ranking ranking : rankings) {
        ranks.put(ranking.strategy(), ranking.find(id).orElseThrow().rank());
      }
      movers.add(new Mover(id, ranks));
    }
    movers.sort(Comparator.comparingInt(Mover::spread).reversed().thenComparing(Mover::activity));
    return new Disagreement(
        ImmutableList.copyOf(rankings), pairs.build(), ImmutableList.copyOf(movers));
  }

  /**
   * {@return Kendall's tau-b of two rankings of the same activities, over their scores: {@code (C −
   * D) / √((P − T_a)(P − T_b))} with C concordant and D discordant pairs, P all pairs and T_a, T_b
   * the pairs tied in each} NaN when fewer than two activities, or when either ranking ties them
   * all.
   *
   * @param a the first ranking
   * @param b the second ranking
   * @throws IllegalArgumentException if the rankings rank different activities
   */
  public static double kendallTau(Ranking a, Ranking b) {
    List<RankedActivity> entries = a.entries();
    int n = entries.size();
    checkArgument(
        Set.copyOf(a.ids()).equals(Set.copyOf(b.ids())),
        "rankings by '%s' and '%s' rank different activities",
        a.strategy(),
        b.strategy());
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      RankedActivity entry = entries.get(i);
      x[i] = entry.score().value();
      y[i] = b.find(entry.activity().id()).orElseThrow().score().value();
    }
    return kendallTau(x, y);
  }

  /**
   * Kendall's tau-b of paired scores in O(n log n) (Knight's algorithm): sort the pairs by x then
   * y, count the pairs tied in x, in y and in both, and count the discordant pairs as the
   * inversions of y in that order, with a Fenwick tree. Scores compare as {@link Double#compare}
   * does.
   */
  static double kendallTau(double[] x, double[] y) {
    int n = x.length;
    int[] rx = denseRanks(x);
    int[] ry = denseRanks(y);
    long[] pairs = new long[n];
    for (int i = 0; i < n; i++) {
      pairs[i] = (long) rx[i] << 32 | ry[i];
    }
    Arrays.sort(pairs);
    long tiedA = 0;
    long tiedBoth = 0;
    long runA = 0;
    long runBoth = 0;
    for (int i = 0; i < n; i++) {
      boolean sameX = i > 0 && (pairs[i] >>> 32) == (pairs[i - 1] >>> 32);
      runA = sameX ? runA + 1 : 0;
      runBoth = i > 0 && pairs[i] == pairs[i - 1] ? runBoth + 1 : 0;
      tiedA += runA;
      tiedBoth += runBoth;
    }
    long tiedB = 0;
    int[] countOfY = new int[n];
    for (int r : ry) {
      tiedB += countOfY[r]++;
    }
    // Discordant: i before j in (x, y) order with y_i > y_j (then x_i < x_j: ties in x sort by y).
    long discordant = 0;
    int[] fenwick = new int[n + 1];
    for (int j = 0; j < n; j++) {
      int yj = (int) pairs[j];
      int atMost = 0;
      for (int k = yj + 1; k > 0; k -= k & -k) {
        atMost += fenwick[k];
      }
      discordant += j - atMost;
      for (int k = yj + 1; k <= n; k += k & -k) {
        fenwick[k]++;
      }
    }
    long all = (long) n * (n - 1) / 2;
    long concordantMinusDiscordant = all - tiedA - tiedB + tiedBoth - 2 * discordant;
    double denominator = Math.sqrt((double) (all - tiedA) * (all - tiedB));
    return denominator == 0 ? Double.NaN : concordantMinusDiscordant / denominator;
  }

  /** The rank of each value among the distinct values, from 0, in {@link Double#compare} order. */
  private static int[] denseRanks(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || Double.compare(sorted[i], sorted[distinct - 1]) != 0) {
        sorted[distinct++] = sorted[i];
      }
    }
    int[] ranks = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      ranks[i] = Arrays.binarySearch(sorted, 0, distinct, values[i]);
    }
    return ranks;
  }

  /** {@return the rankings compared, in the order given} */
  public List<Ranking> rankings() {
    return rankings;
  }

  /**
   * {@return Kendall's tau of every pair of rankings, in the order given: (1, 2), (1, 3), …, (2,
   * 3), …}
   */
  public List<Pair> pairs() {
    return pairs;
  }

  /**
   * {@return every activity with its rank under each strategy, the widest spread of ranks first}
   */
  public List<Mover> movers() {
    return movers;
  }

  /**
   * {@return the activities whose rank moves most between strategies; empty when all strategies
   * agree}
   */
  public List<Mover> mostMoved() {
    if (movers.isEmpty() || movers.get(0).spread() == 0) {
      return List.of();
    }
    int widest = movers.get(0).spread();
    return movers.stream().filter(m -> m.spread() == widest).collect(toImmutableList());
  }

  /**
   * How much two strategies agree on the order of the activities.
   *
   * @param a the first strategy's name
   * @param b the second strategy's name
   * @param tau Kendall's tau-b in [−1, 1], NaN when undefined
   */
  public record Pair(String a, String b, double tau) {}

  /**
   * One activity's rank under each strategy.
   *
   * @param activity the activity's id
   * @param ranks its rank (1 for the best) by strategy name, in the order of the rankings
   */
  public record Mover(String activity, Map<String, Integer> ranks) {

    /**
     * Copies the ranks.
     *
     * @param activity the activity's id
     * @param ranks its rank (1 for the best) by strategy name, in the order of the rankings
     */
    public Mover {
      ranks = ImmutableMap.copyOf(ranks);
    }

    /** {@return the best (lowest) rank} */
    public int best() {
      return ranks.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    /** {@return the worst (highest) rank} */
    public int worst() {
      return ranks.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** {@return how far the rank moves: worst minus best} */
    public int spread() {
      return worst() - best();
    }
  }
}
