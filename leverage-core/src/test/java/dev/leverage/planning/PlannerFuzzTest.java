package dev.leverage.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityKind;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the planner with small random instances (up to 10 candidates, any requirement DAG,
 * foundation flags, outputs of either sign, any budget) against the brute-force reference. The law
 * (MODEL.md §7): an exact plan within the budget, closed under requires, whose output (foundation
 * output first in that mode) is the best of every closed set that fits.
 */
class PlannerFuzzTest {
  private static final double EPSILON = 1e-6;

  @FuzzTest(maxDuration = "60s")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void planner(FuzzedDataProvider data) {
    int n = data.consumeInt(1, 10);
    List<ActivityOutput> candidates = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Activity.Builder activity =
          Activity.builder()
              .id(String.format("a%02d", i))
              .by(Instance.MANAGER)
              .kind(data.consumeBoolean() ? ActivityKind.FOUNDATION : ActivityKind.OTHER)
              .time(Effort.ofMinutes(data.consumeInt(1, 24 * 60)));
      int requires = i == 0 ? 0 : data.consumeInt(0, (1 << Math.min(i, 10)) - 1);
      for (int r = 0; r < i; r++) {
        if ((requires & 1 << r) != 0) {
          activity.requires(String.format("a%02d", r));
        }
      }
      Activity built = activity.build();
      double output = data.consumeInt(-1000, 10_000) / 8.0;
      candidates.add(new ActivityOutput(built, built.hours(), output, List.of()));
    }
    long budgetMinutes = data.consumeLong(1, 20L * 60);
    boolean foundationFirst = data.consumeBoolean();
    java.util.Collections.reverse(candidates);

    Plan plan =
        Planner.builder()
            .budget(Effort.ofMinutes(budgetMinutes))
            .foundationFirst(foundationFirst)
            .build()
            .plan(Instance.MANAGER, candidates);

    assertThat(plan.exact()).isTrue();
    assertThat(Math.round(plan.usedHours() * 60)).isLessThanOrEqualTo(budgetMinutes);
    Set<String> done = new HashSet<>();
    for (PlannedActivity planned : plan.activities()) {
      assertThat(done).containsAll(planned.activity().requires());
      done.add(planned.id());
    }
    BruteForce brute = BruteForce.of(candidates);
    if (foundationFirst) {
      double[] best = brute.foundationFirst(budgetMinutes);
      assertThat(plan.foundationOutput()).isCloseTo(best[1], within(EPSILON));
      assertThat(plan.output()).isCloseTo(best[0], within(EPSILON));
    } else {
      assertThat(plan.output()).isCloseTo(brute.output(budgetMinutes), within(EPSILON));
    }
  }
}
