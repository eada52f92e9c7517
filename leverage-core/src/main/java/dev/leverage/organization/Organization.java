package dev.leverage.organization;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.Spelling;
import dev.leverage.internal.IdIndex;
import dev.leverage.internal.Magnitudes;
import dev.leverage.internal.Nulls;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
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
    Index index = index();
    int m = requireManager(manager);
    return index.weight(m, requireTeam(team));
  }

  /**
   * {@return the teams with a weight above 0 for {@code manager}, and their weights, in the order
   * of {@link #teams()}} Computed on each call from the manager's report subtree, in O(s log s) for
   * s teams owned or influenced in it.
   *
   * @param manager a manager id
   */
  public Map<String, Double> weights(String manager) {
    return index().weights(this, requireManager(manager));
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
    Index index = index();
    int boss = index.bosses[requireManager(manager)];
    return boss < 0 ? Optional.empty() : Optional.of(index.managers.id(boss));
  }

  /**
   * {@return the manager who owns {@code team}, if any}
   *
   * @param team a team id
   */
  public Optional<String> owner(String team) {
    Index index = index();
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
  private volatile Index index;

  Index index() {
    return index;
  }

  @Value.Check
  void check() {
    index = new Index(this);
  }

  /**
   * The checked structure of an organization and every manager's output rate, in arrays indexed by
   * the positions of teams and managers in their lists.
   *
   * <p>Building takes O(n log n) time and O(n) memory for n teams, managers, influences and
   * reports, whatever the depth of the report tree: every walk over reports is a loop over an
   * explicit order, never a recursion. Managers are numbered in preorder (each before their
   * reports), so that a subtree is a range of that order: {@code [start[m], end[m])}.
   */
  static final class Index {
    final IdIndex teams;
    final IdIndex managers;

    /** The owner of each team, or -1. */
    final int[] owners;

    /** The boss of each manager, or -1. */
    final int[] bosses;

    /** Managers in preorder: roots in the order given, each manager before their reports. */
    final int[] preorder;

    /** Where each manager's subtree starts and ends (exclusive) in {@link #preorder}. */
    final int[] start;

    final int[] end;

    /** Teams owned by each manager: {@code ownedTeams[ownedFrom[m] .. ownedFrom[m + 1])}. */
    final int[] ownedFrom;

    final int[] ownedTeams;

    /**
     * The influences on each team, by the preorder start of the manager who declares them,
     * ascending: {@code influencerStart[influenceFrom[t] .. influenceFrom[t + 1])}; their weights
     * sit in one max segment tree per team, in {@code influenceTree[2 · influenceFrom[t] ..]}.
     */
    final int[] influenceFrom;

    final int[] influencerStart;
    final double[] influenceTree;

    final double[] outputRates;

    Index(Organization organization) {
      List<Team> teamList = organization.teams();
      List<Manager> managerList = organization.managers();
      List<Problem> problems = new ArrayList<>();
      teams = IdIndex.of(teamList, Team::id, "teams", "team", problems);
      managers = IdIndex.of(managerList, Manager::id, "managers", "manager", problems);
      List<Magnitudes.Factor> outputs = new ArrayList<>();
      for (int t = 0; t < teamList.size(); t++) {
        Team team = teamList.get(t);
        outputs.add(
            new Magnitudes.Factor(
                team.output(),
                "teams[" + t + "].output",
                "team '" + team.id() + "' output " + Magnitudes.value(team.output())));
      }
      Magnitudes.checkSum(
          outputs, "the teams' output per week together (a manager's output rate)", problems);
      int teamCount = teamList.size();
      int managerCount = managerList.size();
      owners = new int[teamCount];
      bosses = new int[managerCount];
      Arrays.fill(owners, -1);
      Arrays.fill(bosses, -1);
      ownedFrom = new int[managerCount + 1];
      int[] owned = new int[teamCount];
      int ownedCount = 0;
      int[] influenceCount = new int[teamCount + 1];
      for (int m = 0; m < managerCount; m++) {
        Manager manager = managerList.get(m);
        int self = managers.indexOf(manager.id());
        String at = "managers[" + m + "]";
        int k = 0;
        ownedFrom[m] = ownedCount;
        for (String team : manager.owns()) {
          String path = at + ".owns[" + k++ + "]";
          int t = teams.indexOf(team);
          if (t < 0) {
            problems.add(Problem.at(path, Spelling.unknown("team", team, teams.keys())));
          } else if (owners[t] >= 0) {
            problems.add(
                Problem.at(
                    path,
                    "team '"
                        + team
                        + "' is already owned by manager '"
                        + managers.id(owners[t])
                        + "'; a team has one owner, so let one manager own it and the other"
                        + " influence it"));
          } else {
            owners[t] = self;
            owned[ownedCount++] = t;
          }
        }
        for (String team : manager.influences().keySet()) {
          int t = teams.indexOf(team);
          if (t < 0) {
            problems.add(
                Problem.at(
                    at + ".influences." + team, Spelling.unknown("team", team, teams.keys())));
          } else {
            influenceCount[t + 1]++;
          }
        }
        k = 0;
        for (String report : manager.reports()) {
          String path = at + ".reports[" + k++ + "]";
          int r = managers.indexOf(report);
          if (r < 0) {
            problems.add(Problem.at(path, Spelling.unknown("manager", report, managers.keys())));
          } else if (bosses[r] >= 0) {
            problems.add(
                Problem.at(
                    path,
                    "manager '"
                        + report
                        + "' already reports to '"
                        + managers.id(bosses[r])
                        + "'; a manager has one boss, so list them under one manager's reports"));
          } else {
            bosses[r] = self;
          }
        }
      }
      ownedFrom[managerCount] = ownedCount;
      ownedTeams = Arrays.copyOf(owned, ownedCount);
      problems.addAll(cycles(managerList));
      InvalidModelException.throwIfAny(problems);

      preorder = preorder(managerList);
      start = new int[managerCount];
      end = new int[managerCount];
      for (int p = 0; p < managerCount; p++) {
        start[preorder[p]] = p;
        end[preorder[p]] = p + 1;
      }
      for (int p = managerCount - 1; p >= 0; p--) {
        int m = preorder[p];
        if (bosses[m] >= 0) {
          end[bosses[m]] = Math.max(end[bosses[m]], end[m]);
        }
      }

      influenceFrom = influenceCount;
      for (int t = 0; t < teamCount; t++) {
        influenceFrom[t + 1] += influenceFrom[t];
      }
      influencerStart = new int[influenceFrom[teamCount]];
      influenceTree = new double[2 * influenceFrom[teamCount]];
      int[] filled = new int[teamCount];
      for (int p = 0; p < managerCount; p++) {
        for (Map.Entry<String, Double> influence :
            managerList.get(preorder[p]).influences().entrySet()) {
          int t = teams.indexOf(influence.getKey());
          int count = influenceFrom[t + 1] - influenceFrom[t];
          int i = filled[t]++;
          influencerStart[influenceFrom[t] + i] = p;
          influenceTree[2 * influenceFrom[t] + count + i] = influence.getValue();
        }
      }
      for (int t = 0; t < teamCount; t++) {
        int base = 2 * influenceFrom[t];
        for (int i = influenceFrom[t + 1] - influenceFrom[t] - 1; i >= 1; i--) {
          influenceTree[base + i] =
              Math.max(influenceTree[base + 2 * i], influenceTree[base + 2 * i + 1]);
        }
      }

      outputRates = outputRates(teamList, managerList);
    }

    /**
     * Every cycle of reports, once, in the order of its smallest id's manager; each manager is
     * walked at most once, so this is linear.
     */
    private List<Problem> cycles(List<Manager> managerList) {
      int n = managerList.size();
      int[] walk = new int[n];
      List<int[]> found = new ArrayList<>();
      for (int m = 0; m < n; m++) {
        if (walk[m] != 0 || managers.indexOf(managers.id(m)) != m) {
          continue;
        }
        int x = m;
        while (x >= 0 && walk[x] == 0) {
          walk[x] = m + 1;
          x = bosses[x];
        }
        if (x >= 0 && walk[x] == m + 1) {
          // x lies on a cycle: x, its boss, the boss's boss... back to x.
          int smallest = x;
          int length = 0;
          int y = x;
          do {
            if (managers.id(y).compareTo(managers.id(smallest)) < 0) {
              smallest = y;
            }
            length++;
            y = bosses[y];
          } while (y != x);
          found.add(new int[] {smallest, length});
        }
      }
      found.sort(Comparator.comparingInt(c -> c[0]));
      List<Problem> problems = new ArrayList<>();
      for (int[] cycle : found) {
        int first = cycle[0];
        // Walking up from the smallest id, then reading backwards, lists each manager's report.
        String[] up = new String[cycle[1]];
        int y = first;
        for (int i = 0; i < up.length; i++) {
          up[i] = managers.id(y);
          y = bosses[y];
        }
        List<String> names = new ArrayList<>(up.length + 1);
        names.add(up[0]);
        for (int i = up.length - 1; i >= 1; i--) {
          names.add(up[i]);
        }
        names.add(up[0]);
        int boss = bosses[first];
        int k = 0;
        for (String report : managerList.get(boss).reports()) {
          if (report.equals(up[0])) {
            break;
          }
          k++;
        }
        if (k == managerList.get(boss).reports().size()) {
          k = -1;
        }
        problems.add(
            Problem.at(
                "managers[" + boss + "].reports[" + k + "]",
                "reports form a cycle "
                    + String.join(" -> ", names)
                    + " (each manager listing the next in reports); reports must form a forest,"
                    + " so remove one of these links"));
      }
      return problems;
    }

    /** Managers in preorder, by an explicit stack: roots in the order given, then their reports. */
    private int[] preorder(List<Manager> managerList) {
      int n = managerList.size();
      int[] order = new int[n];
      int[] stack = new int[n];
      int count = 0;
      for (int root = 0; root < n; root++) {
        if (bosses[root] >= 0) {
          continue;
        }
        int top = 0;
        stack[top++] = root;
        while (top > 0) {
          int m = stack[--top];
          order[count++] = m;
          int[] reports = reportsOf(managerList.get(m));
          for (int i = reports.length - 1; i >= 0; i--) {
            stack[top++] = reports[i];
          }
        }
      }
      return order;
    }

    private int[] reportsOf(Manager manager) {
      int[] reports = new int[manager.reports().size()];
      int i = 0;
      for (String report : manager.reports()) {
        reports[i++] = managers.indexOf(report);
      }
      return reports;
    }

    /**
     * Every manager's Σ weight × team output, bottom-up in reverse preorder. The teams owned in a
     * subtree count fully: a sum per subtree. Influences count only on teams owned outside the
     * subtree: each manager's map of influenced teams is the largest of their reports' maps, with
     * the other reports' maps and their own influences merged into it; a team owned in the subtree
     * and influenced somewhere enters the map at weight 1 with no output of its own, which cancels
     * the influences on it and keeps later ones out.
     */
    private double[] outputRates(List<Team> teamList, List<Manager> managerList) {
      int n = managerList.size();
      double[] outputs = new double[teamList.size()];
      for (int t = 0; t < outputs.length; t++) {
        outputs[t] = teamList.get(t).output();
      }
      WeightRollUp.ExactSum[] owned = new WeightRollUp.ExactSum[n];
      WeightRollUp[] influenced = new WeightRollUp[n];
      double[] rates = new double[n];
      for (int p = n - 1; p >= 0; p--) {
        int m = preorder[p];
        Manager manager = managerList.get(m);
        int[] reports = reportsOf(manager);
        WeightRollUp.ExactSum ownedSum = new WeightRollUp.ExactSum();
        WeightRollUp largest = null;
        int entries = manager.influences().size();
        for (int r : reports) {
          ownedSum.add(owned[r]);
          owned[r] = null;
          entries += influenced[r].size();
          if (largest == null || influenced[r].size() > largest.size()) {
            largest = influenced[r];
          }
        }
        for (int i = ownedFrom[m]; i < ownedFrom[m + 1]; i++) {
          int t = ownedTeams[i];
          ownedSum.add(outputs[t]);
          if (influenceFrom[t + 1] > influenceFrom[t]) {
            entries++;
          }
        }
        WeightRollUp mine = largest != null ? largest : new WeightRollUp(entries);
        mine.reserve(entries);
        for (int r : reports) {
          if (influenced[r] != mine) {
            mine.absorb(influenced[r], outputs);
          }
          influenced[r] = null;
        }
        for (Map.Entry<String, Double> influence : manager.influences().entrySet()) {
          mine.raise(teams.indexOf(influence.getKey()), influence.getValue(), outputs);
        }
        for (int i = ownedFrom[m]; i < ownedFrom[m + 1]; i++) {
          int t = ownedTeams[i];
          if (influenceFrom[t + 1] > influenceFrom[t]) {
            mine.own(t, outputs);
          }
        }
        owned[m] = ownedSum;
        influenced[m] = mine;
        WeightRollUp.ExactSum total = new WeightRollUp.ExactSum();
        total.add(ownedSum);
        total.add(mine.sum());
        rates[m] = total.value();
      }
      return rates;
    }

    /** True when {@code report} is {@code boss} or in their report subtree. */
    boolean contains(int boss, int report) {
      return start[boss] <= start[report] && start[report] < end[boss];
    }

    double weight(int manager, int team) {
      if (owners[team] >= 0 && contains(manager, owners[team])) {
        return 1.0;
      }
      int from = influenceFrom[team];
      int count = influenceFrom[team + 1] - from;
      int low = lowerBound(from, from + count, start[manager]) - from;
      int high = lowerBound(from, from + count, end[manager]) - from;
      // The maximum over leaves [low, high) of this team's segment tree.
      int base = 2 * from;
      double max = 0.0;
      for (low += count, high += count; low < high; low >>= 1, high >>= 1) {
        if ((low & 1) == 1) {
          max = Math.max(max, influenceTree[base + low++]);
        }
        if ((high & 1) == 1) {
          max = Math.max(max, influenceTree[base + --high]);
        }
      }
      return max;
    }

    /** The first position in {@code influencerStart[from .. to)} holding at least {@code key}. */
    private int lowerBound(int from, int to, int key) {
      int low = from;
      int high = to;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (influencerStart[middle] < key) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      return low;
    }

    Map<String, Double> weights(Organization organization, int manager) {
      List<Manager> managerList = organization.managers();
      int size = 0;
      for (int p = start[manager]; p < end[manager]; p++) {
        int m = preorder[p];
        size += ownedFrom[m + 1] - ownedFrom[m] + managerList.get(m).influences().size();
      }
      // Pack (team position, entry number) so that one sort orders the teams as given.
      long[] keys = new long[size];
      double[] values = new double[size];
      int count = 0;
      for (int p = start[manager]; p < end[manager]; p++) {
        int m = preorder[p];
        for (int i = ownedFrom[m]; i < ownedFrom[m + 1]; i++) {
          keys[count] = (long) ownedTeams[i] << 32 | count;
          values[count++] = 1.0;
        }
        for (Map.Entry<String, Double> influence : managerList.get(m).influences().entrySet()) {
          keys[count] = (long) teams.indexOf(influence.getKey()) << 32 | count;
          values[count++] = influence.getValue();
        }
      }
      Arrays.sort(keys);
      ImmutableMap.Builder<String, Double> weights = ImmutableMap.builder();
      int i = 0;
      while (i < size) {
        int team = (int) (keys[i] >>> 32);
        double weight = 0.0;
        for (; i < size && (int) (keys[i] >>> 32) == team; i++) {
          weight = Math.max(weight, values[(int) keys[i]]);
        }
        weights.put(teams.id(team), weight);
      }
      return weights.buildOrThrow();
    }

    Set<String> subtree(int manager) {
      int from = start[manager];
      int to = end[manager];
      return new AbstractSet<>() {
        @Override
        public boolean contains(Object o) {
          int m = managers.indexOf(o);
          return m >= 0 && Index.this.contains(manager, m);
        }

        @Override
        public int size() {
          return to - from;
        }

        @Override
        public Iterator<String> iterator() {
          return new Iterator<>() {
            private int next = from;

            @Override
            public boolean hasNext() {
              return next < to;
            }

            @Override
            public String next() {
              if (next >= to) {
                throw new NoSuchElementException();
              }
              return managers.id(preorder[next++]);
            }
          };
        }
      };
    }
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
