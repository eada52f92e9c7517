package dev.leverage;

import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityKind;
import dev.leverage.activity.Effect;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.scenario.Scenario;
import dev.leverage.unit.CalendarTime;
import dev.leverage.unit.Effort;

/** The worked example of MODEL.md §9, built through the public API. */
public final class WorkedExample {
  private WorkedExample() {}

  /** alice owns checkout and influences payments (0.5) and search (0.25). */
  public static Organization organization() {
    return Organization.builder()
        .teams(Team.of("checkout", 100), Team.of("payments", 80), Team.of("search", 60))
        .managers(
            Manager.builder()
                .id("alice")
                .owns("checkout")
                .influence("payments", 0.5)
                .influence("search", 0.25)
                .budget(Effort.ofHours(40))
                .build())
        .build();
  }

  /** write-vision (foundation, 6h) and groom-backlog (optimization, 3h). */
  public static Scenario scenario() {
    return Scenario.builder()
        .horizon(CalendarTime.ofWeeks(12))
        .organization(organization())
        .activities(writeVision(), groomBacklog())
        .build();
  }

  public static Activity writeVision() {
    return Activity.builder()
        .id("write-vision")
        .by("alice")
        .kind(ActivityKind.FOUNDATION)
        .time(Effort.ofHours(6))
        .effects(
            Effect.builder().team("checkout").uplift(0.10).lasts(CalendarTime.ofWeeks(12)).build())
        .effects(Effect.on("payments", 0.05))
        .build();
  }

  public static Activity groomBacklog() {
    return Activity.builder()
        .id("groom-backlog")
        .by("alice")
        .kind(ActivityKind.OPTIMIZATION)
        .time(Effort.ofHours(3))
        .effects(
            Effect.builder().team("checkout").uplift(0.03).lasts(CalendarTime.ofWeeks(2)).build())
        .build();
  }
}
