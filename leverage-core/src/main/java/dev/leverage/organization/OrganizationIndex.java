package dev.leverage.organization;

import com.google.common.collect.ImmutableMap;
import dev.leverage.InvalidModelException;
import dev.leverage.MemoryNeed;
import dev.leverage.Problem;
import dev.leverage.internal.IdIndex;
import dev.leverage.internal.Magnitudes;
import dev.leverage.internal.UnknownNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checked structure of an organization and every manager's output rate, in arrays indexed by
 * the positions of teams and managers in their lists.
 *
 * <p>Building takes O(n log n) time and O(n) memory for n teams, managers, influences and reports,
 * whatever the depth of the report tree: every walk over reports is a loop over an explicit order
 * ({@link ReportTree}), never a recursion. Immutable once built.
 */
final class OrganizationIndex {
  /** Upper bounds of what building allocates, measured on large trees with some margin. */
  private static final long BYTES_PER_TEAM = 64;

  private static final long BYTES_PER_MANAGER = 256;
  private static final long BYTES_PER_INFLUENCE = 96;

  final IdIndex teams;
  final IdIndex managers;

  /** The owner of each team, or -1. */
  final int[] owners;

  /** The boss of each manager, or -1. */
  final int[] bosses;

  /** Teams owned by each manager: {@code ownedTeams[ownedFrom[m] .. ownedFrom[m + 1])}. */
  private final int[] ownedFrom;

  private final int[] ownedTeams;
  private final ReportTree tree;
  private final InfluenceTree influences;

  /** Each manager's Σ weight × team output, in output units per week. */
  final double[] outputRates;

  /**
   * Checks {@code organization} and computes every output rate.
   *
   * @throws InvalidModelException listing every problem of the structure
   */
  OrganizationIndex(Organization organization) {
    List<Team> teamList = organization.teams();
    List<Manager> managerList = organization.managers();
    int teamCount = teamList.size();
    int managerCount = managerList.size();
    long influenceTotal = 0;
    long reportTotal = 0;
    for (Manager manager : managerList) {
      influenceTotal += manager.influences().size();
      reportTotal += manager.reports().size();
    }
    MemoryNeed.check(
        BYTES_PER_TEAM * teamCount
            + BYTES_PER_MANAGER * managerCount
            + BYTES_PER_INFLUENCE * influenceTotal,
        "",
        "an organization of " + teamCount + " teams and " + managerCount + " managers",
        "split it into smaller organizations");
    List<Problem> problems = new ArrayList<>();
    teams = IdIndex.of(teamList, Team::id, "teams", "team", problems);
    managers = IdIndex.of(managerList, Manager::id, "managers", "manager", problems);
    checkOutputs(teamList, problems);
    owners = new int[teamCount];
    bosses = new int[managerCount];
    Arrays.fill(owners, -1);
    Arrays.fill(bosses, -1);
    Link owning =
        new Link(
            "owns",
            "team",
            teams,
            owners,
            managers,
            new UnknownNames("team", teams.keys()),
            "' is already owned by manager '",
            "; a team has one owner, so let one manager own it and the other influence it");
    Link reporting =
        new Link(
            "reports",
            "manager",
            managers,
            bosses,
            managers,
            new UnknownNames("manager", managers.keys()),
            "' already reports to '",
            "; a manager has one boss, so list them under one manager's reports");
    ownedFrom = new int[managerCount + 1];
    int[] owned = new int[teamCount];
    int[] reportsFrom = new int[managerCount + 1];
    int[] reports = new int[(int) Math.min(reportTotal, managerCount)];
    int[] influenceCounts = new int[teamCount + 1];
    for (int m = 0; m < managerCount; m++) {
      Manager manager = managerList.get(m);
      int self = managers.indexOf(manager.id());
      ownedFrom[m + 1] = owning.all(manager.owns(), m, self, owned, ownedFrom[m], problems);
      for (String team : manager.influences().keySet()) {
        int t = teams.indexOf(team);
        if (t < 0) {
          problems.add(
              Problem.at("managers[" + m + "].influences." + team, owning.unknown.message(team)));
        } else {
          influenceCounts[t + 1]++;
        }
      }
      reportsFrom[m + 1] =
          reporting.all(manager.reports(), m, self, reports, reportsFrom[m], problems);
    }
    ownedTeams = Arrays.copyOf(owned, ownedFrom[managerCount]);
    problems.addAll(ReportCycles.find(managers, bosses, managerList));
    InvalidModelException.throwIfAny(problems);

    tree = new ReportTree(bosses, reportsFrom, reports);
    influences = new InfluenceTree(influenceCounts, tree, managerList, teams);
    outputRates = outputRates(teamList, managerList, reportsFrom, reports);
  }

