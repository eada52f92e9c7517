package dev.leverage.organization;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.internal.Ids;
import dev.leverage.internal.Nulls;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A manager: the teams they own, the teams they influence (with a weight in (0, 1]) and the
 * managers who report to them.
 *
 * <p>Build with {@link #builder()}, change a copy with {@link #toBuilder()} or {@link
 * #withBudget(Effort)}; the {@link Organization} checks how managers fit together. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Manager {
  Manager() {}

  /**
   * Returns a builder for a manager.
   *
   * @return an empty builder; {@link Builder#id(String)} must be set before {@link Builder#build()}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a manager who owns some teams and nothing else.
   *
   * @param id the manager's id
   * @param teams ids of the teams the manager owns
   * @return the manager
   * @throws InvalidModelException if an id is null or invalid
   */
  public static Manager owning(String id, String... teams) {
    return builder().id(id).owns(teams).build();
  }

  /** {@return the manager's id, matching {@code [A-Za-z0-9][A-Za-z0-9._-]*}} */
  public abstract String id();

  /** {@return ids of the teams this manager owns, in the order given} */
  public abstract Set<String> owns();

  /** {@return influence weight in (0, 1] by team id, for teams owned by someone else} */
  public abstract Map<String, Double> influences();

  /** {@return ids of the managers who report directly to this one, in the order given} */
  public abstract Set<String> reports();

  /** {@return the manager's weekly time budget, when stated; planning defaults to 40h otherwise} */
  public abstract Optional<Effort> budget();

  /**
   * Returns a builder holding this manager's values, to build a changed copy.
   *
   * @return a new builder, independent of this manager
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns a copy of this manager with another weekly budget.
   *
   * @param budget the weekly time budget, more than 0 hours
   * @return the changed copy
   * @throws InvalidModelException if {@code budget} is null or not more than 0 hours
   */
  public Manager withBudget(Effort budget) {
    return toBuilder().budget(budget).build();
  }

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    Ids.check(id(), "id", "manager", problems);
    int i = 0;
    for (String team : owns()) {
      Ids.check(team, "owns[" + i++ + "]", "team", problems);
    }
    for (Map.Entry<String, Double> influence : influences().entrySet()) {
      String path = "influences." + influence.getKey();
      Ids.check(influence.getKey(), path, "team", problems);
      double weight = influence.getValue();
      if (!(weight > 0 && weight <= 1)) {
        problems.add(
            Problem.at(
                path, "influence weight must be greater than 0 and at most 1, was " + weight));
      }
      if (owns().contains(influence.getKey())) {
        problems.add(
            Problem.at(
                path,
                "manager '"
                    + id()
                    + "' owns team '"
                    + influence.getKey()
                    + "', which already counts fully; remove the influence"));
      }
    }
    i = 0;
    for (String report : reports()) {
      String path = "reports[" + i++ + "]";
      Ids.check(report, path, "manager", problems);
      if (report.equals(id())) {
        problems.add(Problem.at(path, "manager '" + id() + "' cannot report to themselves"));
      }
    }
    if (budget().isPresent() && budget().get().hours() <= 0) {
      problems.add(Problem.at("budget", "must be more than 0 hours, was " + budget().get()));
    }
    InvalidModelException.throwIfAny(problems);
  }

  /**
   * Builds a {@link Manager}: set the {@linkplain #id(String) id}, add what the manager owns,
   * influences and who reports to them, then {@linkplain #build() build}.
   *
   * <p>Methods named by a plural add to what the builder holds; {@code replace*} methods replace
   * it. A null argument is invalid input: the method throws {@link InvalidModelException} at the
   * path of the missing value ({@code owns[1]}). Not thread-safe; {@link #build()} may be called
   * more than once.
   */
  @SuppressWarnings("immutables:incompat") // a builder of its own, not the generated one's type
  public static final class Builder {
    private String id;
    private final Set<String> owns = new LinkedHashSet<>();
    private final Map<String, Double> influences = new LinkedHashMap<>();
    private final Set<String> reports = new LinkedHashSet<>();
    private Optional<Effort> budget = Optional.empty();

    private Builder() {}

    private Builder from(Manager manager) {
      id = manager.id();
      owns.addAll(manager.owns());
      influences.putAll(manager.influences());
      reports.addAll(manager.reports());
      budget = manager.budget();
      return this;
    }

    /**
     * Sets the manager's id.
     *
     * @param id an id matching {@code [A-Za-z0-9][A-Za-z0-9._-]*}
     * @return this builder
     */
    public Builder id(String id) {
      this.id = Nulls.reject(id, "id");
      return this;
    }

    /**
     * Adds teams the manager owns.
     *
     * @param teams team ids
     * @return this builder
     */
    public Builder owns(String... teams) {
      owns.addAll(Nulls.rejectIn(teams, "owns", owns.size()));
      return this;
    }

    /**
     * Adds teams the manager owns.
     *
     * @param teams team ids
     * @return this builder
     */
    public Builder owns(Collection<String> teams) {
      owns.addAll(Nulls.rejectIn(teams, "owns", owns.size()));
      return this;
    }

    /**
     * Replaces the teams the manager owns.
     *
     * @param teams team ids, in place of those added before
     * @return this builder
     */
    public Builder replaceOwns(Collection<String> teams) {
      Nulls.rejectIn(teams, "owns", 0);
      owns.clear();
      return owns(teams);
    }

    /**
     * Adds an influence on a team owned by someone else, replacing an earlier one on that team.
     *
     * @param team a team id
     * @param weight how much of the team's output counts as the manager's, in (0, 1]
     * @return this builder
     */
    public Builder influence(String team, double weight) {
      influences.put(Nulls.reject(team, "influences"), weight);
      return this;
    }

    /**
     * Adds influences, replacing earlier ones on the same teams.
     *
     * @param influences weights in (0, 1] by team id
     * @return this builder
     */
    public Builder influences(Map<String, Double> influences) {
      this.influences.putAll(Nulls.rejectIn(influences, "influences"));
      return this;
    }

    /**
     * Replaces all influences.
     *
     * @param influences weights in (0, 1] by team id, in place of those added before
     * @return this builder
     */
    public Builder replaceInfluences(Map<String, Double> influences) {
      Nulls.rejectIn(influences, "influences");
      this.influences.clear();
      return influences(influences);
    }

    /**
     * Adds managers who report directly to this one.
     *
     * @param managers manager ids
     * @return this builder
     */
    public Builder reports(String... managers) {
      reports.addAll(Nulls.rejectIn(managers, "reports", reports.size()));
      return this;
    }

    /**
     * Adds managers who report directly to this one.
     *
     * @param managers manager ids
     * @return this builder
     */
    public Builder reports(Collection<String> managers) {
      reports.addAll(Nulls.rejectIn(managers, "reports", reports.size()));
      return this;
    }

    /**
     * Replaces the managers who report to this one.
     *
     * @param managers manager ids, in place of those added before
     * @return this builder
     */
    public Builder replaceReports(Collection<String> managers) {
      Nulls.rejectIn(managers, "reports", 0);
      reports.clear();
      return reports(managers);
    }

    /**
     * Sets the manager's weekly time budget.
     *
     * @param budget more than 0 hours
     * @return this builder
     */
    public Builder budget(Effort budget) {
      this.budget = Optional.of(Nulls.reject(budget, "budget"));
      return this;
    }

    /**
     * Removes the weekly time budget, so that planning uses its default.
     *
     * @return this builder
     */
    public Builder clearBudget() {
      this.budget = Optional.empty();
      return this;
    }

    /**
     * Builds the manager.
     *
     * @return a manager with the values set
     * @throws InvalidModelException listing every problem: a missing id, invalid ids, weights
     *     outside (0, 1], an influence on an owned team, a report to oneself, a budget of 0
     */
    public Manager build() {
      List<Problem> missing = new ArrayList<>();
      Nulls.requireSet(id, "id", "id(String)", missing);
      InvalidModelException.throwIfAny(missing);
      return new ImmutableManager.Builder()
          .id(id)
          .owns(owns)
          .influences(influences)
          .reports(reports)
          .budget(budget)
          .build();
    }
  }
}
