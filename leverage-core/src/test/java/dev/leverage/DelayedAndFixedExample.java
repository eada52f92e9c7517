package dev.leverage;

import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityKind;
import dev.leverage.activity.Commitment;
import dev.leverage.activity.Effect;
import dev.leverage.scenario.Scenario;
import dev.leverage.unit.CalendarTime;
import dev.leverage.unit.Effort;

/**
 * The worked example of MODEL.md §9 with a delayed hire, a weekly one-to-one and a committed
 * review: alice (budget 40h) owns checkout (100) and influences payments (0.5 of 80).
 */
public final class DelayedAndFixedExample {
  private DelayedAndFixedExample() {}

  /**
   * hire (4h): checkout +0.10 from week 5 ({@code starts: 4w}): 100 · 0.10 · 8 = 80. one-to-ones
   * (weekly, 5h): checkout +0.02 = 24. review (once, 2h, requires one-to-ones): payments +0.05 =
   * 24. write-vision and groom-backlog as in §9 (144 and 6).
   */
  public static Scenario scenario() {
    return Scenario.builder()
        .horizon(CalendarTime.ofWeeks(12))
        .organization(WorkedExample.organization())
        .activities(
            WorkedExample.writeVision(),
            WorkedExample.groomBacklog(),
            Activity.builder()
                .id("hire")
                .by("alice")
                .time(Effort.ofHours(4))
                .effects(
                    Effect.builder()
                        .team("checkout")
                        .uplift(0.10)
                        .starts(CalendarTime.ofWeeks(4))
                        .build())
                .build(),
            Activity.builder()
                .id("one-to-ones")
                .by("alice")
                .kind(ActivityKind.COACHING)
                .fixed(Commitment.WEEKLY)
                .time(Effort.ofHours(5))
                .effects(Effect.on("checkout", 0.02))
                .build(),
            Activity.builder()
                .id("review")
                .by("alice")
                .fixed(Commitment.ONCE)
                .time(Effort.ofHours(2))
                .requires("one-to-ones")
                .effects(Effect.on("payments", 0.05))
                .build())
        .build();
  }
}