  /**
   * Adds a problem when the teams' outputs add up past the bound of {@link Magnitudes}: the labels
   * of the teams are made only then, not for every team of a large organization.
   */
  private static void checkOutputs(List<Team> teamList, List<Problem> problems) {
    double scaled = 0; // as Magnitudes.checkSum adds them
    for (Team team : teamList) {
      scaled += Math.abs(team.output()) * 1e-8;
    }
    if (scaled <= Magnitudes.LIMIT * 1e-8) {
      return;
    }
    List<Magnitudes.Factor> outputs = new ArrayList<>(teamList.size());
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
  }

  /**
   * How managers hold what they list in {@code field} (the teams they own, their reports): each
   * {@code kind} of thing in {@code index} held by at most one manager, recorded in {@code
   * holders}.
   */
  private record Link(
      String field,
      String kind,
      IdIndex index,
      int[] holders,
      IdIndex managers,
      UnknownNames unknown,
      String heldBy,
      String advice) {
    /**
     * Links each of {@code names}, listed in {@code field} of the manager at position {@code
     * manager} (whose id is first at {@code self}), appending their positions to {@code linked}
     * from {@code count}; returns the new count. An unknown name, or one another manager holds, is
     * a problem instead, whose path is spelt only then.
     */
    int all(
        Set<String> names, int manager, int self, int[] linked, int count, List<Problem> problems) {
      int k = -1;
      for (String name : names) {
        k++;
        int i = index.indexOf(name);
        if (i < 0) {
          problems.add(Problem.at(path(manager, k), unknown.message(name)));
        } else if (holders[i] >= 0) {
          problems.add(
              Problem.at(
                  path(manager, k),
                  kind + " '" + name + heldBy + managers.id(holders[i]) + "'" + advice));
        } else {
          holders[i] = self;
          linked[count++] = i;
        }
      }
      return count;
    }

    private String path(int manager, int k) {
      return "managers[" + manager + "]." + field + "[" + k + "]";
    }
  }

  /**
   * Every manager's Σ weight × team output, bottom-up in reverse preorder. The teams owned in a
   * subtree count fully: a sum per subtree. Influences count only on teams owned outside the
   * subtree: each manager's map of influenced teams is the largest of their reports' maps, with the
   * other reports' maps and their own influences merged into it; a team owned in the subtree and
   * influenced somewhere enters the map at weight 1 with no output of its own, which cancels the
   * influences on it and keeps later ones out.
   */
  private double[] outputRates(
      List<Team> teamList, List<Manager> managerList, int[] reportsFrom, int[] reports) {
    int n = managerList.size();
    double[] outputs = new double[teamList.size()];
    for (int t = 0; t < outputs.length; t++) {
      outputs[t] = teamList.get(t).output();
    }
    WeightRollUp.ExactSum[] owned = new WeightRollUp.ExactSum[n];
    WeightRollUp[] influenced = new WeightRollUp[n];
    double[] rates = new double[n];
    for (int p = n - 1; p >= 0; p--) {
      int m = tree.manager(p);
      Manager manager = managerList.get(m);
      WeightRollUp.ExactSum ownedSum = new WeightRollUp.ExactSum();
      WeightRollUp largest = null;
      int entries = manager.influences().size();
      for (int i = reportsFrom[m]; i < reportsFrom[m + 1]; i++) {
        int r = reports[i];
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
        if (influences.isInfluenced(t)) {
          entries++;
        }
      }
      WeightRollUp mine = largest != null ? largest : new WeightRollUp(entries);
      mine.reserve(entries);
      for (int i = reportsFrom[m]; i < reportsFrom[m + 1]; i++) {
        int r = reports[i];
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
        if (influences.isInfluenced(t)) {
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
    return tree.contains(boss, report);
  }

  /** The weight of {@code team} for {@code manager}, in O(log n). */
  double weight(int manager, int team) {
    if (owners[team] >= 0 && tree.contains(manager, owners[team])) {
      return 1.0;
    }
    return influences.strongest(team, tree.start(manager), tree.end(manager));
  }

  /**
   * The teams with a weight above 0 for {@code manager}, in the order of the teams, computed from
   * the manager's report subtree in O(s log s) for s teams owned or influenced in it.
   */
  Map<String, Double> weights(List<Manager> managerList, int manager) {
    int from = tree.start(manager);
    int to = tree.end(manager);
    int size = 0;
    for (int p = from; p < to; p++) {
      int m = tree.manager(p);
      size += ownedFrom[m + 1] - ownedFrom[m] + managerList.get(m).influences().size();
    }
    // Pack (team position, entry number) so that one sort orders the teams as given.
    long[] keys = new long[size];
    double[] values = new double[size];
    int count = 0;
    for (int p = from; p < to; p++) {
      int m = tree.manager(p);
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

  /** {@code manager} and everyone in their report subtree, top down, as a view. */
  Set<String> subtree(int manager) {
    return tree.subtree(manager, managers);
  }
}
