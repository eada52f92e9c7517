package dev.leverage.organization;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.internal.Ids;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A manager: the teams they own, the teams they influence (with a weight in (0, 1]) and the
 * managers who report to them.
 *
 * <p>Build with {@link #builder()}; the {@link Organization} checks how managers fit together.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Manager {
  Manager() {}

  /** Returns a builder for a manager. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a manager {@code id} who owns {@code teams} and nothing else. */
  public static Manager owning(String id, String... teams) {
    return builder().id(id).addOwns(teams).build();
  }

  /** The manager's id, matching {@code [A-Za-z0-9][A-Za-z0-9._-]*}. */
  public abstract String id();

  /** Ids of the teams this manager owns. */
  public abstract Set<String> owns();

  /** Influence weight in (0, 1] by team id, for teams owned by someone else. */
  public abstract Map<String, Double> influences();

  /** Ids of the managers who report directly to this one. */
  public abstract Set<String> reports();

  /** The manager's weekly time budget, when stated; planning defaults to 40h otherwise. */
  public abstract Optional<Effort> budget();

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

  /** Builds a {@link Manager}; {@code id} is required. */
  public static class Builder extends ImmutableManager.Builder {
    Builder() {}

    /** Adds an influence of {@code weight} in (0, 1] on {@code team}. */
    public Builder influences(String team, double weight) {
      putInfluence(team, weight);
      return this;
    }
  }
}
