package dev.leverage.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leverage.InvalidModelException;
import dev.leverage.activity.Activity;
import dev.leverage.activity.Effect;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.unit.CalendarTime;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Activities each within ±1e300 whose outputs together pass it (robustness.md, a plan's total). */
class PlanTotalBoundTest {
  private static Scenario scenario(int count, double largestUplift) {
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      activities.add(
          Activity.builder()
              .id("a" + i)
              .by("m")
              .time(Effort.ofHours(1))
              .effects(
                  Effect.builder()
                      .team("t")
                      .uplift(i == 2 ? largestUplift : 1)
                      .lasts(CalendarTime.ofWeeks(10))
                      .build())
              .build());
    }
    return Scenario.builder()
        .horizon(CalendarTime.ofWeeks(10))
        .organization(
            Organization.builder()
                .teams(Team.of("t", 1e298))
                .managers(Manager.owning("m", "t"))
                .build())
        .activities(activities)
        .build();
  }

  @Test
  void outputsThatTogetherPassTheBoundAreRefusedNamingTheLargestActivity() {
    // each activity: 1e298 × uplift × 10 weeks = 1e299 · uplift; ten of them pass 1e300
    assertThatThrownBy(() -> scenario(10, 1.5))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              assertThat(e.problems().get(0).path()).isEqualTo("teams[0].output");
              assertThat(e.problems().get(0).message())
                  .isEqualTo(
                      "team 't' output 1.0E298 makes the outputs of all activities together (a"
                          + " plan's total) about 1e300 (weight 1 × team 't' output 1.0E298 ×"
                          + " uplift 1.5 × 10 weeks), beyond ±1e300, the largest the model"
                          + " computes with; use a smaller value");
            });
  }

  @Test
  void outputsThatTogetherStayWithinTheBoundAreAccepted() {
    assertThat(scenario(9, 1.5).activities()).hasSize(9); // 9.5e299
  }
}
