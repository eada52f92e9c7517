package dev.leverage.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leverage.InvalidModelException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Organizations of every shape and size (MODEL.md §12): deep chains and wide trees that the
 * recursive version could not build, and random forests of up to a few hundred managers checked
 * against a plain reference of §3.
 */
class OrganizationAtScaleTest {

  @Test
  void aChainOfAHundredThousandReportsRollsEveryTeamUpToTheTop() {
    int n = 100_000;
    List<Team> teams = new ArrayList<>();
    List<Manager> managers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      teams.add(Team.of("t" + i, i % 10));
      Manager.Builder manager = Manager.builder().id("m" + i).owns("t" + i);
      if (i + 1 < n) {
        manager.reports("m" + (i + 1));
      }
      if (i >= 2) {
        manager.influence("t" + (i - 2), 0.5);
      }
      managers.add(manager.build());
    }
    Collections.reverse(managers);
    Organization organization = Organization.builder().teams(teams).managers(managers).build();

    // m_i owns t_i..t_(n-1); of the influences below, only those of m_i on t_(i-2) and of
    // m_(i+1) on t_(i-1) fall on teams owned outside the subtree.
    long owned = 0;
    for (int i = n - 1; i >= 0; i--) {
      owned += i % 10;
      double expected =
          owned
              + (i >= 2 ? 0.5 * ((i - 2) % 10) : 0)
              + (i >= 1 && i + 1 < n ? 0.5 * ((i - 1) % 10) : 0);
      assertThat(organization.outputPerWeek("m" + i)).as("m%d", i).isEqualTo(expected);
    }
    assertThat(organization.subtree("m0")).hasSize(n).startsWith("m0", "m1", "m2");
    assertThat(organization.subtree("m" + (n - 1))).containsExactly("m" + (n - 1));
    assertThat(organization.isAbove("m0", "m" + (n - 1))).isTrue();
    assertThat(organization.isAbove("m" + (n - 1), "m0")).isFalse();
    assertThat(organization.weight("m0", "t" + (n - 1))).isEqualTo(1.0);
    assertThat(organization.weight("m" + (n - 1), "t" + (n - 3))).isEqualTo(0.5);
    assertThat(organization.weight("m" + (n - 1), "t0")).isEqualTo(0.0);
    assertThat(organization.weights("m" + (n - 2)))
        .containsExactly(
            Map.entry("t" + (n - 4), 0.5),
            Map.entry("t" + (n - 3), 0.5),
            Map.entry("t" + (n - 2), 1.0),
            Map.entry("t" + (n - 1), 1.0));
    assertThat(organization.weights("m0")).hasSize(n);
    assertThat(organization.boss("m" + (n - 1))).contains("m" + (n - 2));
  }

  @Test
  void closingAHundredThousandDeepChainIntoALoopIsOneCycleStartingAtTheSmallestId() {
    int n = 100_000;
    List<Manager> managers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      managers.add(Manager.builder().id(String.format("m%06d", i)).reports(next(i, n)).build());
    }

    assertThatThrownBy(() -> Organization.builder().managers(managers).build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              assertThat(e.problems().get(0).path())
                  .isEqualTo("managers[" + (n - 1) + "].reports[0]");
              assertThat(e.problems().get(0).message())
                  .startsWith("reports form a cycle m000000 -> m000001 -> m000002 -> ")
                  .contains("-> m099999 -> m000000 (each manager listing the next in reports)");
            });
  }

  private static String next(int i, int n) {
    return String.format("m%06d", (i + 1) % n);
  }

  @Test
  void aBossWithAHundredThousandReportsCountsEveryTeamOnce() {
    int n = 100_000;
    List<Team> teams = new ArrayList<>();
    List<String> reports = new ArrayList<>();
    List<Manager> managers = new ArrayList<>();
    double total = 0;
    for (int i = 0; i < n; i++) {
      teams.add(Team.of("t" + i, i % 7));
      total += i % 7;
      reports.add("m" + i);
      // Every report influences its neighbour's team, which the boss counts once, at weight 1.
      managers.add(
          Manager.builder().id("m" + i).owns("t" + i).influence("t" + ((i + 1) % n), 0.25).build());
    }
    managers.add(Manager.builder().id("boss").reports(reports).build());
    Organization organization = Organization.builder().teams(teams).managers(managers).build();

    assertThat(organization.outputPerWeek("boss")).isEqualTo(total);
    assertThat(organization.weights("boss")).hasSize(n).containsEntry("t12345", 1.0);
    assertThat(organization.outputPerWeek("m5")).isEqualTo(5 + 0.25 * 6);
    assertThat(organization.subtree("boss")).hasSize(n + 1).first().isEqualTo("boss");
    assertThat(organization.isAbove("boss", "m99999")).isTrue();
    assertThat(organization.isAbove("m1", "m2")).isFalse();
  }

  @Property(tries = 60)
  void randomForestsAgreeWithTheReferenceOfSectionThree(
      @ForAll @IntRange(min = 1, max = 300) int managerCount,
      @ForAll @IntRange(min = 1, max = 400) int teamCount,
      @ForAll @DoubleRange(max = 1) double chainBias,
      @ForAll long seed) {
    Random random = new Random(seed);
    Organization organization = randomForest(managerCount, teamCount, chainBias, random);
    Reference reference = new Reference(organization);
    for (Manager manager : organization.managers()) {
      String id = manager.id();
      Map<String, Double> expected = reference.weights(id);
      assertThat(organization.weights(id)).as("weights(%s)", id).containsExactlyEntriesOf(expected);
      double sum = 0;
      for (Map.Entry<String, Double> entry : expected.entrySet()) {
        sum += entry.getValue() * organization.team(entry.getKey()).orElseThrow().output();
      }
      assertThat(organization.outputPerWeek(id))
          .as("outputPerWeek(%s)", id)
          .isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, sum)));
      assertThat(organization.subtree(id)).containsExactlyElementsOf(reference.subtree(id));
      for (int k = 0; k < 20; k++) {
        String team = organization.teams().get(random.nextInt(teamCount)).id();
        assertThat(organization.weight(id, team))
            .as("weight(%s, %s)", id, team)
            .isEqualTo(expected.getOrDefault(team, 0.0));
        String other = organization.managers().get(random.nextInt(managerCount)).id();
        assertThat(organization.isAbove(id, other))
            .as("isAbove(%s, %s)", id, other)
            .isEqualTo(!id.equals(other) && reference.subtree(id).contains(other));
      }
    }
  }

  /**
   * A random forest: manager i reports to i - 1 with probability {@code chainBias}, else to a
   * random earlier manager or to nobody; managers are listed in random order; every team has an
   * owner or not, and each manager influences a few teams they do not own.
   */
  static Organization randomForest(int managerCount, int teamCount, double chainBias, Random r) {
    List<List<String>> reports = new ArrayList<>();
    for (int i = 0; i < managerCount; i++) {
      reports.add(new ArrayList<>());
    }
    for (int i = 1; i < managerCount; i++) {
      int boss = r.nextDouble() < chainBias ? i - 1 : r.nextInt(i + 1) - 1;
      if (boss >= 0) {
        reports.get(boss).add("m" + i);
      }
    }
    List<Team> teams = new ArrayList<>();
    int[] owner = new int[teamCount];
    for (int t = 0; t < teamCount; t++) {
      teams.add(Team.of("t" + t, r.nextInt(4) == 0 ? 0 : r.nextInt(1000) / 8.0));
      owner[t] = r.nextInt(managerCount + 1) - 1;
    }
    List<Manager> managers = new ArrayList<>();
    for (int i = 0; i < managerCount; i++) {
      Manager.Builder manager = Manager.builder().id("m" + i).reports(reports.get(i));
      for (int t = 0; t < teamCount; t++) {
        if (owner[t] == i) {
          manager.owns("t" + t);
        }
      }
      Map<String, Double> influences = new LinkedHashMap<>();
      for (int k = r.nextInt(4); k > 0; k--) {
        int t = r.nextInt(teamCount);
        if (owner[t] != i) {
          influences.put("t" + t, (1 + r.nextInt(8)) / 8.0);
        }
      }
      managers.add(manager.influences(influences).build());
    }
    Collections.shuffle(managers, r);
    return Organization.builder().teams(teams).managers(managers).build();
  }

  /** §3 as written, with maps: each manager's subtree and the weights over it. */
  static final class Reference {
    private final Organization organization;
    private final Map<String, Manager> byId = new HashMap<>();

    Reference(Organization organization) {
      this.organization = organization;
      organization.managers().forEach(m -> byId.put(m.id(), m));
    }

    /** The manager, then everyone below, each before their reports, reports in listed order. */
    List<String> subtree(String manager) {
      List<String> order = new ArrayList<>();
      Deque<String> stack = new ArrayDeque<>(List.of(manager));
      while (!stack.isEmpty()) {
        String id = stack.pop();
        order.add(id);
        List<String> reports = new ArrayList<>(byId.get(id).reports());
        Collections.reverse(reports);
        reports.forEach(stack::push);
      }
      return order;
    }

    /** Weight 1 for teams owned in the subtree, else the strongest influence; teams in order. */
    Map<String, Double> weights(String manager) {
      Map<String, Double> strongest = new HashMap<>();
      for (String id : subtree(manager)) {
        Manager m = byId.get(id);
        m.owns().forEach(team -> strongest.put(team, 1.0));
        m.influences().forEach((team, weight) -> strongest.merge(team, weight, Math::max));
      }
      Map<String, Double> weights = new LinkedHashMap<>();
      for (Team team : organization.teams()) {
        if (strongest.containsKey(team.id())) {
          weights.put(team.id(), strongest.get(team.id()));
        }
      }
      return weights;
    }
  }
}
