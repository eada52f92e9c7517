package dev.leverage.planning;

import com.google.common.collect.ImmutableList;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.internal.Numbers;
import dev.leverage.unit.Effort;
import java.util.BitSet;
import java.util.List;

/**
 * What a {@link Plan} was made from and chose, kept to derive on demand what a caller may not need:
 * the reasons for what was left out, and the frontier (a program over every budget, which the plan
 * of independent candidates, or of candidates that all fit, does not need). Immutable and
 * thread-safe.
 */
final class Solution {
  private final Candidates candidates;
  private final long budgetMinutes;
  private final long capacity;
  private final boolean foundationFirst;
  private final int nodeLimit;
  private final long cellLimit;
  private final BitSet chosen;
  private final boolean exact;
  private final Optimum optimum;

  Solution(
      Candidates candidates,
      long budgetMinutes,
      long capacity,
      boolean foundationFirst,
      int nodeLimit,
      long cellLimit,
      BitSet chosen,
      boolean exact,
      Optimum optimum) {
    this.candidates = candidates;
    this.budgetMinutes = budgetMinutes;
    this.capacity = capacity;
    this.foundationFirst = foundationFirst;
    this.nodeLimit = nodeLimit;
    this.cellLimit = cellLimit;
    this.chosen = (BitSet) chosen.clone();
    this.exact = exact;
    this.optimum = optimum;
  }

  /**
   * The best output for every budget, from the optimum found or a new one (without choosing a plan
   * in it), raised to the plan's own output from the plan's minutes on: the plan is a real plan,
   * found maybe by a program that does not give the whole frontier.
   */
  Frontier frontier() {
    Optimum all =
        optimum != null
            ? optimum
            : Optimum.find(candidates, capacity, foundationFirst, nodeLimit, cellLimit, false);
    long used = 0;
    double planP = 0;
    double planS = 0;
    for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) {
      used += candidates.minutes[i];
      planP += foundationFirst ? (candidates.foundation[i] ? candidates.output[i] : 0) : 0;
      planS += candidates.output[i];
    }
    if (!foundationFirst) {
      planP = planS;
      planS = 0;
    }
    all = all.withPlan(used, planP, planS, capacity);
    double gap = all.largestGap(capacity);
    Steps steps = all.lower;
    return Frontier.of(
        steps.at,
        foundationFirst ? steps.secondary : steps.primary,
        budgetMinutes,
        foundationFirst,
        gap == 0,
        gap);
  }

  /** Every candidate not chosen, by id, with the first reason that applies. */
  List<LeftOut> leftOut() {
    long used = 0;
    for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) {
      used += candidates.minutes[i];
    }
    long unused = budgetMinutes - used;
    ImmutableList.Builder<LeftOut> leftOut = ImmutableList.builder();
    for (int i = 0; i < candidates.n; i++) {
      if (!chosen.get(i)) {
        leftOut.add(leftOut(i, unused));
      }
    }
    return leftOut.build();
  }

  /** Minutes as effort ({@code 6h30m}), also past the range of a single effort. */
  private static String effort(long minutes) {
    return minutes <= Effort.MAX_HOURS * 60
        ? Effort.ofMinutes(minutes).toString()
        : Numbers.format(minutes / 60.0) + "h";
  }

  private LeftOut leftOut(int i, long unused) {
    ActivityOutput candidate = candidates.items.get(i);
    if (candidates.closureMinutes[i] > budgetMinutes) {
      return new LeftOut(
          candidate,
          LeftOut.Reason.DOES_NOT_FIT,
          "takes "
              + effort(candidates.closureMinutes[i])
              + (candidate.activity().requires().isEmpty() ? "" : " with its requirements")
              + ", more than the "
              + Effort.ofMinutes(budgetMinutes)
              + " budget");
    }
    for (String required : candidate.activity().requires().stream().sorted().toList()) {
      if (!chosen.get(candidates.index.get(required))) {
        return new LeftOut(
            candidate,
            LeftOut.Reason.REQUIREMENT_LEFT_OUT,
            "requires '" + required + "', which was left out");
      }
    }
    String explanation;
    if (!(candidate.output() > 0)) {
      explanation =
          "its output is "
              + Numbers.brief(candidate.output(), 2)
              + ", so planning it would not raise the plan's output";
    } else if (candidates.minutes[i] > unused) {
      explanation =
          "needs "
              + Effort.ofMinutes(candidates.minutes[i])
              + " for "
              + Numbers.brief(candidate.output(), 2)
              + " but "
              + Effort.ofMinutes(unused)
              + " are left, and "
              + (foundationFirst && !candidates.foundation[i]
                  ? "foundation work comes first"
                  : "the planned activities are worth more in that time");
    } else if (!exact) {
      explanation = "the search stopped before placing it; the plan is not proven best";
    } else {
      explanation =
          "its output of "
              + Numbers.brief(candidate.output(), 2)
              + " is too small to change the plan";
    }
    return new LeftOut(candidate, LeftOut.Reason.WORTH_LESS, explanation);
  }
}
