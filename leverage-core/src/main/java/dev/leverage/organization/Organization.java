package dev.leverage.organization;

import static java.util.Objects.requireNonNull;

import dev.leverage.InvalidModelException;
import dev.leverage.Spelling;
import dev.leverage.internal.Nulls;
import java.util.ArrayList;
import java.util.Collection;
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
 *
 * <p><b>Cost.</b> Building, which computes every manager's output rate, takes O(n log n) time and
 * O(n) memory in the number n of teams, managers, influences and reports, whatever the depth of the
 * report tree (a chain of 100,000 managers is fine). A million teams under 143,000 managers take
 * about 40 MB on top of the teams and managers themselves (220 MB in all), and well under a second.
 * Lookups by id, {@link #outputPerWeek}, {@link #boss}, {@link #owner} and {@link #isAbove} take
 * constant time, {@link #weight} O(log n); {@link #weights} and {@link #subtree} are computed on
 * request from the manager's report subtree, never stored for everyone. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Organization {
  Organization() {}

  /**
   * Returns a builder for an organization.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the teams, in the order given} */
  public abstract List<Team> teams();

  /** {@return the managers, in the order given} */
  public abstract List<Manager> managers();

  /**
   * Returns a builder holding this organization's teams and managers, to build a changed copy.
   *
   * @return a new builder, independent of this organization
   */
  public Builder toBuilder() {
    return builder().teams(teams()).managers(managers());
  }

  /**
   * Returns a copy of this organization with {@code team} in place of the team with the same id, or
   * added after the others when there is none.
   *
   * @param team the new or changed team
   * @return the changed copy
   * @throws InvalidModelException if {@code team} is null
   */
  public Organization withTeam(Team team) {
    Nulls.reject(team, "teams");
    return builder()
        .replaceTeams(replaced(teams(), team, team.id(), Team::id))
        .managers(managers())
        .build();
  }

  /**
   * Returns a copy of this organization with {@code manager} in place of the manager with the same
   * id, or added after the others when there is none.
   *
   * @param manager the new or changed manager
   * @return the changed copy
   * @throws InvalidModelException if {@code manager} is null, or the organization it makes is
   *     invalid (an unknown team, a second owner, a cycle of reports)
   */
  public Organization withManager(Manager manager) {
    Nulls.reject(manager, "managers");
    return builder()
        .teams(teams())
        .managers(replaced(managers(), manager, manager.id(), Manager::id))
        .build();
  }

  private static <T> List<T> replaced(
      List<T> values, T value, String id, java.util.function.Function<T, String> idOf) {
    List<T> copy = new ArrayList<>(values);
    for (int i = 0; i < copy.size(); i++) {
      if (idOf.apply(copy.get(i)).equals(id)) {
        copy.set(i, value);
        return copy;
      }
    }
    copy.add(value);
    return copy;
  }

  /**
   * {@return the team with {@code id}, if there is one}
   *
   * @param id a team id
   */
  public Optional<Team> team(String id) {
    requireNonNull(id, "id");
    int t = index().teams.indexOf(id);
    return t < 0 ? Optional.empty() : Optional.of(teams().get(t));
  }

  /**
   * {@return the manager with {@code id}, if there is one}
   *
   * @param id a manager id
   */
  public Optional<Manager> manager(String id) {
    requireNonNull(id, "id");
    int m = index().managers.indexOf(id);
    return m < 0 ? Optional.empty() : Optional.of(managers().get(m));
  }

  /** {@return ids of all teams, in the order given} */
  public Set<String> teamIds() {
    return index().teams.keys();
  }

  /** {@return ids of all managers, in the order given} */
  public Set<String> managerIds() {
    return index().managers.keys();
  }

  /**
   * {@return the weight in [0, 1] of {@code team} for {@code manager}: how much of the team's
   * output counts as the manager's} Takes O(log n).
   *
   * @param manager a manager id
   * @param team a team id
   * @throws IllegalArgumentException if either id is unknown
   */
  public double weight(String manager, String team) {
    int m = requireManager(manager);
    return index().weight(m, requireTeam(team));
  }

  /**
   * {@return the teams with a weight above 0 for {@code manager}, and their weights, in the order
   * of {@link #teams()}} Computed on each call from the manager's report subtree, in O(s log s) for
   * s teams owned or influenced in it.
   *
   * @param manager a manager id
   */
  public Map<String, Double> weights(String manager) {
    return index().weights(managers(), requireManager(manager));
  }

  /**
   * {@return the output rate of {@code manager} in output units per week: Σ weight × team output}
   * Computed for every manager when the organization is built, so this takes constant time.
   *
   * @param manager a manager id
   */
  public double outputPerWeek(String manager) {
    return index().outputRates[requireManager(manager)];
  }

  /**
   * {@return {@code manager} and everyone in their report subtree, top down (each manager before
   * their reports, reports in the order listed): a view with constant-time {@code contains}}
   *
   * @param manager a manager id
   */
  public Set<String> subtree(String manager) {
    return index().subtree(requireManager(manager));
  }

  /**
   * {@return the manager {@code manager} reports to, if any}
   *
   * @param manager a manager id
   */
  public Optional<String> boss(String manager) {
    OrganizationIndex index = index();
    int boss = index.bosses[requireManager(manager)];
    return boss < 0 ? Optional.empty() : Optional.of(index.managers.id(boss));
  }

  /**
   * {@return the manager who owns {@code team}, if any}
   *
   * @param team a team id
   */
  public Optional<String> owner(String team) {
    OrganizationIndex index = index();
    int owner = index.owners[requireTeam(team)];
    return owner < 0 ? Optional.empty() : Optional.of(index.managers.id(owner));
  }

  /**
   * {@return true when {@code report} is in {@code boss}'s report subtree and is not {@code boss}}
   *
   * @param boss a manager id
   * @param report a manager id
   */
  public boolean isAbove(String boss, String report) {
    int r = requireManager(report);
    int b = requireManager(boss);
    return b != r && index().contains(b, r);
  }

  private int requireManager(String id) {
    int m = index().managers.indexOf(id);
    if (m < 0) {
      throw InvalidModelException.of("", Spelling.unknown("manager", id, managerIds()));
    }
    return m;
  }

  private int requireTeam(String id) {
    int t = index().teams.indexOf(id);
    if (t < 0) {
      throw InvalidModelException.of("", Spelling.unknown("team", id, teamIds()));
    }
    return t;
  }

  /** Set once by {@link #check()}, which every instance passes before it is returned. */
  private volatile OrganizationIndex index;

  OrganizationIndex index() {
    return index;
  }

  @Value.Check
  void check() {
    index = new OrganizationIndex(this);
  }

  /**
   * Builds an {@link Organization}: add teams and managers, then {@linkplain #build() build}, which
   * checks the structure.
   *
   * <p>Methods named by a plural add to what the builder holds; {@code replace*} methods replace
   * it. A null argument is invalid input: the method throws {@link InvalidModelException} at the
   * path of the missing value ({@code teams[2]}). Not thread-safe; {@link #build()} may be called
   * more than once.
   */
  @SuppressWarnings("immutables:incompat") // a builder of its own, not the generated one's type
  public static final class Builder {
    private final List<Team> teams = new ArrayList<>();
    private final List<Manager> managers = new ArrayList<>();

    private Builder() {}

    /**
     * Adds teams.
     *
     * @param teams teams, each with an id unique among the teams
     * @return this builder
     */
    public Builder teams(Team... teams) {
      this.teams.addAll(Nulls.rejectIn(teams, "teams", this.teams.size()));
      return this;
    }

    /**
     * Adds teams.
     *
     * @param teams teams, each with an id unique among the teams
     * @return this builder
     */
    public Builder teams(Collection<Team> teams) {
      this.teams.addAll(Nulls.rejectIn(teams, "teams", this.teams.size()));
      return this;
    }

    /**
     * Replaces the teams.
     *
     * @param teams teams, in place of those added before
     * @return this builder
     */
    public Builder replaceTeams(Collection<Team> teams) {
      Nulls.rejectIn(teams, "teams", 0);
      this.teams.clear();
      return teams(teams);
    }

    /**
     * Adds managers.
     *
     * @param managers managers, each with an id unique among the managers
     * @return this builder
     */
    public Builder managers(Manager... managers) {
      this.managers.addAll(Nulls.rejectIn(managers, "managers", this.managers.size()));
      return this;
    }

    /**
     * Adds managers.
     *
     * @param managers managers, each with an id unique among the managers
     * @return this builder
     */
    public Builder managers(Collection<Manager> managers) {
      this.managers.addAll(Nulls.rejectIn(managers, "managers", this.managers.size()));
      return this;
    }

    /**
     * Replaces the managers.
     *
     * @param managers managers, in place of those added before
     * @return this builder
     */
    public Builder replaceManagers(Collection<Manager> managers) {
      Nulls.rejectIn(managers, "managers", 0);
      this.managers.clear();
      return managers(managers);
    }

    /**
     * Builds the organization, checking how its teams and managers fit together.
     *
     * @return an organization of the teams and managers added
     * @throws InvalidModelException listing every problem: duplicate ids, unknown teams or
     *     managers, a team with two owners, a manager with two bosses, a cycle of reports
     */
    public Organization build() {
      return new ImmutableOrganization.Builder().teams(teams).managers(managers).build();
    }
  }
}
