package dev.leverage.planning;

/**
 * The bound of a {@link ScheduleSearch} node: a Lagrangian relaxation of the weekly capacities, one
 * price per minute of each week (and one for the floor of the side value), solved by a {@link
 * RequirementForest}, whose dropped requirements get prices of their own.
 *
 * <p>Any prices give a proven upper bound; a projected subgradient method (Polyak steps towards the
 * best schedule found, warm-started from the previous node) tightens it. The open week's capacity
 * is also kept exactly in a second bound (a knapsack at the same prices). Capacities are first
 * lowered to the largest sum of durations that fits them ({@link WeekDomains#measureRoom}), and
 * weeks whose price rules a candidate out are removed from its domain (reduced-cost fixing, {@link
 * RequirementForest#fixByReducedCosts}). The relaxed schedule is offered as a schedule whenever it
 * fits. Not thread-safe.
 */
final class LagrangianBound {
  private static final long MAX_KNAPSACK_CELLS = 4_000_000L;

  private final WeekDomains d;
  private final RequirementForest forest;
  private final Incumbent incumbent;
  private final double[] rho;
  private final double[] bestRho;
  private double mu;
  private double bestMu;
  private double theta = 1;
  private final double[] edgePrice;
  private final double[] bestEdgePrice;
  private final int[] relaxed;
  private final Sack sack = new Sack();
  private double forestBound;

  LagrangianBound(WeekDomains domains, RequirementForest forest, Incumbent incumbent) {
    this.d = domains;
    this.forest = forest;
    this.incumbent = incumbent;
    this.rho = new double[d.weeks];
    this.bestRho = new double[d.weeks];
    this.edgePrice = new double[forest.edges() * d.weeks];
    this.bestEdgePrice = new double[forest.edges() * d.weeks];
    this.relaxed = new int[d.n];
  }

  /** {@return the Lagrangian bound of the last {@link #bound} call, at its best prices} */
  double forestBound() {
    return forestBound;
  }

  /**
   * The bound of the current node after up to {@code iterations} subgradient steps. Leaves the
   * prices of the best Lagrangian bound in place, with the forest evaluated at those prices, and
   * that bound in {@link #forestBound}.
   */
  double bound(int iterations) {
    int weeks = d.weeks;
    double[] room = d.room;
    forest.prepare();
    d.measureRoom();
    double bound = Double.POSITIVE_INFINITY;
    int stale = 0;
    for (int iteration = 0; iteration < iterations; iteration++) {
      double l = forest.evaluate(rho, mu, edgePrice);
      if (iteration == 0 || l < bound - ScheduleSearch.TOLERANCE * Math.max(1, Math.abs(bound))) {
        bound = l;
        System.arraycopy(rho, 0, bestRho, 0, weeks);
        bestMu = mu;
        keepEdgePrices(edgePrice, bestEdgePrice);
        stale = 0;
      } else if (++stale >= 4) {
        theta = Math.max(theta / 2, 1e-4);
        stale = 0;
      }
      double target = incumbent.target();
      if (!(bound > target)) {
        return bound;
      }
      offerRelaxedSchedule();
      double step = step(l - target);
      if (step == 0) {
        // A zero subgradient: these prices are optimal for the node.
        break;
      }
      for (int w = d.current; w < weeks; w++) {
        rho[w] = Math.max(0, rho[w] - step * (room[w] - forest.usage[w]));
      }
      if (d.side != null) {
        mu = Math.max(0, mu - step * (forest.sideOfChoice() - d.goal.floor()));
      }
      for (int k = 0; k < forest.droppedCount; k++) {
        int e = forest.dropped[k] * weeks;
        for (int w = d.current; w < weeks; w++) {
          double h = forest.droppedSubgradient(k, w);
          edgePrice[e + w] = Math.max(0, edgePrice[e + w] - step * h);
        }
      }
    }
    keepEdgePrices(bestEdgePrice, edgePrice);
    System.arraycopy(bestRho, 0, rho, 0, weeks);
    mu = bestMu;
    forest.evaluate(rho, mu, edgePrice);
    theta = Math.max(theta, 0.05);
    forestBound = bound;
    if (bound > incumbent.target()) {
      bound = Math.min(bound, openWeekBound());
    }
    return bound;
  }

