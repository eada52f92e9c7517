package dev.leverage.organization;

import static dev.leverage.Tolerance.assertNear;
import static dev.leverage.organization.OrganizationEdits.withInfluence;
import static dev.leverage.organization.OrganizationEdits.withTeamOutput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leverage.InvalidModelException;
import dev.leverage.LeverageDomain;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/** The laws of weights and output rates, MODEL.md §3. */
@Domain(LeverageDomain.class)
@Domain(DomainContext.Global.class)
class OrganizationProperties {

  @Property(tries = 200)
  void aTeamsOwnerIsTheOneManagerWhoseOwnsListsIt(@ForAll Organization organization) {
    for (String team : organization.teamIds()) {
      List<String> owners =
          organization.managers().stream()
              .filter(m -> m.owns().contains(team))
              .map(Manager::id)
              .toList();
      assertThat(organization.owner(team).stream().toList()).isEqualTo(owners);
    }
  }

  @Property(tries = 200)
  void everyWeightLiesBetweenZeroAndOne(@ForAll Organization organization) {
    for (String manager : organization.managerIds()) {
      for (String team : organization.teamIds()) {
        assertThat(organization.weight(manager, team)).isBetween(0.0, 1.0);
      }
    }
  }

  @Property(tries = 200)
  void weightIsOneForTeamsOwnedInTheSubtreeElseTheStrongestInfluenceInTheSubtree(
      @ForAll Organization organization) {
    for (String manager : organization.managerIds()) {
      for (String team : organization.teamIds()) {
        assertThat(organization.weight(manager, team))
            .as("weight(%s, %s)", manager, team)
            .isEqualTo(referenceWeight(organization, manager, team));
      }
    }
  }

  @Property(tries = 200)
  void weightsListExactlyTheTeamsWithAWeightAboveZero(@ForAll Organization organization) {
    for (String manager : organization.managerIds()) {
      Map<String, Double> expected = new LinkedHashMap<>();
      for (String team : organization.teamIds()) {
        double weight = referenceWeight(organization, manager, team);
        if (weight > 0) {
          expected.put(team, weight);
        }
      }
      assertThat(organization.weights(manager)).containsExactlyEntriesOf(expected);
    }
  }

  @Property(tries = 200)
  void theSubtreeIsTheManagerAndEveryoneReachedThroughReports(@ForAll Organization organization) {
    for (String manager : organization.managerIds()) {
      assertThat(organization.subtree(manager))
          .containsExactlyInAnyOrderElementsOf(referenceSubtree(organization, manager));
      assertThat(organization.subtree(manager)).first().isEqualTo(manager);
    }
  }

  @Property(tries = 200)
  void theOutputRateIsTheWeightedSumOfTeamOutputs(@ForAll Organization organization) {
    for (String manager : organization.managerIds()) {
      double expected = 0;
      double magnitude = 0;
      for (Team team : organization.teams()) {
        expected += referenceWeight(organization, manager, team.id()) * team.output();
        magnitude += team.output();
      }
      assertNear(organization.outputPerWeek(manager), expected, magnitude);
    }
  }

  @Property(tries = 200)
  void aManagersOutputRateIsAtLeastThatOfAnyManagerInTheirSubtree(
      @ForAll Organization organization) {
    for (String manager : organization.managerIds()) {
      for (String report : referenceSubtree(organization, manager)) {
        assertThat(organization.outputPerWeek(manager))
            .as("output of %s against %s in their subtree", manager, report)
            .isGreaterThanOrEqualTo(organization.outputPerWeek(report));
      }
    }
  }

  @Property(tries = 200)
  void raisingATeamsOutputNeverLowersAnyManagersOutputRate(
      @ForAll Organization organization,
      @ForAll @IntRange(max = 1_000) int pick,
      @ForAll @DoubleRange(max = 1_000) double raise) {
    Team team = organization.teams().get(pick % organization.teams().size());
    Organization raised = withTeamOutput(organization, team.id(), team.output() + raise);
    for (String manager : organization.managerIds()) {
      assertThat(raised.outputPerWeek(manager))
          .as("output of %s", manager)
          .isGreaterThanOrEqualTo(organization.outputPerWeek(manager));
    }
  }

