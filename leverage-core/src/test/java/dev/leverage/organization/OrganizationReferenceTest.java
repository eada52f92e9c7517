package dev.leverage.organization;

import static dev.leverage.Tolerance.assertNear;
import static dev.leverage.organization.OrganizationProperties.referenceSubtree;
import static dev.leverage.organization.OrganizationProperties.referenceWeight;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deep and wide organizations drawn from fixed seeds, against the slow reference of MODEL.md §3:
 * weights, output rates, subtrees, bosses, owners. Larger than the properties' organizations, so
 * that hash tables grow, roll-ups merge and report chains run many levels deep.
 */
class OrganizationReferenceTest {

  static Stream<Long> seeds() {
    return Stream.of(1L, 2L, 3L, 4L, 5L, 6L);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyFigureAgreesWithTheReference(long seed) {
    Organization organization = randomOrganization(new SplittableRandom(seed));

    for (String manager : organization.managerIds()) {
      Map<String, Double> expected = new LinkedHashMap<>();
      double rate = 0;
      double magnitude = 0;
      for (Team team : organization.teams()) {
        double weight = referenceWeight(organization, manager, team.id());
        assertThat(organization.weight(manager, team.id()))
            .as("weight(%s, %s)", manager, team.id())
            .isEqualTo(weight);
        if (weight > 0) {
          expected.put(team.id(), weight);
        }
        rate += weight * team.output();
        magnitude += team.output();
      }
      assertThat(organization.weights(manager)).containsExactlyEntriesOf(expected);
      assertNear(organization.outputPerWeek(manager), rate, magnitude);
      List<String> subtree = List.copyOf(referenceSubtree(organization, manager));
      assertThat(organization.subtree(manager)).containsExactlyInAnyOrderElementsOf(subtree);
      assertThat(organization.subtree(manager)).hasSize(subtree.size()).first().isEqualTo(manager);
      for (String other : organization.managerIds()) {
        assertThat(organization.isAbove(manager, other))
            .as("isAbove(%s, %s)", manager, other)
            .isEqualTo(!other.equals(manager) && subtree.contains(other));
        assertThat(organization.subtree(manager).contains(other))
            .isEqualTo(subtree.contains(other));
      }
      assertThat(organization.boss(manager)).isEqualTo(referenceBoss(organization, manager));
    }
    for (Team team : organization.teams()) {
      assertThat(organization.owner(team.id())).isEqualTo(referenceOwner(organization, team.id()));
    }
  }

  /**
   * Up to 120 teams and 60 managers: each manager reports to one of the three listed before it
   * (long chains) or to none, owns some teams no one else owns, and influences others.
   */
  static Organization randomOrganization(SplittableRandom random) {
    int teamCount = 20 + random.nextInt(100);
    int managerCount = 5 + random.nextInt(55);
    List<Team> teams = new ArrayList<>();
    for (int t = 0; t < teamCount; t++) {
      double output = random.nextInt(8) == 0 ? 0 : Math.floor(random.nextDouble() * 100_000) / 100;
      teams.add(Team.of("t" + t, output));
    }
    int[] owner = new int[teamCount];
    for (int t = 0; t < teamCount; t++) {
      owner[t] = random.nextInt(4) == 0 ? -1 : random.nextInt(managerCount);
    }
    List<List<String>> reports = new ArrayList<>();
    for (int m = 0; m < managerCount; m++) {
      reports.add(new ArrayList<>());
    }
    for (int m = 1; m < managerCount; m++) {
      if (random.nextInt(6) != 0) {
        int boss = Math.max(0, m - 1 - random.nextInt(3));
        reports.get(boss).add("m" + m);
      }
    }
    double[] weights = {0.1, 0.25, 0.5, 0.75, 1.0, 0.333};
    List<Manager> managers = new ArrayList<>();
    for (int m = 0; m < managerCount; m++) {
      Manager.Builder manager = Manager.builder().id("m" + m).reports(reports.get(m));
      int influences = random.nextInt(8);
      for (int t = 0; t < teamCount; t++) {
        if (owner[t] == m) {
          manager.owns("t" + t);
        }
      }
      Set<Integer> influenced = new HashSet<>();
      for (int i = 0; i < influences; i++) {
        int t = random.nextInt(teamCount);
        if (owner[t] != m && influenced.add(t)) {
          manager.influence("t" + t, weights[random.nextInt(weights.length)]);
        }
      }
      managers.add(manager.build());
    }
    // Listed in a shuffled order: the index must not depend on bosses coming first.
    for (int i = managers.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      managers.set(i, managers.set(j, managers.get(i)));
    }
    return Organization.builder().teams(teams).managers(managers).build();
  }

  private static Optional<String> referenceBoss(Organization organization, String manager) {
    return organization.managers().stream()
        .filter(m -> m.reports().contains(manager))
        .map(Manager::id)
        .findFirst();
  }

  private static Optional<String> referenceOwner(Organization organization, String team) {
    return organization.managers().stream()
        .filter(m -> m.owns().contains(team))
        .map(Manager::id)
        .findFirst();
  }
}
