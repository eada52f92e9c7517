package dev.leverage.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityKind;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.unit.Effort;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Plans whose budget, depth or size is far past a week's: memory and exactness at scale. */
class PlannerAtScaleTest {

  /**
   * Burkardt's KNAPSACK_01 instance P08 (24 items, capacity 6,404,180, optimum 13,549,094,
   * https://people.sc.fsu.edu/~jburkardt/datasets/knapsack_01/knapsack_01.html).
   */
  private static final int[] P08_WEIGHTS = {
    382745, 799601, 909247, 729069, 467902, 44328, 34610, 698150, 823460, 903959, 853665, 551830,
    610856, 670702, 488960, 951111, 323046, 446298, 931161, 31385, 496951, 264724, 224916, 169684
  };

  private static final int[] P08_PROFITS = {
    825594, 1677009, 1676628, 1523970, 943972, 97426, 69666, 1296457, 1679693, 1902996, 1844992,
    1049289, 1252836, 1319836, 953277, 2067538, 675367, 853655, 1826027, 65731, 901489, 577243,
    466257, 369261
  };

  private static final int[] P08_SOLUTION = {
    1, 1, 0, 1, 1, 1, 0, 0, 0, 1, 1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1
  };

  private static ActivityOutput candidate(
      String id, long minutes, double output, ActivityKind kind, String... needs) {
    Activity activity =
        Activity.builder()
            .id(id)
            .by("m")
            .kind(kind)
            .time(Effort.ofMinutes(minutes))
            .requires(needs)
            .build();
    return new ActivityOutput(activity, activity.hours(), output, List.of());
  }

  private static ActivityOutput candidate(String id, long minutes, double output, String... needs) {
    return candidate(id, minutes, output, ActivityKind.OTHER, needs);
  }

  private static List<ActivityOutput> p08(int scale) {
    List<ActivityOutput> items = new ArrayList<>();
    for (int i = 0; i < P08_WEIGHTS.length; i++) {
      items.add(
          candidate(String.format("p%02d", i + 1), (long) P08_WEIGHTS[i] * scale, P08_PROFITS[i]));
    }
    return items;
  }

  @Test
  void burkardtsP08ScaledByAHundredIsPlannedToItsKnownOptimumWithinA640MillionMinuteBudget() {
    Plan plan = Planner.of(Effort.ofMinutes(640_418_000L)).plan("m", p08(100));
    assertThat(plan.output()).isEqualTo(13_549_094.0);
    assertThat(plan.exact()).isTrue();
    assertThat(plan.gap()).isZero();
    List<String> expected =
        IntStream.range(0, P08_SOLUTION.length)
            .filter(i -> P08_SOLUTION[i] == 1)
            .mapToObj(i -> String.format("p%02d", i + 1))
            .toList();
    assertThat(plan.ids()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(plan.usedHours() * 60).isEqualTo(640_256_000.0);
  }

  @Test
  void burkardtsP08InAForestOfRequirementsAndFoundationFirstIsStillExact() {
    // p02 requires p01: a forest, solved by the Pareto program whatever the budget.
    List<ActivityOutput> items = new ArrayList<>(p08(100));
    items.set(1, candidate("p02", 79_960_100L, P08_PROFITS[1], ActivityKind.FOUNDATION, "p01"));
    Plan plan =
        Planner.builder()
            .budget(Effort.ofMinutes(640_418_000L))
            .foundationFirst(true)
            .build()
            .plan("m", items);
    assertThat(plan.exact()).isTrue();
    assertThat(plan.ids()).contains("p01", "p02");
    assertThat(plan.output()).isEqualTo(13_549_094.0);
  }

  @Test
  void theFrontierOfAHugeBudgetHoldsOnlyItsSteps() {
    Plan plan = Planner.of(Effort.ofHours(100_000_000)).plan("m", p08(100));
    Frontier frontier = plan.frontier();
    assertThat(plan.exact()).isTrue();
    assertThat(plan.ids()).hasSize(24); // everything fits
    assertThat(frontier.exact()).isTrue();
    assertThat(frontier.points().size()).isLessThan(2_000);
    assertThat(frontier.at(Effort.ofMinutes(640_418_000L))).isEqualTo(13_549_094.0);
    assertThat(frontier.at(Effort.ofHours(100_000_000))).isEqualTo(plan.output());
    List<Frontier.Point> points = frontier.points();
    for (int i = 1; i < points.size() - 1; i++) {
      assertThat(points.get(i).output()).isGreaterThan(points.get(i - 1).output());
      assertThat(frontier.at(Effort.ofHours(points.get(i).hours())))
          .isEqualTo(points.get(i).output());
      assertThat(frontier.at(Effort.ofMinutes(Math.round(points.get(i).hours() * 60) - 1)))
          .isEqualTo(points.get(i - 1).output());
    }
  }

  @Test
  void aRequirementDagAtABillionMinutesIsPlannedWithItsFrontierInA64MegabyteHeap()
      throws IOException, InterruptedException {
    // One number per budget minute, as the planner once held, would take 8 GB; four, 32 GB.
    // The forked JVM runs on the class path; the module-path pass (Failsafe) patches the tests into
    // the module, where they are not on any path a child could take: the class-path pass covers it.
    assumeFalse(getClass().getModule().isNamed(), "forked-JVM memory test: class-path pass only");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-cp",
                System.getProperty("java.class.path"),
                HugeBudgets.class.getName(),
                "1000000000")
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(out).isZero();
    assertThat(out).contains("dag at 1000000000 minutes: output ");
  }

