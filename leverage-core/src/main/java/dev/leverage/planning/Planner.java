package dev.leverage.planning;

import static java.util.Objects.requireNonNull;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.internal.Nulls;
import dev.leverage.organization.Manager;
import dev.leverage.scenario.Scenario;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Plans a manager's time (§7 of the model): the set of candidate activities that fits the budget,
 * is closed under {@code requires} and maximizes the total output, exactly, not greedily.
 *
 * <p><b>Resolution.</b> Durations are the PERT means of the activities' time, rounded to whole
 * minutes (half a minute up, at least one minute); the budget is rounded to whole minutes too.
 * Outputs are used as they are (fractional, possibly negative).
 *
 * <p><b>Fixed activities</b> ({@code fixed: once} or {@code weekly}, §4) are always in the plan,
 * first, and their hours come off the budget; the rest is planned in the hours left (and the
 * {@linkplain Plan#frontier() frontier} is over those hours). Fixed hours above the budget are
 * invalid input naming the budget (the manager's {@code managers[i].budget} when it comes from the
 * scenario).
 *
 * <p><b>Algorithm.</b> Requirements are first reduced to the direct ones not implied by others, and
 * candidates that do not fit the budget together with their requirements are set aside.
 *
 * <ul>
 *   <li><b>Everything fits</b> (the rest together fit the budget): the budget does not bind, and
 *       the best plan is the maximum-weight closure of the requirements: one pass from the leaves
 *       for a forest, a minimum cut for a DAG. Exact, whatever the budget.
 *   <li><b>No requirements</b>: the classic 0/1 knapsack. Linear-programming (Dantzig) bounds fix
 *       the candidates every best plan includes or excludes, and the few left (the core) are solved
 *       by a dynamic program over minutes when its table fits {@link #maxTableCells()}, else over
 *       lists of Pareto-optimal (minutes, output) states, whose size does not grow with the budget.
 *   <li><b>A forest</b> (every activity requires at most one other): a dynamic program over the
 *       forest in depth-first order, over minutes (in units of the greatest common divisor of the
 *       durations) when the table fits, else over Pareto lists, where a requirement chain of any
 *       length is a single step. Exact, and it gives the whole frontier.
 *   <li><b>Any DAG</b>: a branch and bound over "this activity in, with its requirements" / "out,
 *       with its dependents", whose bound is the forest program on a relaxation (each activity
 *       keeping one requirement), for every budget at once; exponential in the number of activities
 *       with several requirements in the worst case.
 * </ul>
 *
 * Foundation-first mode compares (foundation output, output) pairs lexicographically in the same
 * programs. The frontier of a plan that did not need it is computed on first use. No program
 * recurses on the depth of the requirements.
 *
 * <p><b>Limits.</b> Memory is bounded by {@link #maxTableCells()} (cells of one bit: 64 million is
 * 8 MB) whatever the budget: the frontier is a step function of the budgets where the best output
 * changes, never one number per minute. When neither an exact table nor the Pareto lists fit,
 * durations are coarsened to units of q minutes, rounded up for real plans and down for a bound;
 * past {@link #maxSearchNodes()} nodes the search stops. Either way the plan says it is not
 * {@linkplain Plan#exact() exact} and reports an upper bound on the {@linkplain Plan#gap() gap}; it
 * is never a silent approximation, and a gap of 0 is a proof: the plan is then exact.
 *
 * <p><b>Ties.</b> Among plans with the same output (to one part in a billion) the plan using the
 * fewest minutes wins, so activities worth nothing are left out and activities with negative output
 * are planned only when something worth more requires them. Remaining ties are settled by a fixed
 * scan of the candidates in id order, so the plan never depends on the order of the input.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Planner {
  /** The budget when neither the planner nor the manager states one: 40 hours. */
  public static final Effort DEFAULT_BUDGET = Effort.ofHours(40);

  /** The default limit of the branch and bound: 20,000 nodes. */
  public static final int DEFAULT_MAX_SEARCH_NODES = 20_000;

  /** The default limit of the planner's tables: 64 million cells of one bit (8 MB). */
  public static final long DEFAULT_MAX_TABLE_CELLS = 64_000_000L;

  /** The most weeks a {@linkplain #schedule(Scenario, String, int) schedule} may have: 520. */
  public static final int MAX_WEEKS = 520;

  /**
   * The most candidate-weeks (candidates × weeks) a schedule may hold: 2,000,000, about 100 MB of
   * the scheduler's tables.
   */
  public static final long MAX_SCHEDULE_CELLS = 2_000_000;

  /** The most nodes the several-weeks search explores before it reports an inexact schedule. */
  static final long MAX_SCHEDULE_NODES = 300_000;

  Planner() {}

  /**
   * Returns a builder for a planner.
   *
   * @return a builder in which every setting has its default
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a planner for a budget, with the default settings.
   *
   * @param budget the time budget, more than 0 hours
   * @return the planner
   * @throws InvalidModelException if {@code budget} is null or not more than 0 hours
   */
  public static Planner of(Effort budget) {
    return builder().budget(budget).build();
  }

  /**
   * {@return the time budget; when absent, the manager's {@code budget}, else {@link
   * #DEFAULT_BUDGET}}
   */
  public abstract Optional<Effort> budget();

  /** {@return true to maximize the foundation activities' output first, then the total output} */
  @Value.Default
  public boolean foundationFirst() {
    return false;
  }

  /**
   * {@return the most branch-and-bound nodes to explore before reporting an inexact plan; at least
   * 1}
   */
  @Value.Default
  public int maxSearchNodes() {
    return DEFAULT_MAX_SEARCH_NODES;
  }

  /**
   * {@return the most memory the planner's tables may hold, in cells of one bit, whatever the
   * budget; at least 1} A table over minutes costs about (candidates + 1,200) cells per budget
   * minute, a Pareto state 160 to 256.
   */
  @Value.Default
  public long maxTableCells() {
    return DEFAULT_MAX_TABLE_CELLS;
  }

  /**
   * {@return about how many bytes planning {@code candidates} candidates holds at most, whatever
   * the budget} Three times the tables' {@link #maxTableCells()} bits (a table, the bounds of the
   * open search nodes, and the second table of a coarsened plan), a few hundred bytes per
   * candidate, and for a requirement DAG of at most 8,192 candidates the table of their ancestors
   * (candidates² bits). For refusing a request before it starts.
   *
   * @param candidates how many candidates the plan chooses from, at least 0
   */
  public long memoryBytes(int candidates) {
    long n = Math.max(0, candidates);
    long ancestors = n <= Candidates.MAX_ANCESTOR_TABLE ? n * n / 8 : 0;
    return 3 * (maxTableCells() / 8) + 400 * n + ancestors;
  }

  /**
   * Returns a builder holding this planner's settings, to build a changed copy.
   *
   * @return a new builder, independent of this planner
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Plans the week of {@code manager} in {@code scenario} over all their activities.
   *
   * @param scenario the scenario
   * @param manager a manager id
   * @return the plan
   * @throws InvalidModelException if the manager is unknown (naming the closest known one) or has
   *     no activities
   */
  public Plan plan(Scenario scenario, String manager) {
    Manager who = managerWithActivities(scenario, manager);
    List<Activity> activities = scenario.activitiesOf(manager);
    Activity.requireTimes(activities);
    Effort budget = budget().or(who::budget).orElse(DEFAULT_BUDGET);
    return SingleWeek.plan(
        this,
        manager,
        budget,
        budgetPath(scenario, manager, budget().isEmpty() && who.budget().isPresent()),
        activities.stream().map(scenario::output).toList());
  }

  /**
   * Schedules the activities of {@code manager} in {@code scenario} over {@code weeks} weeks (§7):
   * which activity to do in which week, each week within the weekly budget, requirements in the
   * same week or earlier, every effect counted from the week its activity is done in; fixed
   * activities in the first week ({@code once}) or every week ({@code weekly}).
   *
   * <p>Exact (proved optimal) for a manager's realistic quarter, such as 40 candidates over 13
   * weeks, by a branch and bound with a Lagrangian bound; past {@code 300,000} nodes the best
   * schedule found, with a proven {@linkplain Schedule#upperBound() upper bound}. Candidates are
   * done at most once each, wholly inside one week; one longer than a week's hours is left out with
   * that reason. One week gives the output of the single-week {@linkplain #plan(Scenario, String)
   * plan}.
   *
   * @param scenario the scenario
   * @param manager the id of the manager to schedule
   * @param weeks how many weeks, from 1 to {@link #MAX_WEEKS} (a quarter is 13)
   * @return the schedule
   * @throws InvalidModelException if the manager is unknown or has no activities, {@code weeks} is
   *     out of range or too large with this many candidates ({@link #MAX_SCHEDULE_CELLS}), or the
   *     fixed activities take more than the budget (naming the manager's {@code budget})
   */
  public Schedule schedule(Scenario scenario, String manager, int weeks) {
    requireNonNull(scenario, "scenario");
    requireNonNull(manager, "manager");
    Manager who = managerWithActivities(scenario, manager);
    List<Activity> activities = scenario.activitiesOf(manager);
    Activity.requireTimes(activities);
    Scheduling.checkSize(activities.size(), weeks);
    Effort budget = budget().or(who::budget).orElse(DEFAULT_BUDGET);
    return Scheduling.schedule(
        this,
        scenario,
        manager,
        budget,
        budgetPath(scenario, manager, budget().isEmpty() && who.budget().isPresent()),
        activities,
        weeks);
  }

  /**
   * Plans {@code candidates}, all done by {@code manager}, within {@link #budget()} (else {@link
   * #DEFAULT_BUDGET}).
   *
   * @param manager a manager id
   * @param candidates the candidate activities with their outputs
   * @return the plan
   * @throws InvalidModelException if there are no candidates, a candidate is done by someone else,
   *     ids repeat, or a requirement is not among the candidates or forms a cycle; paths are {@code
   *     activities[i]} into {@code candidates}
   */
  public Plan plan(String manager, List<ActivityOutput> candidates) {
    requireNonNull(manager, "manager");
    if (candidates.isEmpty()) {
      throw noActivities(manager);
    }
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Activity activity = candidates.get(i).activity();
      if (!activity.by().equals(manager)) {
        problems.add(
            Problem.at(
                "activities[" + i + "].by",
                "activity '"
                    + activity.id()
                    + "' is done by '"
                    + activity.by()
                    + "', but this plan is for '"
                    + manager
                    + "'; plan one manager's activities at a time"));
      }
    }
    InvalidModelException.throwIfAny(problems);
    return SingleWeek.plan(this, manager, budget().orElse(DEFAULT_BUDGET), "budget", candidates);
  }

  /**
   * Where a budget comes from, for a problem with it: the manager's {@code budget} in the scenario
   * ({@code managers[2].budget}), else the planner's.
   */
  static String budgetPath(Scenario scenario, String manager, boolean managers) {
    if (!managers) {
      return "budget";
    }
    List<Manager> all = scenario.organization().managers();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).id().equals(manager)) {
        return "managers[" + i + "].budget";
      }
    }
    return "budget";
  }

  /** The manager {@code manager} of {@code scenario}, when known and with activities to plan. */
  private static Manager managerWithActivities(Scenario scenario, String manager) {
    Manager who =
        scenario
            .organization()
            .manager(manager)
            .orElseThrow(() -> scenario.unknownManager(manager));
    if (scenario.activitiesOf(manager).isEmpty()) {
      throw noActivities(manager);
    }
    return who;
  }

  private static InvalidModelException noActivities(String manager) {
    return InvalidModelException.of(
        "activities",
        "manager '"
            + manager
            + "' has no activities to plan; add activities with 'by: "
            + manager
            + "' or plan another manager");
  }

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    if (budget().isPresent() && !(budget().get().hours() > 0)) {
      problems.add(
          Problem.at("budget", "must be more than 0 hours, was " + budget().get() + "; try 40h"));
    }
    if (maxSearchNodes() < 1) {
      problems.add(Problem.at("maxSearchNodes", "must be at least 1, was " + maxSearchNodes()));
    }
    if (maxTableCells() < 1) {
      problems.add(Problem.at("maxTableCells", "must be at least 1, was " + maxTableCells()));
    }
    InvalidModelException.throwIfAny(problems);
  }

  /**
   * Builds a {@link Planner}: change the settings that should depart from their defaults, then
   * {@linkplain #build() build}.
   *
   * <p>A null argument is invalid input: the method throws {@link InvalidModelException} at the
   * path of the missing value ({@code budget}). Not thread-safe; {@link #build()} may be called
   * more than once.
   */
  @SuppressWarnings("immutables:incompat") // a builder of its own, not the generated one's type
  public static final class Builder {
    private Effort budget;
    private boolean foundationFirst;
    private int maxSearchNodes = DEFAULT_MAX_SEARCH_NODES;
    private long maxTableCells = DEFAULT_MAX_TABLE_CELLS;

    private Builder() {}

    private Builder from(Planner planner) {
      budget = planner.budget().orElse(null);
      foundationFirst = planner.foundationFirst();
      maxSearchNodes = planner.maxSearchNodes();
      maxTableCells = planner.maxTableCells();
      return this;
    }

    /**
     * Sets the time budget; the manager's {@code budget}, else {@link #DEFAULT_BUDGET}, unless set.
     *
     * @param budget more than 0 hours
     * @return this builder
     */
    public Builder budget(Effort budget) {
      this.budget = Nulls.reject(budget, "budget");
      return this;
    }

    /**
     * Removes the time budget, so that plans use the manager's budget, else {@link
     * #DEFAULT_BUDGET}.
     *
     * @return this builder
     */
    public Builder clearBudget() {
      this.budget = null;
      return this;
    }

    /**
     * Sets whether to maximize the foundation activities' output first; false unless set.
     *
     * @param foundationFirst true for foundation first, then the total output
     * @return this builder
     */
    public Builder foundationFirst(boolean foundationFirst) {
      this.foundationFirst = foundationFirst;
      return this;
    }

    /**
     * Sets the most branch-and-bound nodes to explore; {@link #DEFAULT_MAX_SEARCH_NODES} unless
     * set.
     *
     * @param maxSearchNodes at least 1
     * @return this builder
     */
    public Builder maxSearchNodes(int maxSearchNodes) {
      this.maxSearchNodes = maxSearchNodes;
      return this;
    }

    /**
     * Sets the most memory the planner's tables may hold; {@link #DEFAULT_MAX_TABLE_CELLS} unless
     * set.
     *
     * @param maxTableCells cells of one bit, at least 1
     * @return this builder
     */
    public Builder maxTableCells(long maxTableCells) {
      this.maxTableCells = maxTableCells;
      return this;
    }

    /**
     * Builds the planner.
     *
     * @return a planner with the settings made
     * @throws InvalidModelException listing every problem: a budget of 0, a limit below 1
     */
    public Planner build() {
      return new ImmutablePlanner.Builder()
          .budget(Optional.ofNullable(budget))
          .foundationFirst(foundationFirst)
          .maxSearchNodes(maxSearchNodes)
          .maxTableCells(maxTableCells)
          .build();
    }
  }
}
