package dev.leverage.planning;

import static com.google.common.collect.ImmutableList.toImmutableList;

import dev.leverage.unit.Effort;
import java.util.List;
import org.immutables.value.Value;

/**
 * A manager's plan for a time budget (§7 of the model): the activities to do, in execution order,
 * the hours they use and leave, the output they create, and the candidates left out with the
 * reason.
 *
 * <p>The activities fit the budget and are closed under {@code requires}; among all such sets they
 * create the most output (in foundation-first mode: the most foundation output, then the most
 * output). Times are in whole minutes (see {@link PlannedActivity}). When the plan is not {@link
 * #exact()}, {@link #gap()} bounds how much better the best plan can be; it is never a silent
 * approximation. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Plan {
  Plan() {}

  static Builder builder() {
    return new Builder();
  }

  /** {@return the id of the manager whose time is planned} */
  public abstract String manager();

  /** {@return the time budget} */
  public abstract Effort budget();

  /** {@return true when the plan secures foundation output first, then total output} */
  public abstract boolean foundationFirst();

  /**
   * {@return the activities to do, in execution order: every requirement before what needs it, then
   * foundation before the rest, then leverage descending, then id}
   *
   * <p>The next activity is always the first, by that key, of those whose requirements are done; an
   * activity that foundation work requires counts as foundation here, so that nothing else delays
   * the foundation: no activity comes before a foundation activity unless it is foundation work or
   * required by it.
   */
  public abstract List<PlannedActivity> activities();

  /** {@return the candidates left out, by id, each with its reason; derived on first use} */
  @Value.Lazy
  public List<LeftOut> leftOut() {
    return solution().leftOut();
  }

  /** {@return true when no plan within the budget is better (up to one part in a billion)} */
  public abstract boolean exact();

  /**
   * {@return an upper bound on how much better the best plan is, 0 when {@link #exact()}: in output
   * units, or in foundation-first mode in foundation output (in output once the foundation output
   * is proven best)}
   */
  public abstract double gap();

  /**
   * {@return the best output for every budget from 0 to this plan's budget; derived on first use
   * (for candidates without requirements this runs the dynamic program over every budget, which the
   * plan itself does not need)}
   */
  @Value.Lazy
  public Frontier frontier() {
    return solution().frontier();
  }

  /** What the plan was made from, to derive {@link #leftOut()} and {@link #frontier()}. */
  @Value.Auxiliary
  abstract Solution solution();

  /** {@return the budget in hours} */
  public double budgetHours() {
    return budget().hours();
  }

  /** {@return the hours the planned activities take, in whole minutes} */
  public double usedHours() {
    return usedMinutes() / 60.0;
  }

  /** {@return the hours of the budget (rounded to whole minutes) that the plan leaves free} */
  public double unusedHours() {
    return (budgetMinutes() - usedMinutes()) / 60.0;
  }

  /** {@return the output the planned activities create, in output units} */
  public double output() {
    double total = 0;
    for (PlannedActivity activity : activities()) {
      total += activity.output();
    }
    return total;
  }

  /** {@return the output of the planned foundation activities, in output units} */
  public double foundationOutput() {
    double total = 0;
    for (PlannedActivity activity : activities()) {
      if (activity.activity().isFoundation()) {
        total += activity.output();
      }
    }
    return total;
  }

  /** {@return the ids of the planned activities, in execution order} */
  public List<String> ids() {
    return activities().stream().map(PlannedActivity::id).collect(toImmutableList());
  }

  long usedMinutes() {
    return activities().isEmpty()
        ? 0
        : activities().get(activities().size() - 1).cumulativeMinutes();
  }

  long budgetMinutes() {
    return Math.round(budget().minutes());
  }

  @Value.Check
  void check() {
    if (usedMinutes() > budgetMinutes()) {
      throw new IllegalStateException(
          "plan uses " + usedMinutes() + " minutes of a " + budgetMinutes() + "-minute budget");
    }
    if (!(gap() >= 0) || (exact() && gap() != 0)) {
      throw new IllegalStateException("gap must be at least 0, and 0 when exact, was " + gap());
    }
  }

  static class Builder extends ImmutablePlan.Builder {
    Builder() {}
  }
}
