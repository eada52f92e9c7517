package dev.leverage.simulation;

import dev.leverage.WorkedExample;
import dev.leverage.activity.Activity;
import dev.leverage.activity.Effect;
import dev.leverage.scenario.Scenario;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.CalendarTime;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A scenario of many uncertain activities of alice's (an uncertain time and two uncertain uplifts
 * each), and a program that simulates it and prints what it found, for tests in a small heap.
 */
final class ManyActivities {
  private ManyActivities() {}

  static Scenario scenario(int count) {
    List<Activity> activities = new ArrayList<>();
    String[] teams = {"checkout", "payments", "search"};
    for (int i = 0; i < count; i++) {
      double hours = 1 + i % 7;
      double uplift = 0.01 + (i % 13) * 0.005;
      activities.add(
          Activity.builder()
              .id(String.format(Locale.ROOT, "a%05d", i))
              .by("alice")
              .time(Effort.ofHours(hours), Effort.ofHours(hours * 1.5), Effort.ofHours(hours * 3))
              .effects(
                  Effect.builder()
                      .team(teams[i % 3])
                      .uplift(Estimate.of(0, uplift, 3 * uplift))
                      .build())
              .effects(
                  Effect.builder()
                      .team(teams[(i + 1) % 3])
                      .uplift(Estimate.of(-uplift / 2, uplift / 2, uplift))
                      .lasts(CalendarTime.ofWeeks(4))
                      .build())
              .build());
    }
    return Scenario.builder()
        .horizon(CalendarTime.ofWeeks(12))
        .organization(WorkedExample.organization())
        .activities(activities)
        .build();
  }

  /** Simulates {@code args[0]} activities × {@code args[1]} samples and prints a digest. */
  public static void main(String[] args) {
    int activities = Integer.parseInt(args[0]);
    int samples = Integer.parseInt(args[1]);
    SimulationResult result =
        Simulation.builder().samples(samples).seed(7).threads(2).build().run(scenario(activities));
    double best = 0;
    double p50 = 0;
    for (SimulatedActivity a : result.activities()) {
      best += a.probabilityBest();
      p50 += a.leverage().p50();
    }
    System.out.printf(
        Locale.ROOT,
        "%d activities, %d samples, P(best) sums to %.6f, p50 sum %.6f, max heap %d MB%n",
        result.activities().size(),
        result.samples(),
        best,
        p50,
        Runtime.getRuntime().maxMemory() >> 20);
  }
}
