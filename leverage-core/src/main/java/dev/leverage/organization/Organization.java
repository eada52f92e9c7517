package dev.leverage.organization;

import static com.google.common.collect.ImmutableMap.toImmutableMap;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.Spelling;
import dev.leverage.internal.Ids;
import dev.leverage.internal.Magnitudes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Teams and the managers who own and influence them, with the weights and output rates of §3 of the
 * model.
 *
 * <p>The weight of team <i>t</i> for manager <i>M</i> is 1 when <i>t</i> is owned by <i>M</i> or
 * anyone in <i>M</i>'s report subtree; otherwise the strongest influence on <i>t</i> declared in
 * that subtree (influences do not add up); otherwise 0. A manager's output rate is the sum of
 * weight times team output, in output units per week.
 *
 * <p>Building checks the structure and reports every problem at once: reports form a forest (no
 * cycles, one boss per manager), each team has at most one owner, ids are unique and known.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Organization {
  Organization() {}

  /** Returns a builder for an organization. */
  public static Builder builder() {
    return new Builder();
  }

  /** The teams, in the order given. */
  public abstract List<Team> teams();

  /** The managers, in the order given. */
  public abstract List<Manager> managers();

  /** Returns the team with {@code id}, if there is one. */
  public Optional<Team> team(String id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(index().teams.get(id));
  }

  /** Returns the manager with {@code id}, if there is one. */
  public Optional<Manager> manager(String id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(index().managers.get(id));
  }

  /** Ids of all teams, in the order given. */
  public Set<String> teamIds() {
    return index().teams.keySet();
  }

  /** Ids of all managers, in the order given. */
  public Set<String> managerIds() {
    return index().managers.keySet();
  }

  /**
   * The weight in [0, 1] of {@code team} for {@code manager}: how much of the team's output counts
   * as the manager's.
   *
   * @throws IllegalArgumentException if either id is unknown
   */
  public double weight(String manager, String team) {
    requireTeam(team);
    return weights(manager).getOrDefault(team, 0.0);
  }

  /** The teams with a weight above 0 for {@code manager}, and their weights. */
  public Map<String, Double> weights(String manager) {
    return index().weights.get(requireManager(manager));
  }

  /** The output rate of {@code manager} in output units per week: Σ weight × team output. */
  public double outputPerWeek(String manager) {
    double total = 0;
    for (Map.Entry<String, Double> entry : weights(manager).entrySet()) {
      total += entry.getValue() * index().teams.get(entry.getKey()).output();
    }
    return total;
  }

  /** {@code manager} and everyone in their report subtree, top down. */
  public Set<String> subtree(String manager) {
    return index().subtrees.get(requireManager(manager));
  }

  /** The manager {@code manager} reports to, if any. */
  public Optional<String> boss(String manager) {
    return Optional.ofNullable(index().bosses.get(requireManager(manager)));
  }

  /** The manager who owns {@code team}, if any. */
  public Optional<String> owner(String team) {
    return Optional.ofNullable(index().owners.get(requireTeam(team)));
  }

  /** True when {@code report} is in {@code boss}'s report subtree and is not {@code boss}. */
  public boolean isAbove(String boss, String report) {
    requireManager(report);
    return !boss.equals(report) && subtree(boss).contains(report);
  }

  private String requireManager(String id) {
    if (!index().managers.containsKey(id)) {
      throw InvalidModelException.of("", Spelling.unknown("manager", id, managerIds()));
    }
    return id;
  }

  private String requireTeam(String id) {
    if (!index().teams.containsKey(id)) {
      throw InvalidModelException.of("", Spelling.unknown("team", id, teamIds()));
    }
    return id;
  }

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> teamAt = Ids.firstIndex(teams(), Team::id, "teams", "team", problems);
    List<Magnitudes.Factor> outputs = new ArrayList<>();
    for (int t = 0; t < teams().size(); t++) {
      Team team = teams().get(t);
      outputs.add(
          new Magnitudes.Factor(
              team.output(),
              "teams[" + t + "].output",
              "team '" + team.id() + "' output " + Magnitudes.value(team.output())));
    }
    Magnitudes.checkSum(
        outputs, "the teams' output per week together (a manager's output rate)", problems);
    Map<String, Integer> managerAt =
        Ids.firstIndex(managers(), Manager::id, "managers", "manager", problems);
    Map<String, String> owners = new HashMap<>();
    Map<String, String> bosses = new HashMap<>();
    for (int m = 0; m < managers().size(); m++) {
      Manager manager = managers().get(m);
      String at = "managers[" + m + "]";
      int k = 0;
      for (String team : manager.owns()) {
        String path = at + ".owns[" + k++ + "]";
        if (!teamAt.containsKey(team)) {
          problems.add(Problem.at(path, Spelling.unknown("team", team, teamAt.keySet())));
        } else if (owners.containsKey(team)) {
          problems.add(
              Problem.at(
                  path,
                  "team '"
                      + team
                      + "' is already owned by manager '"
                      + owners.get(team)
                      + "'; a team has one owner, so let one manager own it and the other"
                      + " influence it"));
        } else {
          owners.put(team, manager.id());
        }
      }
      for (String team : manager.influences().keySet()) {
        if (!teamAt.containsKey(team)) {
          problems.add(
              Problem.at(
                  at + ".influences." + team, Spelling.unknown("team", team, teamAt.keySet())));
        }
      }
      k = 0;
      for (String report : manager.reports()) {
        String path = at + ".reports[" + k++ + "]";
        if (!managerAt.containsKey(report)) {
          problems.add(Problem.at(path, Spelling.unknown("manager", report, managerAt.keySet())));
        } else if (bosses.containsKey(report)) {
          problems.add(
              Problem.at(
                  path,
                  "manager '"
                      + report
                      + "' already reports to '"
                      + bosses.get(report)
                      + "'; a manager has one boss, so list them under one manager's reports"));
        } else {
          bosses.put(report, manager.id());
        }
      }
    }
    for (int m = 0; m < managers().size(); m++) {
      String id = managers().get(m).id();
      List<String> chain = new ArrayList<>();
      chain.add(id);
      Set<String> seen = new LinkedHashSet<>(chain);
      String current = bosses.get(id);
      while (current != null && seen.add(current)) {
        chain.add(current);
        current = bosses.get(current);
      }
      if (id.equals(current) && managerAt.get(id) == m && isSmallest(id, chain)) {
        // chain is id, its boss, the boss's boss...; reversed, each lists the next in reports.
        List<String> cycle = new ArrayList<>(com.google.common.collect.Lists.reverse(chain));
        java.util.Collections.rotate(cycle, -cycle.indexOf(id));
        cycle.add(id);
        String boss = bosses.get(id);
        int k = indexOf(managers().get(managerAt.get(boss)).reports(), id);
        problems.add(
            Problem.at(
                "managers[" + managerAt.get(boss) + "].reports[" + k + "]",
                "reports form a cycle "
                    + String.join(" -> ", cycle)
                    + " (each manager listing the next in reports); reports must form a forest,"
                    + " so remove one of these links"));
      }
    }
    InvalidModelException.throwIfAny(problems);
  }

  private static boolean isSmallest(String id, List<String> chain) {
    return chain.stream().allMatch(other -> id.compareTo(other) <= 0);
  }

  private static int indexOf(Set<String> set, String value) {
    int i = 0;
    for (String element : set) {
      if (element.equals(value)) {
        return i;
      }
      i++;
    }
    return -1;
  }

  @Value.Lazy
  Index index() {
    return new Index(this);
  }

  /** Lookups and weights derived once from a checked organization. */
  static final class Index {
    final ImmutableMap<String, Team> teams;
    final ImmutableMap<String, Manager> managers;
    final ImmutableMap<String, String> owners;
    final ImmutableMap<String, String> bosses;
    final ImmutableMap<String, ImmutableSet<String>> subtrees;
    final ImmutableMap<String, ImmutableMap<String, Double>> weights;

    Index(Organization organization) {
      teams = organization.teams().stream().collect(toImmutableMap(Team::id, t -> t));
      managers = organization.managers().stream().collect(toImmutableMap(Manager::id, m -> m));
      ImmutableMap.Builder<String, String> ownerBuilder = ImmutableMap.builder();
      ImmutableMap.Builder<String, String> bossBuilder = ImmutableMap.builder();
      for (Manager manager : organization.managers()) {
        manager.owns().forEach(team -> ownerBuilder.put(team, manager.id()));
        manager.reports().forEach(report -> bossBuilder.put(report, manager.id()));
      }
      owners = ownerBuilder.buildOrThrow();
      bosses = bossBuilder.buildOrThrow();
      Map<String, ImmutableSet<String>> subtreeOf = new HashMap<>();
      Map<String, ImmutableMap<String, Double>> weightsOf = new HashMap<>();
      for (Manager manager : organization.managers()) {
        compute(manager.id(), subtreeOf, weightsOf);
      }
      ImmutableMap.Builder<String, ImmutableSet<String>> subtreeBuilder = ImmutableMap.builder();
      ImmutableMap.Builder<String, ImmutableMap<String, Double>> weightBuilder =
          ImmutableMap.builder();
      for (String id : managers.keySet()) {
        subtreeBuilder.put(id, subtreeOf.get(id));
        weightBuilder.put(id, weightsOf.get(id));
      }
      subtrees = subtreeBuilder.buildOrThrow();
      weights = weightBuilder.buildOrThrow();
    }

    /** Computes subtree and weights bottom-up; the maximum rule makes merging associative. */
    private void compute(
        String id,
        Map<String, ImmutableSet<String>> subtreeOf,
        Map<String, ImmutableMap<String, Double>> weightsOf) {
      if (subtreeOf.containsKey(id)) {
        return;
      }
      Manager manager = managers.get(id);
      ImmutableSet.Builder<String> subtree = ImmutableSet.<String>builder().add(id);
      Map<String, Double> weight = new LinkedHashMap<>();
      manager.owns().forEach(team -> weight.put(team, 1.0));
      manager.influences().forEach((team, w) -> weight.merge(team, w, Math::max));
      for (String report : manager.reports()) {
        compute(report, subtreeOf, weightsOf);
        subtree.addAll(subtreeOf.get(report));
        weightsOf.get(report).forEach((team, w) -> weight.merge(team, w, Math::max));
      }
      subtreeOf.put(id, subtree.build());
      ImmutableMap.Builder<String, Double> ordered = ImmutableMap.builder();
      for (String team : teams.keySet()) {
        if (weight.containsKey(team)) {
          ordered.put(team, weight.get(team));
        }
      }
      weightsOf.put(id, ordered.buildOrThrow());
    }
  }

  /** Builds an {@link Organization}; {@link #build()} checks the structure. */
  public static class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }
}
