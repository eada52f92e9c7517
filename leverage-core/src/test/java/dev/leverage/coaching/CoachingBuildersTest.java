package dev.leverage.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.activity.Activity;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.uncertainty.EffortEstimate;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.Effort;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The coaching setup and product managers as built through their builders (§8). */
class CoachingBuildersTest {
  private static Map<Characteristic, Integer> allAt(int level) {
    Map<Characteristic, Integer> skills = new EnumMap<>(Characteristic.class);
    for (Characteristic c : Characteristic.values()) {
      skills.put(c, level);
    }
    return skills;
  }

  @Test
  void aSetupHasTheDefaultsOfSectionEight() {
    Coaching coaching = Coaching.by("carol");

    assertThat(coaching.elasticity()).isEqualTo(Estimate.of(0.03));
    assertThat(coaching.hoursPerLevel()).isEqualTo(EffortEstimate.of(Effort.ofHours(6)));
    assertThat(coaching.importance()).isEmpty();
  }

  @Test
  void replacingImportanceDropsWhatWasSetBefore() {
    Coaching coaching =
        Coaching.builder()
            .coach("carol")
            .importance(Characteristic.EMPATHY, 2)
            .replaceImportance(Map.of(Characteristic.BUSINESS, 1.5))
            .build();

    assertThat(coaching.importance()).containsExactly(Map.entry(Characteristic.BUSINESS, 1.5));
  }

  @Test
  void hoursPerLevelUpToTenMillionAreAccepted() {
    Coaching coaching =
        Coaching.builder().coach("carol").hoursPerLevel(Effort.ofHours(Activity.MAX_HOURS)).build();
    assertThat(coaching.hoursPerLevel().hours().high()).isEqualTo(Activity.MAX_HOURS);
    assertThatThrownBy(
            () ->
                Coaching.builder()
                    .coach("carol")
                    .hoursPerLevel(Effort.ofHours(Activity.MAX_HOURS + 1))
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("hoursPerLevel");
  }

  @Test
  void aCoachWithABadIdIsRefusedAtCoach() {
    assertThatThrownBy(() -> Coaching.by("no good"))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("coach"));
  }

  @Test
  void skillsAndTargetsAreAddedOrReplacedAsMaps() {
    ProductManager pm =
        ProductManager.builder()
            .id("bob")
            .skill(Characteristic.EMPATHY, 1)
            .skills(allAt(3))
            .target(Characteristic.CURIOSITY, 2)
            .targets(Map.of(Characteristic.BUSINESS, 5))
            .build();

    assertThat(pm.level(Characteristic.EMPATHY)).isEqualTo(3);
    assertThat(pm.target(Characteristic.BUSINESS)).isEqualTo(5);
    assertThat(pm.target(Characteristic.CURIOSITY)).isEqualTo(2);
    assertThat(pm.target(Characteristic.EMPATHY)).isEqualTo(ProductManager.DEFAULT_TARGET);

    ProductManager replaced =
        pm.toBuilder()
            .replaceSkills(allAt(2))
            .replaceTargets(Map.of(Characteristic.EMPATHY, 3))
            .build();
    assertThat(replaced.skills()).isEqualTo(allAt(2));
    assertThat(replaced.targets()).containsExactly(Map.entry(Characteristic.EMPATHY, 3));
  }

  @Test
  void aProductManagerWithABadIdIsRefusedAtId() {
    assertThatThrownBy(() -> ProductManager.builder().id("-bob").skills(allAt(3)).build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("id"));
  }

  @Test
  void stepsNameTheirLevelsAndOnlyTheFirstRequiresNothing() {
    Organization organization =
        Organization.builder()
            .teams(Team.of("checkout", 100))
            .managers(
                Manager.builder().id("carol").reports("bob").build(),
                Manager.owning("bob", "checkout"))
            .build();
    ProductManager bob =
        ProductManager.builder()
            .id("bob")
            .skills(allAt(4))
            .skill(Characteristic.EMPATHY, 2)
            .build();

    List<CoachingCandidate> steps = Coaching.by("carol").candidates(organization, List.of(bob));

    assertThat(steps)
        .extracting(CoachingCandidate::id)
        .containsExactly("coach-bob-empathy-3", "coach-bob-empathy-4");
    assertThat(steps).extracting(CoachingCandidate::toLevel).containsExactly(3, 4);
    assertThat(steps).extracting(CoachingCandidate::isFirstStep).containsExactly(true, false);
    assertThat(Characteristic.TIME_MANAGEMENT).hasToString("timeManagement");
  }

  @Test
  void aProductManagerWhoIsNoManagerIsRefusedAtTheirIndex() {
    Organization organization =
        Organization.builder().teams(Team.of("t", 1)).managers(Manager.owning("carol")).build();
    ProductManager bob = ProductManager.builder().id("bob").skills(allAt(3)).build();

    assertThatThrownBy(() -> Coaching.by("carol").candidates(organization, List.of(bob, bob)))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactly("productManagers[0].id", "productManagers[1].id"));
  }
}
