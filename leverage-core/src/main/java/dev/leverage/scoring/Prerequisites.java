package dev.leverage.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.leverage.internal.Numbers;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The credit of prerequisites in a {@link Ranking}: what each activity that others require makes
 * possible. A prerequisite worth nothing on its own is still worth doing when what needs it is
 * worth much; this says how much, beside the score, and never changes the score.
 *
 * <p>The rule: activity <i>a</i> <b>enables</b> the activities that require it directly; it
 * <b>unlocks</b> every activity that needs it, directly or through others, since none of them can
 * be done without it; its <b>unlocked output</b> is the sum of their outputs that are positive (an
 * activity that costs output is nothing to unlock). Each unlocked activity counts once, however
 * many paths lead to it, and counts for every prerequisite it needs (unlocked output is not a share
 * of the credit: two prerequisites of one activity both unlock all of it).
 *
 * <p>Cost: each prerequisite's unlocked activities are followed up to {@value #MAX_FOLLOWED}; past
 * that, its unlocked output is a lower bound ({@link Credit#complete()} is false), so that a chain
 * of a hundred thousand requirements costs time linear in its length. Immutable and thread-safe.
 */
public final class Prerequisites {
  /** How many unlocked activities are followed for one prerequisite at most. */
  public static final int MAX_FOLLOWED = 100;

  private final ImmutableMap<String, Credit> credits;

  private Prerequisites(ImmutableMap<String, Credit> credits) {
    this.credits = credits;
  }

  /**
   * What an activity makes possible.
   *
   * @param enables the activities that require it directly, in ranking order
   * @param unlocks how many activities need it, directly or through others (at most {@value
   *     Prerequisites#MAX_FOLLOWED} counted when not complete)
   * @param output the sum of the positive outputs of the activities it unlocks, in output units
   * @param complete false when more activities need it than were followed: {@code unlocks} and
   *     {@code output} are then lower bounds
   */
  public record Credit(List<String> enables, int unlocks, double output, boolean complete) {
    /**
     * Copies the list.
     *
     * @param enables the activities that require it directly
     * @param unlocks how many activities need it
     * @param output the sum of the positive outputs of the activities it unlocks
     * @param complete false when {@code unlocks} and {@code output} are lower bounds
     */
    public Credit {
      enables = ImmutableList.copyOf(enables);
    }

    /** How many activities {@link #summary()} names at most. */
    public static final int NAMED = 5;

    /**
     * {@return the credit in words, such as {@code enables roadmap-review, okr-draft (unlocks 2
     * activities, +96.00 output)}: at most {@value #NAMED} names, then how many more}
     */
    public String summary() {
      StringBuilder text = new StringBuilder("enables ");
      text.append(String.join(", ", enables.subList(0, Math.min(NAMED, enables.size()))));
      if (enables.size() > NAMED) {
        text.append(" and ").append(enables.size() - NAMED).append(" more");
      }
      return text.append(" (unlocks ")
          .append(complete ? "" : "at least ")
          .append(unlocks)
          .append(unlocks == 1 ? " activity, +" : " activities, +")
          .append(Numbers.figure(output))
          .append(" output)")
          .toString();
    }
  }

  /**
   * {@return the credit of every prerequisite among the activities of {@code ranking}, by the
   * outputs the ranking holds}
   *
   * @param ranking a ranking of a scenario's activities
   */
  public static Prerequisites of(Ranking ranking) {
    requireNonNull(ranking, "ranking");
    Map<String, RankedActivity> byId = new HashMap<>();
    Map<String, List<String>> dependents = new HashMap<>();
    for (RankedActivity r : ranking.entries()) {
      byId.putIfAbsent(r.activity().id(), r);
      for (String required : r.activity().requires()) {
        dependents.computeIfAbsent(required, k -> new ArrayList<>()).add(r.activity().id());
      }
    }
    Map<String, Credit> credits = new LinkedHashMap<>();
    for (RankedActivity r : ranking.entries()) {
      String id = r.activity().id();
      List<String> direct = dependents.get(id);
      if (direct == null) {
        continue;
      }
      Set<String> seen = new HashSet<>();
      ArrayDeque<String> next = new ArrayDeque<>(direct);
      double output = 0;
      boolean complete = true;
      while (!next.isEmpty()) {
        String dependent = next.poll();
        if (!seen.add(dependent)) {
          continue;
        }
        if (seen.size() > MAX_FOLLOWED) {
          seen.remove(dependent);
          complete = false;
          break;
        }
        output += Math.max(0, byId.get(dependent).output().output());
        next.addAll(dependents.getOrDefault(dependent, List.of()));
      }
      credits.put(id, new Credit(direct, seen.size(), output, complete));
    }
    return new Prerequisites(ImmutableMap.copyOf(credits));
  }

  /**
   * {@return what the activity {@code id} makes possible, when other activities require it}
   *
   * @param id an activity id
   */
  public Optional<Credit> credit(String id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(credits.get(id));
  }
}
