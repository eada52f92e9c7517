package dev.leverage.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leverage.activity.Activity;
import dev.leverage.activity.Effect;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.scenario.Scenario;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The credit of prerequisites: what each activity that others require makes possible. */
class PrerequisitesTest {
  private static final Organization ORGANIZATION =
      Organization.builder()
          .teams(Team.of("t", 100))
          .managers(Manager.builder().id("m").owns("t").build())
          .build();

  /** An activity of 1h whose output over the 12-week horizon is {@code output}. */
  private static Activity activity(String id, double output, String... requires) {
    Activity.Builder activity =
        Activity.builder().id(id).by("m").time(Effort.ofHours(1)).requires(List.of(requires));
    if (output != 0) {
      activity.effects(Effect.builder().team("t").uplift(output / 1200).build());
    }
    return activity.build();
  }

  private static Prerequisites of(Activity... activities) {
    Scenario scenario =
        Scenario.builder().organization(ORGANIZATION).activities(activities).build();
    return Prerequisites.of(Ranking.of(scenario, ScoringStrategy.leverage()));
  }

  @Test
  void aPrerequisiteWorthNothingUnlocksEveryActivityThatNeedsItEachOnce() {
    // okr-draft needs both roadmap-review and kickoff: a diamond below kickoff.
    Prerequisites credit =
        of(
            activity("kickoff", 0),
            activity("roadmap-review", 60, "kickoff"),
            activity("okr-draft", 36, "kickoff"),
            activity("retro", 10, "roadmap-review"),
            activity("sync", 5, "roadmap-review", "okr-draft"),
            activity("churn", -20, "okr-draft"));

    Prerequisites.Credit kickoff = credit.credit("kickoff").orElseThrow();
    assertThat(kickoff.enables()).containsExactly("roadmap-review", "okr-draft"); // ranking order
    assertThat(kickoff.unlocks()).isEqualTo(5);
    assertThat(kickoff.output()).isCloseTo(60 + 36 + 10 + 5, within(1e-9)); // churn costs output
    assertThat(kickoff.complete()).isTrue();
    assertThat(kickoff.summary())
        .isEqualTo("enables roadmap-review, okr-draft (unlocks 5 activities, +111.00 output)");
    Prerequisites.Credit review = credit.credit("roadmap-review").orElseThrow();
    assertThat(review.enables()).containsExactly("retro", "sync");
    assertThat(review.output()).isCloseTo(15, within(1e-9));
    assertThat(credit.credit("sync")).isEmpty();
    assertThat(credit.credit("unknown")).isEmpty();
  }

  @Test
  void aLongChainIsFollowedOnlySoFarAndSaysItsCreditIsALowerBound() {
    int n = 20_000;
    List<Activity> chain = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      chain.add(i == 0 ? activity("a0", 12) : activity("a" + i, 12, "a" + (i - 1)));
    }

    Prerequisites credit = of(chain.toArray(Activity[]::new));

    Prerequisites.Credit first = credit.credit("a0").orElseThrow();
    assertThat(first.complete()).isFalse();
    assertThat(first.summary())
        .isEqualTo("enables a1 (unlocks at least 100 activities, +1200.00 output)");
    assertThat(first.unlocks()).isEqualTo(Prerequisites.MAX_FOLLOWED);
    assertThat(first.output()).isCloseTo(12.0 * Prerequisites.MAX_FOLLOWED, within(1e-6));
    Prerequisites.Credit last = credit.credit("a" + (n - 2)).orElseThrow();
    assertThat(last.complete()).isTrue();
    assertThat(last.enables()).containsExactly("a" + (n - 1));
    assertThat(last.output()).isCloseTo(12.0, within(1e-9));
  }
}
