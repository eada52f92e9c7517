package dev.leverage.bench;

import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Building an organization and every manager's output rate at the size of MODEL.md §12. Target:
 * under 1 s for 1,000,000 teams.
 *
 * <ul>
 *   <li>{@code tree}: 1,000,000 teams as the leaves of a tree of fan-out 8 and depth 7 (142,860
 *       managers, the lowest owning 8 teams each), one influence per manager, as {@link
 *       ScaleScenarios} writes it;
 *   <li>{@code chain}: 100,000 managers in one report chain, each owning a team and influencing
 *       the team two levels up.
 * </ul>
 *
 * <p>The baseline, {@link #floor}, is the least any roll-up can do: add each team's output to its
 * owner, then each manager's sum to their boss, over plain int arrays whose managers are numbered
 * bottom-up (no ids, no checks, no influences).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// The calculator's collector. With G1's default young generation of several gigabytes, every
// operation allocates into memory touched for the first time, and on a virtual machine that
// returns free pages to its host that costs more than the work measured (docs/performance.md).
@Fork(value = 1, jvmArgsAppend = "-XX:+UseSerialGC")
public class OrganizationBenchmark {
  @Param({"tree", "chain"})
  String shape;

  List<Team> teams;
  List<Manager> managers;
  Organization organization;

  /** The floor's input: each team's output and owner, each manager's boss (a higher number). */
  double[] outputs;

  int[] owners;
  int[] bosses;

  @Setup
  public void setUp() {
    if (shape.equals("tree")) {
      tree(1_000_000);
    } else {
      chain(100_000);
    }
    organization = Organization.builder().teams(teams).managers(managers).build();
  }

  /** Builds the organization, which computes every output rate, and reads them all. */
  @Benchmark
  public double build() {
    Organization built = Organization.builder().teams(teams).managers(managers).build();
    double sum = 0;
    for (Manager manager : managers) {
      sum += built.outputPerWeek(manager.id());
    }
    return sum;
  }

  /** The plain roll-up over int arrays (the floor). */
  @Benchmark
  public double floor() {
    double[] rates = new double[bosses.length];
    for (int t = 0; t < outputs.length; t++) {
      if (owners[t] >= 0) {
        rates[owners[t]] += outputs[t];
      }
    }
    double sum = 0;
    for (int m = 0; m < rates.length; m++) {
      if (bosses[m] >= 0) {
        rates[bosses[m]] += rates[m];
      }
      sum += rates[m];
    }
    return sum;
  }

  /** The weights of the top manager, computed on request over the whole organization. */
  @Benchmark
  public Map<String, Double> weightsOfTheTop() {
    return organization.weights(managers.get(managers.size() - 1).id());
  }

  private void tree(int teamCount) {
    Random random = new Random(1);
    teams = new ArrayList<>(teamCount);
    outputs = new double[teamCount];
    owners = new int[teamCount];
    for (int t = 0; t < teamCount; t++) {
      outputs[t] = 1 + random.nextInt(100);
      teams.add(Team.of("t" + t, outputs[t]));
    }
    managers = new ArrayList<>();
    List<Integer> bossList = new ArrayList<>();
    List<String> level = new ArrayList<>();
    for (int first = 0; first < teamCount; first += 8) {
      String id = "m" + managers.size();
      Manager.Builder manager = Manager.builder().id(id);
      for (int t = first; t < Math.min(teamCount, first + 8); t++) {
        manager.owns("t" + t);
        owners[t] = managers.size();
      }
      int influenced;
      do {
        influenced = random.nextInt(teamCount);
      } while (influenced / 8 == first / 8);
      level.add(id);
      bossList.add(-1);
      managers.add(manager.influence("t" + influenced, 0.5).build());
    }
    int levelStart = 0;
    while (level.size() > 1) {
      List<String> above = new ArrayList<>();
      for (int first = 0; first < level.size(); first += 8) {
        String id = "m" + managers.size();
        Manager.Builder manager = Manager.builder().id(id);
        for (int r = first; r < Math.min(level.size(), first + 8); r++) {
          manager.reports(level.get(r));
          bossList.set(levelStart + r, managers.size());
        }
        above.add(id);
        bossList.add(-1);
        managers.add(manager.influence("t" + random.nextInt(teamCount), 0.25).build());
      }
      levelStart += level.size();
      level = above;
    }
    bosses = bossList.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Manager i owns team i and reports to manager i + 1; listed bottom-up. */
  private void chain(int n) {
    teams = new ArrayList<>(n);
    managers = new ArrayList<>(n);
    outputs = new double[n];
    owners = new int[n];
    bosses = new int[n];
    for (int i = 0; i < n; i++) {
      outputs[i] = i % 10;
      owners[i] = i;
      bosses[i] = i + 1 < n ? i + 1 : -1;
      teams.add(Team.of("t" + i, outputs[i]));
      Manager.Builder manager = Manager.builder().id("m" + i).owns("t" + i);
      if (i > 0) {
        manager.reports("m" + (i - 1));
      }
      if (i + 2 < n) {
        manager.influence("t" + (i + 2), 0.5);
      }
      managers.add(manager.build());
    }
  }
}