  @Property(tries = 200)
  void raisingAnInfluenceWeightNeverLowersAnyManagersOutputRate(
      @ForAll Organization organization,
      @ForAll @IntRange(max = 1_000) int pickManager,
      @ForAll @IntRange(max = 1_000) int pickTeam,
      @ForAll @DoubleRange(min = 0, minIncluded = false, max = 1) double weight) {
    Manager manager = organization.managers().get(pickManager % organization.managers().size());
    List<String> notOwned =
        organization.teamIds().stream().filter(t -> !manager.owns().contains(t)).toList();
    Assume.that(!notOwned.isEmpty());
    String team = notOwned.get(pickTeam % notOwned.size());
    double raised = Math.max(weight, manager.influences().getOrDefault(team, 0.0));
    Organization stronger = withInfluence(organization, manager.id(), team, raised);
    for (String id : organization.managerIds()) {
      assertThat(stronger.outputPerWeek(id))
          .as("output of %s", id)
          .isGreaterThanOrEqualTo(organization.outputPerWeek(id));
    }
  }

  @Property(tries = 200)
  void scalingEveryTeamsOutputScalesEveryManagersOutputRate(
      @ForAll Organization organization, @ForAll @DoubleRange(max = 10) double factor) {
    Organization scaled = organization;
    for (Team team : organization.teams()) {
      scaled = withTeamOutput(scaled, team.id(), team.output() * factor);
    }
    for (String manager : organization.managerIds()) {
      double rate = organization.outputPerWeek(manager);
      assertNear(scaled.outputPerWeek(manager), factor * rate, factor * rate);
    }
  }

  @Property(tries = 200)
  void closingAChainOfReportsIntoALoopIsReportedAsACycleNamingItsManagers(
      @ForAll Organization organization, @ForAll @IntRange(max = 1_000) int pick) {
    List<String> reporting =
        organization.managerIds().stream().filter(m -> organization.boss(m).isPresent()).toList();
    Assume.that(!reporting.isEmpty());
    String manager = reporting.get(pick % reporting.size());
    List<String> chain = new ArrayList<>(List.of(manager));
    for (String boss = manager; organization.boss(boss).isPresent(); ) {
      boss = organization.boss(boss).get();
      chain.add(boss);
    }
    String root = chain.get(chain.size() - 1);
    List<Manager> looped =
        organization.managers().stream()
            .map(m -> m.id().equals(manager) ? m.toBuilder().reports(root).build() : m)
            .toList();

    assertThatThrownBy(
            () -> Organization.builder().teams(organization.teams()).managers(looped).build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              assertThat(e.problems().get(0).message())
                  .startsWith("reports form a cycle ")
                  .contains(chain.stream().map(id -> id + " -> ").toList());
            });
  }

  /** weight(M, t) as MODEL.md §3 states it, walking M's report subtree. */
  static double referenceWeight(Organization organization, String manager, String team) {
    List<Manager> subtree =
        referenceSubtree(organization, manager).stream()
            .map(id -> managerNamed(organization, id))
            .toList();
    if (subtree.stream().anyMatch(m -> m.owns().contains(team))) {
      return 1;
    }
    return subtree.stream()
        .mapToDouble(m -> m.influences().getOrDefault(team, 0.0))
        .max()
        .orElse(0);
  }

  /** {@code manager} and every manager reached from them through {@code reports}. */
  static Set<String> referenceSubtree(Organization organization, String manager) {
    Set<String> reached = new LinkedHashSet<>();
    Deque<String> toVisit = new ArrayDeque<>(List.of(manager));
    while (!toVisit.isEmpty()) {
      String id = toVisit.pop();
      if (reached.add(id)) {
        toVisit.addAll(managerNamed(organization, id).reports());
      }
    }
    return reached;
  }

  private static Manager managerNamed(Organization organization, String id) {
    return organization.managers().stream()
        .filter(m -> m.id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
