package dev.leverage.priorities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leverage.coaching.Characteristic;
import dev.leverage.coaching.Coaching;
import dev.leverage.coaching.CoachingCandidate;
import dev.leverage.coaching.ProductManager;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Each PM's candidates and first priority, found in one pass, against a filter per PM. */
class CoachingPrioritiesAtScaleTest {

  @Property(tries = 50)
  void firstPrioritiesAndEachPmsCandidatesMatchAFilterOverTheRanking(
      @ForAll @IntRange(min = 1, max = 60) int pmCount, @ForAll long seed) {
    Scenario scenario = coachingScenario(pmCount, new Random(seed));
    CoachingPriorities priorities = CoachingPriorities.of(scenario);

    Map<String, CoachingCandidate> expectedFirst = new LinkedHashMap<>();
    for (ProductManager pm : scenario.productManagers()) {
      List<CoachingCandidate> ofPm =
          priorities.candidates().stream().filter(c -> c.productManager().equals(pm.id())).toList();
      assertThat(priorities.candidatesOf(pm.id())).containsExactlyElementsOf(ofPm);
      ofPm.stream()
          .filter(CoachingCandidate::isFirstStep)
          .findFirst()
          .ifPresent(c -> expectedFirst.put(pm.id(), c));
      assertThat(priorities.firstPriority(pm.id()))
          .isEqualTo(java.util.Optional.ofNullable(expectedFirst.get(pm.id())));
    }
    assertThat(priorities.firstPriorities()).containsExactlyEntriesOf(expectedFirst);
    for (CoachingCandidate candidate : priorities.candidates()) {
      assertThat(priorities.ranked(candidate).activity()).isEqualTo(candidate.activity());
    }
  }

  /** A coach above {@code pmCount} PMs, each owning a team, with random levels and targets. */
  static Scenario coachingScenario(int pmCount, Random random) {
    List<Team> teams = new ArrayList<>();
    List<Manager> managers = new ArrayList<>();
    List<ProductManager> pms = new ArrayList<>();
    Manager.Builder coach = Manager.builder().id("coach");
    for (int i = 0; i < pmCount; i++) {
      String id = "pm" + i;
      teams.add(Team.of("team" + i, 10 + random.nextInt(5) * 10));
      managers.add(Manager.owning(id, "team" + i));
      coach.reports(id);
      ProductManager.Builder pm = ProductManager.builder().id(id);
      for (Characteristic characteristic : Characteristic.values()) {
        pm.skill(characteristic, 1 + random.nextInt(5));
        if (random.nextInt(4) == 0) {
          pm.target(characteristic, 1 + random.nextInt(5));
        }
      }
      pms.add(pm.build());
    }
    managers.add(coach.build());
    return Scenario.builder()
        .organization(Organization.builder().teams(teams).managers(managers).build())
        .productManagers(pms)
        .coaching(Coaching.by("coach"))
        .build();
  }
}