  @Test
  void whenEverythingFitsEverythingWorthTakingIsTakenAndThePlanIsExact() {
    Random random = new Random(5);
    List<ActivityOutput> items = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      List<String> needs = new ArrayList<>();
      if (i > 0 && random.nextInt(3) == 0) {
        needs.add(String.format("a%03d", random.nextInt(i)));
      }
      if (i > 1 && random.nextInt(4) == 0) {
        needs.add(String.format("a%03d", random.nextInt(i)));
      }
      items.add(
          candidate(
              String.format("a%03d", i),
              60 + random.nextInt(10_000),
              1 + random.nextInt(100),
              needs.stream().distinct().toArray(String[]::new)));
    }
    Plan plan = Planner.of(Effort.ofHours(100_000)).plan("m", items);
    assertThat(plan.exact()).isTrue();
    assertThat(plan.gap()).isZero();
    assertThat(plan.ids()).hasSize(200);
    assertThat(plan.leftOut()).isEmpty();
  }

  @Test
  void whenEverythingFitsANegativeRequirementIsTakenOnlyForWhatItIsWorth() {
    List<ActivityOutput> items =
        List.of(
            candidate("setup", 6_000, -10),
            candidate("launch", 6_000, 25, "setup"),
            candidate("costly", 6_000, -30),
            candidate("small", 6_000, 20, "costly"),
            candidate("shared", 6_000, -15),
            candidate("left", 6_000, 10, "shared", "setup"),
            candidate("right", 6_000, 10, "shared"));
    Plan plan = Planner.of(Effort.ofHours(10_000)).plan("m", items);
    assertThat(plan.exact()).isTrue();
    assertThat(plan.ids()).containsExactlyInAnyOrder("setup", "launch", "shared", "left", "right");
    assertThat(plan.output()).isCloseTo(20.0, within(1e-9));
  }

  @Test
  void aSixtyThousandStepChainOfOneMinuteActivitiesIsPlannedExactly() {
    int steps = 60_000;
    List<ActivityOutput> chain = new ArrayList<>();
    for (int i = 0; i < steps; i++) {
      String id = String.format("s%05d", i);
      chain.add(i == 0 ? candidate(id, 1, 1) : candidate(id, 1, 1, String.format("s%05d", i - 1)));
    }
    Plan week = Planner.of(Effort.ofHours(40)).plan("m", chain);
    assertThat(week.exact()).isTrue();
    assertThat(week.activities()).hasSize(2_400);
    assertThat(week.ids().get(0)).isEqualTo("s00000");
    assertThat(week.ids().get(2_399)).isEqualTo("s02399");
    assertThat(week.output()).isEqualTo(2_400.0);
    assertThat(week.frontier().at(Effort.ofMinutes(1_234))).isEqualTo(1_234.0);
    Plan all = Planner.of(Effort.ofHours(1_000)).plan("m", chain);
    assertThat(all.exact()).isTrue();
    assertThat(all.activities()).hasSize(steps);
    assertThat(all.leftOut()).isEmpty();
  }

  @Test
  void aChainWorthSomethingOnlyAtItsEndIsTakenWholeOrNotAtAll() {
    int steps = 60_000;
    List<ActivityOutput> chain = new ArrayList<>();
    for (int i = 0; i < steps; i++) {
      String id = String.format("s%05d", i);
      double output = i == steps - 1 ? 100_000 : -1;
      chain.add(
          i == 0
              ? candidate(id, 1, output)
              : candidate(id, 1, output, String.format("s%05d", i - 1)));
    }
    assertThat(Planner.of(Effort.ofHours(40)).plan("m", chain).ids()).isEmpty();
    Plan whole = Planner.of(Effort.ofHours(1_001)).plan("m", chain);
    assertThat(whole.ids()).hasSize(steps);
    assertThat(whole.output()).isEqualTo(100_000.0 - (steps - 1));
    assertThat(whole.exact()).isTrue();
    Plan almost = Planner.of(Effort.ofMinutes(steps - 1)).plan("m", chain);
    assertThat(almost.ids()).isEmpty();
    assertThat(almost.leftOut().get(steps - 1).reason()).isEqualTo(LeftOut.Reason.DOES_NOT_FIT);
  }

  @Test
  void aGapOfZeroIsReportedAsExact() {
    // Every duration is a multiple of 7 minutes except one that nothing can fit: coarsening by
    // the table limit leaves a gap of 0, which is a proof.
    List<ActivityOutput> items = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      items.add(candidate(String.format("a%02d", i), 60 * (1 + i % 5), 10 + i));
    }
    Plan plan =
        Planner.builder().budget(Effort.ofHours(20)).maxTableCells(40_000).build().plan("m", items);
    assertThat(plan.gap() == 0).isEqualTo(plan.exact());
    Plan exact = Planner.of(Effort.ofHours(20)).plan("m", items);
    assertThat(plan.output()).isCloseTo(exact.output(), within(1e-9));
    assertThat(plan.exact()).isTrue();
  }
}
