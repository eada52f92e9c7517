package dev.leverage.priorities;

import static com.google.common.collect.ImmutableList.toImmutableList;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import dev.leverage.InvalidModelException;
import dev.leverage.Spelling;
import dev.leverage.activity.Activity;
import dev.leverage.coaching.Coaching;
import dev.leverage.coaching.CoachingCandidate;
import dev.leverage.coaching.ProductManager;
import dev.leverage.scenario.Scenario;
import dev.leverage.scoring.RankedActivity;
import dev.leverage.scoring.Ranking;
import dev.leverage.scoring.ScoringStrategy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What each product manager should work on first: a scenario's coaching candidates ranked by
 * leverage, and each PM's first priority, the highest-leverage candidate among that PM's first
 * steps (ties by id).
 *
 * <p>The candidates are ordinary activities: {@link #scenario()} is the scenario with the
 * candidates as its only activities, ready for planning the coach's time or for simulation.
 * Immutable and thread-safe.
 */
public final class CoachingPriorities {
  private final Scenario scenario;
  private final Scenario given;
  private final Coaching coaching;
  private final ImmutableMap<String, CoachingCandidate> candidates;
  private final Ranking ranking;
  private final ImmutableMap<String, CoachingCandidate> firstPriorities;
  private final ImmutableList<CoachingCandidate> ranked;
  private final ImmutableListMultimap<String, CoachingCandidate> rankedByPm;

  private CoachingPriorities(Scenario scenario) {
    this.given = scenario;
    this.coaching =
        scenario
            .coaching()
            .orElseThrow(
                () ->
                    InvalidModelException.of(
                        "coaching",
                        "the scenario has no coaching section; add one that names the coach"));
    List<CoachingCandidate> list =
        coaching.candidates(scenario.organization(), scenario.productManagers());
    this.candidates =
        list.stream()
            .collect(ImmutableMap.toImmutableMap(CoachingCandidate::id, Function.identity()));
    this.scenario =
        scenario.withActivities(
            list.stream().map(CoachingCandidate::activity).collect(toImmutableList()));
    this.ranking = Ranking.of(this.scenario, ScoringStrategy.leverage());
    this.ranked =
        ranking.entries().stream()
            .map(r -> candidates.get(r.activity().id()))
            .collect(toImmutableList());
    ImmutableListMultimap.Builder<String, CoachingCandidate> byPm = ImmutableListMultimap.builder();
    Map<String, CoachingCandidate> first = new HashMap<>();
    for (CoachingCandidate candidate : ranked) {
      byPm.put(candidate.productManager(), candidate);
      if (candidate.isFirstStep()) {
        first.putIfAbsent(candidate.productManager(), candidate);
      }
    }
    this.rankedByPm = byPm.build();
    Map<String, CoachingCandidate> inPmOrder = new LinkedHashMap<>();
    for (ProductManager pm : scenario.productManagers()) {
      if (first.containsKey(pm.id())) {
        inPmOrder.putIfAbsent(pm.id(), first.get(pm.id()));
      }
    }
    this.firstPriorities = ImmutableMap.copyOf(inPmOrder);
  }

  /**
   * Ranks the coaching candidates of {@code scenario} by leverage.
   *
   * @param scenario the scenario
   * @return the ranked candidates and each product manager's first priority
   * @throws InvalidModelException if the scenario has no coaching section
   */
  public static CoachingPriorities of(Scenario scenario) {
    return new CoachingPriorities(scenario);
  }

  /**
   * Returns {@code scenario} with the coach's coaching candidates added to its activities: the
   * coach's whole week (§7), in which coaching competes with the coach's own work for one budget. A
   * scenario without a coaching section is returned as it is.
   *
   * @param scenario the scenario
   * @return the scenario with every activity and every coaching candidate
   * @throws InvalidModelException if a candidate's id is already an activity's
   */
  public static Scenario wholeWeek(Scenario scenario) {
    return scenario.coaching().isEmpty() ? scenario : of(scenario).wholeWeek();
  }

  /**
   * {@return the scenario with its own activities and the coaching candidates: the coach's whole
   * week}
   */
  public Scenario wholeWeek() {
    List<Activity> all = new ArrayList<>(given.activities());
    candidates.values().forEach(c -> all.add(c.activity()));
    return given.withActivities(all);
  }

  /** {@return the coaching setup} */
  public Coaching coaching() {
    return coaching;
  }

  /** {@return the id of the coach} */
  public String coach() {
    return coaching.coach();
  }

  /** {@return the scenario with the coaching candidates as its only activities} */
  public Scenario scenario() {
    return scenario;
  }

  /** {@return the candidates ranked by leverage, best first; ties by id} */
  public Ranking ranking() {
    return ranking;
  }

  /** {@return the candidates in rank order} */
  public List<CoachingCandidate> candidates() {
    return ranked;
  }

  /**
   * {@return the candidates for product manager {@code pm}, in rank order}
   *
   * @param pm the id of the product manager
   * @throws InvalidModelException naming the closest product manager when {@code pm} is unknown
   */
  public List<CoachingCandidate> candidatesOf(String pm) {
    requireProductManager(pm);
    return rankedByPm.get(pm);
  }

  /**
   * {@return the candidate with activity id {@code id}, if there is one}
   *
   * @param id a candidate activity's id
   */
  public Optional<CoachingCandidate> candidate(String id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(candidates.get(id));
  }

  /**
   * {@return the ranked place of {@code candidate}: its rank, score and output}
   *
   * @param candidate one of {@link #candidates()}
   */
  public RankedActivity ranked(CoachingCandidate candidate) {
    return ranking.find(candidate.id()).orElseThrow();
  }

  /**
   * {@return each product manager's first priority, by PM id in the scenario's order; a PM with
   * every characteristic at or above its target has none}
   */
  public Map<String, CoachingCandidate> firstPriorities() {
    return firstPriorities;
  }

  /**
   * {@return the first priority of product manager {@code pm}, empty when every characteristic is
   * at or above its target}
   *
   * @param pm the id of the product manager
   * @throws InvalidModelException naming the closest product manager when {@code pm} is unknown
   */
  public Optional<CoachingCandidate> firstPriority(String pm) {
    requireProductManager(pm);
    return Optional.ofNullable(firstPriorities.get(pm));
  }

  private void requireProductManager(String pm) {
    if (scenario.productManager(pm).isEmpty()) {
      throw InvalidModelException.of(
          "",
          Spelling.unknown(
              "product manager",
              pm,
              scenario.productManagers().stream().map(ProductManager::id).toList()));
    }
  }

  @Override
  public String toString() {
    return "coaching by " + coach() + " " + ranking.ids();
  }
}