  /** Copies the prices of the dropped requirements {@code from} one array {@code to} the other. */
  private void keepEdgePrices(double[] from, double[] to) {
    for (int k = 0; k < forest.droppedCount; k++) {
      int e = forest.dropped[k] * d.weeks;
      System.arraycopy(from, e, to, e, d.weeks);
    }
  }

  /** The Polyak step towards {@code excess} below the current value, or 0 at a zero subgradient. */
  private double step(double excess) {
    int weeks = d.weeks;
    double norm = 0;
    for (int w = d.current; w < weeks; w++) {
      double g = d.room[w] - forest.usage[w];
      if (rho[w] > 0 || g < 0) {
        norm += g * g;
      }
    }
    if (d.side != null) {
      double g = forest.sideOfChoice() - d.goal.floor();
      if (mu > 0 || g < 0) {
        norm += g * g;
      }
    }
    for (int k = 0; k < forest.droppedCount; k++) {
      int e = forest.dropped[k] * weeks;
      for (int w = d.current; w < weeks; w++) {
        double h = forest.droppedSubgradient(k, w);
        if (edgePrice[e + w] > 0 || h < 0) {
          norm += h * h;
        }
      }
    }
    return norm == 0 ? 0 : theta * excess / norm;
  }

  /** Offers the relaxed schedule when it keeps the capacities and every requirement. */
  private void offerRelaxedSchedule() {
    int weeks = d.weeks;
    for (int w = d.current; w < weeks; w++) {
      if (forest.usage[w] > d.capacity[w] - d.used[w]) {
        return;
      }
    }
    for (int i = 0; i < d.n; i++) {
      relaxed[i] = d.lo[i] == d.hi[i] ? d.lo[i] : forest.choice[i];
      if (relaxed[i] >= weeks) {
        relaxed[i] = -1;
      }
    }
    for (int k = 0; k < d.undecidedCount; k++) {
      int i = d.undecided[k];
      if (relaxed[i] >= 0) {
        for (int r : d.requires[i]) {
          if (relaxed[r] < 0 || relaxed[r] > relaxed[i]) {
            return;
          }
        }
      }
    }
    incumbent.offer(relaxed.clone());
  }

  /**
   * The Lagrangian bound at the current prices that keeps the open week's capacity exactly: each
   * candidate is in the open week or in its best other week at the prices (a knapsack), with the
   * requirements among undecided candidates dropped.
   */
  private double openWeekBound() {
    int open = d.current;
    int weeks = d.weeks;
    int[] minutes = d.minutes;
    double l = d.fixedObjective;
    if (d.side != null) {
      l += mu * (d.fixedSide - d.goal.floor());
    }
    for (int w = open + 1; w < weeks; w++) {
      l += rho[w] * d.room[w];
    }
    long left = d.capacity[open] - d.used[open];
    sack.clear();
    for (int c = 0; c < d.undecidedCount; c++) {
      int i = d.undecided[c];
      double out = d.hi[i] >= weeks ? 0 : Double.NEGATIVE_INFINITY;
      for (int w = Math.max(d.lo[i], open + 1); w <= Math.min(d.hi[i], weeks - 1); w++) {
        out = Math.max(out, gain(i, w) - rho[w] * minutes[i]);
      }
      double in = d.lo[i] == open ? gain(i, open) : Double.NEGATIVE_INFINITY;
      if (out == Double.NEGATIVE_INFINITY) {
        l += in;
        left -= minutes[i];
      } else {
        l += out;
        if (in > out && minutes[i] <= d.capacity[open] - d.used[open]) {
          sack.add(minutes[i], in - out);
        }
      }
    }
    return left < 0 ? Double.NEGATIVE_INFINITY : l + sack.best((int) left, MAX_KNAPSACK_CELLS);
  }

  private double gain(int i, int w) {
    double g = d.objective[i * d.stride + w];
    return d.side == null ? g : g + mu * d.side[i * d.stride + w];
  }
}
