package dev.leverage.planning;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.internal.Numbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A manager's candidates split into the fixed activities (§4: always planned, in the first week,
 * their hours off the budget first) and the rest, whose requirements on fixed activities are met
 * already and so dropped. Immutable after construction.
 */
final class Commitments {
  /** The fixed activities, requirements before what needs them. */
  final List<ActivityOutput> fixed;

  /** The other candidates, without their requirements on fixed activities. */
  final List<ActivityOutput> free;

  /** The original of each candidate of {@link #free}, by id. */
  final Map<String, ActivityOutput> original;

  /** The minutes of the fixed activities, each rounded as the planner rounds them. */
  final long fixedMinutes;

  /** The minutes of the weekly fixed activities. */
  final long weeklyMinutes;

  private Commitments(
      List<ActivityOutput> fixed,
      List<ActivityOutput> free,
      Map<String, ActivityOutput> original,
      long fixedMinutes,
      long weeklyMinutes) {
    this.fixed = fixed;
    this.free = free;
    this.original = original;
    this.fixedMinutes = fixedMinutes;
    this.weeklyMinutes = weeklyMinutes;
  }

  /**
   * Splits {@code candidates}.
   *
   * @throws InvalidModelException if a fixed activity requires one that is not fixed (at {@code
   *     activities[i].requires[k]})
   */
  static Commitments of(List<ActivityOutput> candidates) {
    Set<String> fixedIds = new HashSet<>();
    for (ActivityOutput candidate : candidates) {
      if (candidate.activity().isFixed()) {
        fixedIds.add(candidate.activity().id());
      }
    }
    List<Problem> problems = new ArrayList<>();
    List<ActivityOutput> fixed = new ArrayList<>();
    List<ActivityOutput> free = new ArrayList<>();
    Map<String, ActivityOutput> original = new HashMap<>();
    long fixedMinutes = 0;
    long weeklyMinutes = 0;
    for (int i = 0; i < candidates.size(); i++) {
      ActivityOutput candidate = candidates.get(i);
      Activity activity = candidate.activity();
      if (activity.isFixed()) {
        int k = 0;
        for (String required : activity.requires()) {
          if (!fixedIds.contains(required)) {
            problems.add(
                Problem.at(
                    "activities[" + i + "].requires[" + k + "]",
                    "fixed activity '"
                        + activity.id()
                        + "' requires '"
                        + required
                        + "', which is not fixed; a fixed activity's requirements must be fixed"
                        + " too"));
          }
          k++;
        }
        fixed.add(candidate);
        int minutes = Candidates.minutes(Math.min(candidate.hours(), Activity.MAX_HOURS));
        fixedMinutes += minutes;
        if (activity.fixed().get() == dev.leverage.activity.Commitment.WEEKLY) {
          weeklyMinutes += minutes;
        }
        continue;
      }
      Set<String> kept = new LinkedHashSet<>();
      for (String required : activity.requires()) {
        if (!fixedIds.contains(required)) {
          kept.add(required);
        }
      }
      if (kept.size() == activity.requires().size()) {
        free.add(candidate);
      } else {
        free.add(
            new ActivityOutput(
                activity.toBuilder().replaceRequires(kept).build(),
                candidate.hours(),
                candidate.output(),
                candidate.contributions()));
      }
      original.put(activity.id(), candidate);
    }
    InvalidModelException.throwIfAny(problems);
    return new Commitments(requirementsFirst(fixed), free, original, fixedMinutes, weeklyMinutes);
  }

  /**
   * The problem when the fixed activities take more than {@code budgetMinutes}, at {@code
   * budgetPath}; null when they fit.
   */
  Problem overBudget(String manager, long budgetMinutes, String budgetPath) {
    if (fixedMinutes <= budgetMinutes) {
      return null;
    }
    return Problem.at(
        budgetPath,
        "the fixed activities of '"
            + manager
            + "' ("
            + String.join(", ", fixed.stream().map(a -> a.activity().id()).toList())
            + ") take "
            + Numbers.format(fixedMinutes / 60.0)
            + "h, more than the budget of "
            + Numbers.format(budgetMinutes / 60.0)
            + "h; raise the budget or make an activity a candidate (remove its 'fixed')");
  }

  /** The original candidate of a free one. */
  ActivityOutput originalOf(ActivityOutput free) {
    return original.getOrDefault(free.activity().id(), free);
  }

  /** Requirements before what needs them, otherwise in the order given. */
  private static List<ActivityOutput> requirementsFirst(List<ActivityOutput> fixed) {
    List<ActivityOutput> order = new ArrayList<>();
    Set<String> done = new HashSet<>();
    List<ActivityOutput> waiting = new ArrayList<>(fixed);
    while (!waiting.isEmpty()) {
      int before = waiting.size();
      for (int i = 0; i < waiting.size(); i++) {
        ActivityOutput a = waiting.get(i);
        if (done.containsAll(a.activity().requires())) {
          order.add(a);
          done.add(a.activity().id());
          waiting.remove(i);
          break;
        }
      }
      if (waiting.size() == before) {
        order.addAll(waiting); // a cycle, reported by the candidates' check
        break;
      }
    }
    return order;
  }
}
