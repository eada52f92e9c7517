package dev.leverage.scoring;

import static com.google.common.collect.ImmutableList.toImmutableList;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.activity.Activity;
import dev.leverage.scenario.Scenario;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Activities ordered by a strategy's score, best first; equal scores are ordered by id ascending,
 * so the order is total and does not depend on the order of the input.
 *
 * <p>Immutable and thread-safe.
 */
public final class Ranking {
  /** Score descending, then id ascending; the scores 0.0 and -0.0 are equal, so tie by id. */
  public static final Comparator<RankedActivity> ORDER =
      Comparator.comparingDouble((RankedActivity r) -> r.score().value() + 0.0)
          .reversed()
          .thenComparing(r -> r.activity().id());

  private final String strategy;
  private final ImmutableList<RankedActivity> entries;

  /** The entries by activity id, built on the first {@link #find}. */
  private volatile ImmutableMap<String, RankedActivity> byId;

  private Ranking(String strategy, ImmutableList<RankedActivity> entries) {
    this.strategy = strategy;
    this.entries = entries;
  }

  /**
   * Ranks every activity of {@code scenario} by {@code strategy}.
   *
   * @param scenario the scenario
   * @param strategy the scoring strategy
   * @return the ranking
   */
  public static Ranking of(Scenario scenario, ScoringStrategy strategy) {
    return of(ScoringContext.of(scenario), strategy, scenario.activities());
  }

  /**
   * Ranks {@code activities} by {@code strategy} in {@code context}.
   *
   * @param context the scoring context
   * @param strategy the scoring strategy
   * @param activities activities of the context's scenario
   * @return the ranking
   * @throws InvalidModelException with every problem met while scoring (each once), including
   *     non-finite scores
   */
  public static Ranking of(
      ScoringContext context, ScoringStrategy strategy, Collection<Activity> activities) {
    requireNonNull(context, "context");
    requireNonNull(strategy, "strategy");
    requireNonNull(activities, "activities");
    Checks.name(strategy);
    List<Problem> problems = new ArrayList<>();
    List<RankedActivity> scored = new ArrayList<>();
    for (Activity activity : activities) {
      try {
        Score score = Checks.score(strategy, activity, context);
        scored.add(new RankedActivity(0, activity, score, context.output(activity)));
      } catch (InvalidModelException e) {
        problems.addAll(e.problems());
      }
    }
    InvalidModelException.throwIfAny(problems.stream().distinct().toList());
    scored.sort(ORDER);
    ImmutableList.Builder<RankedActivity> ranked = ImmutableList.builder();
    for (int i = 0; i < scored.size(); i++) {
      RankedActivity r = scored.get(i);
      ranked.add(new RankedActivity(i + 1, r.activity(), r.score(), r.output()));
    }
    return new Ranking(Checks.name(strategy), ranked.build());
  }

  /** {@return the name of the strategy that made this ranking} */
  public String strategy() {
    return strategy;
  }

  /** {@return the ranked activities, best first} */
  public List<RankedActivity> entries() {
    return entries;
  }

  /** {@return the best activity, if any were ranked} */
  public Optional<RankedActivity> first() {
    return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0));
  }

  /**
   * {@return the place of the activity {@code id}, if it was ranked}
   *
   * @param id an activity id
   */
  public Optional<RankedActivity> find(String id) {
    requireNonNull(id, "id");
    ImmutableMap<String, RankedActivity> index = byId;
    if (index == null) {
      Map<String, RankedActivity> first = new HashMap<>();
      entries.forEach(r -> first.putIfAbsent(r.activity().id(), r));
      index = ImmutableMap.copyOf(first);
      byId = index;
    }
    return Optional.ofNullable(index.get(id));
  }

  /** {@return the ids in rank order} */
  public List<String> ids() {
    return entries.stream().map(r -> r.activity().id()).collect(toImmutableList());
  }

  @Override
  public String toString() {
    return strategy + " " + ids();
  }
}
