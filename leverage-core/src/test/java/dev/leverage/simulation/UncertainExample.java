package dev.leverage.simulation;

import dev.leverage.WorkedExample;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityKind;
import dev.leverage.activity.Effect;
import dev.leverage.scenario.Scenario;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.CalendarTime;
import dev.leverage.unit.Effort;

/**
 * The worked example of MODEL.md §9 with three-point estimates: alice's organization and three
 * activities whose leverage distributions overlap.
 */
final class UncertainExample {
  private UncertainExample() {}

  /** write-vision, groom-backlog and fix-search, with uncertain uplifts and times. */
  static Scenario scenario() {
    return Scenario.builder()
        .horizon(CalendarTime.ofWeeks(12))
        .organization(WorkedExample.organization())
        .activities(writeVision(), groomBacklog(), fixSearch())
        .build();
  }

  /** Time {4h, 6h, 10h}; checkout uplift {0.05, 0.10, 0.20} for 12w; payments uplift 0.05. */
  static Activity writeVision() {
    return Activity.builder()
        .id("write-vision")
        .by("alice")
        .kind(ActivityKind.FOUNDATION)
        .time(Effort.ofHours(4), Effort.ofHours(6), Effort.ofHours(10))
        .effects(
            Effect.builder()
                .team("checkout")
                .uplift(Estimate.of(0.05, 0.10, 0.20))
                .lasts(CalendarTime.ofWeeks(12))
                .build())
        .effects(Effect.on("payments", 0.05))
        .build();
  }

  /** Time 3h; checkout uplift {0, 0.03, 0.05} for 2w. */
  static Activity groomBacklog() {
    return Activity.builder()
        .id("groom-backlog")
        .by("alice")
        .kind(ActivityKind.OPTIMIZATION)
        .time(Effort.ofHours(3))
        .effects(
            Effect.builder()
                .team("checkout")
                .uplift(Estimate.of(0, 0.03, 0.05))
                .lasts(CalendarTime.ofWeeks(2))
                .build())
        .build();
  }

  /** Time {2h, 4h, 8h}; search uplift {0.2, 0.6, 1.5} decaying with a 4w half-life. */
  static Activity fixSearch() {
    return Activity.builder()
        .id("fix-search")
        .by("alice")
        .time(Effort.ofHours(2), Effort.ofHours(4), Effort.ofHours(8))
        .effects(
            Effect.builder()
                .team("search")
                .uplift(Estimate.of(0.2, 0.6, 1.5))
                .halfLife(CalendarTime.ofWeeks(4))
                .build())
        .build();
  }
}
