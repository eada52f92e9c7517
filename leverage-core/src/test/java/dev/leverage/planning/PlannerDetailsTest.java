package dev.leverage.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.unit.Effort;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the planner promises beside its plans: its settings, its memory, its texts. */
class PlannerDetailsTest {

  @Test
  void theDefaultsAreTheDocumentedOnesAndClearBudgetRestoresThem() {
    Planner planner = Planner.builder().build();
    assertThat(planner.foundationFirst()).isFalse();
    assertThat(planner.maxSearchNodes()).isEqualTo(Planner.DEFAULT_MAX_SEARCH_NODES);
    assertThat(planner.maxTableCells()).isEqualTo(Planner.DEFAULT_MAX_TABLE_CELLS);
    assertThat(planner.budget()).isEmpty();
    assertThat(Planner.builder().budget(Effort.ofHours(6)).clearBudget().build().budget())
        .isEmpty();
    assertThat(Planner.builder().foundationFirst(true).build().foundationFirst()).isTrue();
  }

  @Test
  void memoryIsThreeTablesAFewHundredBytesACandidateAndTheAncestorTableOfADag() {
    Planner planner = Planner.builder().maxTableCells(8_000).build();
    // 3 tables of 8,000 bits = 3,000 bytes; 400 bytes a candidate; n² bits of ancestors.
    assertThat(planner.memoryBytes(0)).isEqualTo(3_000);
    assertThat(planner.memoryBytes(-5)).isEqualTo(3_000);
    assertThat(planner.memoryBytes(100)).isEqualTo(3_000 + 40_000 + 1_250);
    assertThat(planner.memoryBytes(Candidates.MAX_ANCESTOR_TABLE))
        .isEqualTo(3_000 + 400L * 8192 + 8192L * 8192 / 8);
    // Past the table, ancestors are walked on demand: no n² term.
    assertThat(planner.memoryBytes(Candidates.MAX_ANCESTOR_TABLE + 1))
        .isEqualTo(3_000 + 400L * 8193);
  }

  @Test
  void pastTheAncestorTableRequirementsAreWalkedOnDemandAndAgreeWithAWalkOverIds() {
    // 9,000 activities: each requires the one before it and the one at half its number.
    int n = Candidates.MAX_ANCESTOR_TABLE + 808;
    List<ActivityOutput> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Activity.Builder activity =
          Activity.builder().id(id(i)).by("m").time(Effort.ofMinutes(1 + i % 7));
      if (i > 0) {
        activity.requires(id(i - 1));
      }
      if (i > 3) {
        activity.requires(id(i / 2));
      }
      Activity built = activity.build();
      items.add(new ActivityOutput(built, built.hours(), i % 5, List.of()));
    }

    Candidates candidates = Candidates.of(items);

    assertThat(candidates.independent).isFalse();
    assertThat(candidates.forest).isFalse();
    for (int i : new int[] {0, 1, 4, 5, 17, 1000, n - 1}) {
      int at = candidates.index.get(id(i));
      // The requirements of activity i by id: all of 0 .. i-1, since i requires i - 1.
      BitSet expected = new BitSet(n);
      long minutes = 1 + i % 7;
      Deque<Integer> stack = new ArrayDeque<>();
      boolean[] seen = new boolean[n];
      stack.push(i);
      while (!stack.isEmpty()) {
        int k = stack.pop();
        for (int r : k > 3 ? new int[] {k - 1, k / 2} : k > 0 ? new int[] {k - 1} : new int[0]) {
          if (!seen[r]) {
            seen[r] = true;
            expected.set(candidates.index.get(id(r)));
            minutes += 1 + r % 7;
            stack.push(r);
          }
        }
      }
      assertThat(candidates.ancestorsOf(at)).as("activity %d", i).isEqualTo(expected);
      assertThat(candidates.closureMinutes[at]).as("activity %d", i).isEqualTo(minutes);
    }
  }

  @Test
  void aProblemAndAFrontierSayWhatTheyHold() {
    ScheduleProblem problem =
        ScheduleProblem.of(
            new int[] {60, 90},
            new int[] {300, 240},
            new double[][] {{5, 4}, {3, 2}},
            new boolean[] {true, false},
            new int[][] {{}, {0}});
    assertThat(problem)
        .hasToString("capacity [300, 240]; 0*: 60m [5.0, 4.0]; 1: 90m [3.0, 2.0] requires [0]");

    Frontier exact = Frontier.of(new long[] {0, 60}, new double[] {0, 5}, 120, false, true, 0);
    assertThat(exact).hasToString("Frontier{steps=2, budget=2h, exact}");
    assertThat(exact.foundationFirst()).isFalse();
    Frontier rough = Frontier.of(new long[] {0, 60}, new double[] {0, 5}, 120, true, false, 1.5);
    assertThat(rough).hasToString("Frontier{steps=2, budget=2h, foundation first, gap=1.5}");
    assertThat(rough.foundationFirst()).isTrue();
  }

  @Test
  void eachPlannedAndScheduledActivitySaysItsHoursAndEachReasonItsKey() {
    // 6h and 1h30m of work in an 8h week: both fit, in order of leverage.
    List<ActivityOutput> candidates =
        List.of(candidate("vision", 360, 144), candidate("backlog", 90, 6));
    Plan plan = Planner.builder().budget(Effort.ofHours(8)).build().plan("m", candidates);
    assertThat(plan.activities()).extracting(PlannedActivity::hours).containsExactly(6.0, 1.5);
    assertThat(plan.activities())
        .extracting(PlannedActivity::cumulativeHours)
        .containsExactly(6.0, 7.5);

    Plan tight = Planner.builder().budget(Effort.ofHours(1)).build().plan("m", candidates);
    assertThat(tight.leftOut())
        .extracting(left -> left.reason().key())
        .containsExactly("does-not-fit", "does-not-fit");
    assertThat(LeftOut.Reason.REQUIREMENT_LEFT_OUT.key()).isEqualTo("requirement-left-out");
    assertThat(LeftOut.Reason.WORTH_LESS.key()).isEqualTo("worth-less");
  }

  @Test
  void aScheduledActivitySaysItsHours() {
    Schedule.ScheduledActivity scheduled =
        new Schedule.ScheduledActivity(candidate("vision", 90, 10), 90, 10);
    assertThat(scheduled.hours()).isEqualTo(1.5);
    assertThat(scheduled.id()).isEqualTo("vision");
  }

  private static ActivityOutput candidate(String id, int minutes, double output) {
    Activity activity = Activity.builder().id(id).by("m").time(Effort.ofMinutes(minutes)).build();
    return new ActivityOutput(activity, activity.hours(), output, List.of());
  }

  private static String id(int i) {
    return "a" + i;
  }
}
