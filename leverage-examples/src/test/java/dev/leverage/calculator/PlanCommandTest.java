package dev.leverage.calculator;

import static dev.leverage.calculator.ScoreCommandTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanCommandTest {
  @TempDir Path dir;

  private static JsonNode json(CalculatorRun run) throws IOException {
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    return new ObjectMapper().readTree(run.out());
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(node -> ids.add(node.isTextual() ? node.asText() : node.get("id").asText()));
    return ids;
  }

  private static void assertBadInput(CalculatorRun run, String expected) {
    assertThat(run.status()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(expected).doesNotContain("Exception", "\tat ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"worked-example.yaml", "worked-example.json"})
  void planJsonGivesAlicesWeekOfTheWorkedExample(String file) throws IOException {
    JsonNode plan = json(CalculatorRun.of("plan", resource(file), "--format", "json"));

    assertThat(plan.get("manager").asText()).isEqualTo("alice");
    assertThat(plan.get("budgetHours").asDouble()).isEqualTo(40.0);
    assertThat(plan.get("usedHours").asDouble()).isEqualTo(9.0);
    assertThat(plan.get("unusedHours").asDouble()).isEqualTo(31.0);
    assertThat(plan.get("output").asDouble()).isCloseTo(150.0, within(150e-9));
    assertThat(plan.get("foundationFirst").asBoolean()).isFalse();
    assertThat(plan.get("exact").asBoolean()).isTrue();
    assertThat(ids(plan.get("activities"))).containsExactly("write-vision", "groom-backlog");
    assertThat(plan.get("schedule").get(1).get("cumulativeHours").asDouble()).isEqualTo(9.0);
    assertThat(plan.get("leftOut")).isEmpty();
    assertThat(plan.has("frontier")).isFalse();
  }

  @Test
  void twoFiveHourActivitiesBeatTheSixHourOneWithTheHighestLeverage() throws IOException {
    JsonNode plan =
        json(CalculatorRun.of("plan", resource("greedy-fails.yaml"), "--format", "json"));

    assertThat(ids(plan.get("activities"))).containsExactly("quick-a", "quick-b");
    assertThat(plan.get("output").asDouble()).isCloseTo(80.0, within(1e-9));
    assertThat(plan.get("unusedHours").asDouble()).isZero();
    JsonNode left = plan.get("leftOut").get(0);
    assertThat(left.get("id").asText()).isEqualTo("big-bet");
    assertThat(left.get("reason").asText()).isEqualTo("worth-less");
  }

  @Test
  void planTableShowsTheScheduleInExecutionOrderAndWhatWasLeftOutAndWhy() {
    CalculatorRun run = CalculatorRun.of("plan", resource("worked-example.yaml"), "--budget", "8h");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(ScoreCommandTest.lines(run.out()))
        .containsSubsequence(
            "Plan for alice: 8h budget, 6h used, 2h unused; output 144.00",
            "  #  Activity      Kind        Hours  Output  Leverage/h  Cumulative",
            "  1  write-vision  foundation     6h  144.00       24.00          6h",
            "  The best plan within the budget (exact).",
            "Left out",
            "  Activity       Kind          Hours  Output  Reason",
            "  groom-backlog  optimization     3h    6.00  worth less",
            "      needs 3h for 6 but 2h are left, and the planned activities are worth more in that"
                + " time");
  }

  @Test
  void foundationFirstChangesThePlanAndSaysSo() throws IOException {
    Path file = dir.resolve("week.yaml");
    Files.writeString(
        file,
        """
        teams: [{id: product, output: 100}]
        managers: [{id: lee, owns: [product], budget: 8h}]
        horizon: 10w
        activities:
          - {id: vision, kind: foundation, time: 6h, effects: [{team: product, uplift: 0.03}]}
          - {id: backlog, kind: optimization, time: 6h, effects: [{team: product, uplift: 0.09}]}
        """);

    JsonNode plain = json(CalculatorRun.of("plan", file.toString(), "--format", "json"));
    JsonNode first =
        json(CalculatorRun.of("plan", file.toString(), "--foundation-first", "--format", "json"));

    assertThat(ids(plain.get("activities"))).containsExactly("backlog");
    assertThat(ids(first.get("activities"))).containsExactly("vision");
    assertThat(first.get("foundationFirst").asBoolean()).isTrue();
    assertThat(first.get("foundationOutput").asDouble()).isCloseTo(30.0, within(1e-9));
    assertThat(CalculatorRun.of("plan", file.toString(), "--foundation-first").out())
        .contains("Plan for lee, foundation first:", "foundation work comes first");
  }

  @Test
  void frontierGivesTheBudgetsWhereTheBestOutputChanges() throws IOException {
    JsonNode plan =
        json(
            CalculatorRun.of(
                "plan", resource("worked-example.yaml"), "--frontier", "--format", "json"));

    // The steps only: 0, each budget where the best output changes, and the budget.
    JsonNode frontier = plan.get("frontier");
    assertThat(frontier).hasSize(5);
    assertThat(frontier.get(0).get("hours").asDouble()).isZero();
    assertThat(frontier.get(0).get("output").asDouble()).isZero();
    assertThat(frontier.get(1).get("hours").asDouble()).isEqualTo(3.0);
    assertThat(frontier.get(1).get("output").asDouble()).isCloseTo(6.0, within(1e-9));
    assertThat(frontier.get(2).get("hours").asDouble()).isEqualTo(6.0);
    assertThat(frontier.get(2).get("output").asDouble()).isCloseTo(144.0, within(1e-9));
    assertThat(frontier.get(3).get("hours").asDouble()).isEqualTo(9.0);
    assertThat(frontier.get(4).get("hours").asDouble()).isEqualTo(40.0);
    assertThat(frontier.get(4).get("output").asDouble())
        .isCloseTo(plan.get("output").asDouble(), within(1e-9));
  }

  @Test
  void aHundredMillionHourBudgetHasAFrontierOfItsStepsOnly() throws IOException {
    // One point per minute of this budget would be six billion points.
    JsonNode plan =
        json(
            CalculatorRun.of(
                "plan",
                resource("worked-example.yaml"),
                "--budget",
                "100000000h",
                "--frontier",
                "--format",
                "json"));

    assertThat(plan.get("exact").asBoolean()).isTrue();
    assertThat(ids(plan.get("activities"))).containsExactly("write-vision", "groom-backlog");
    JsonNode frontier = plan.get("frontier");
    assertThat(frontier).hasSize(5);
    assertThat(frontier.get(3).get("hours").asDouble()).isEqualTo(9.0);
    assertThat(frontier.get(3).get("output").asDouble()).isCloseTo(150.0, within(1e-9));
    assertThat(frontier.get(4).get("hours").asDouble()).isEqualTo(100_000_000.0);
    assertThat(frontier.get(4).get("output").asDouble()).isCloseTo(150.0, within(1e-9));
  }

  @Test
  void frontierTableListsTheBudgetsWhereTheBestOutputChanges() {
    CalculatorRun run = CalculatorRun.of("plan", resource("worked-example.yaml"), "--frontier");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(ScoreCommandTest.lines(run.out()))
        .containsSubsequence(
            "Best output for each budget: from each budget listed up to the next",
            "  Budget  Output",
            "      0m    0.00",
            "      3h    6.00",
            "      6h  144.00",
            "      9h  150.00",
            "     40h  150.00");
  }

  /** Burkardt's knapsack P08 with every duration ×100, in minutes; output = uplift. */
  private Path p08Scenario() throws IOException {
    int[] weights = {
      382745, 799601, 909247, 729069, 467902, 44328, 34610, 698150, 823460, 903959, 853665,
      551830, 610856, 670702, 488960, 951111, 323046, 446298, 931161, 31385, 496951, 264724,
      224916, 169684
    };
    int[] profits = {
      825594, 1677009, 1676628, 1523970, 943972, 97426, 69666, 1296457, 1679693, 1902996,
      1844992, 1049289, 1252836, 1319836, 953277, 2067538, 675367, 853655, 1826027, 65731,
      901489, 577243, 466257, 369261
    };
    StringBuilder yaml =
        new StringBuilder(
            "horizon: 1w\nteams: [{id: t, output: 1}]\nmanagers: [{id: m, owns: [t]}]\n"
                + "activities:\n");
    for (int i = 0; i < weights.length; i++) {
      yaml.append("  - {id: p")
          .append(String.format("%02d", i + 1))
          .append(", time: ")
          .append(weights[i] * 100L)
          .append("m, effects: [{team: t, uplift: ")
          .append(profits[i])
          .append("}]}\n");
    }
    Path file = dir.resolve("p08.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void aBudgetOf640MillionMinutesIsPlannedExactly() throws IOException {
    JsonNode plan =
        json(
            CalculatorRun.of(
                "plan", p08Scenario().toString(), "--budget", "640418000m", "--format", "json"));

    assertThat(plan.get("output").asDouble()).isEqualTo(13_549_094.0);
    assertThat(plan.get("exact").asBoolean()).isTrue();
    assertThat(plan.get("gap").asDouble()).isZero();
  }

  @Test
  void theFrontierOfAHundredMillionHoursListsOnlyItsSteps() throws IOException {
    JsonNode plan =
        json(
            CalculatorRun.of(
                "plan",
                p08Scenario().toString(),
                "--budget",
                "100000000h",
                "--frontier",
                "--format",
                "json"));

    assertThat(plan.get("exact").asBoolean()).isTrue();
    JsonNode frontier = plan.get("frontier");
    assertThat(frontier.size()).isBetween(3, 2_000);
    assertThat(frontier.get(frontier.size() - 1).get("hours").asDouble()).isEqualTo(1e8);
    assertThat(frontier.get(frontier.size() - 1).get("output").asDouble())
        .isEqualTo(plan.get("output").asDouble());
  }

  @Test
  void theManagerOptionChoosesWhoseWeekToPlan() throws IOException {
    CalculatorRun printed = CalculatorRun.of("--example", "week", "--print");
    Path file = dir.resolve("week.yaml");
    Files.writeString(file, printed.out());

    JsonNode sam =
        json(CalculatorRun.of("plan", file.toString(), "--manager", "sam", "--format", "json"));

    assertThat(sam.get("manager").asText()).isEqualTo("sam");
    assertThat(sam.get("budgetHours").asDouble()).isEqualTo(10.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2d", "1w", "P1D"})
  void aBudgetInCalendarUnitsIsBadInput(String budget) {
    assertBadInput(
        CalculatorRun.of("plan", resource("worked-example.yaml"), "--budget", budget),
        "--budget: '" + budget + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0h", "0m", "-5h"})
  void aBudgetOfZeroOrLessIsBadInput(String budget) {
    assertBadInput(
        CalculatorRun.of("plan", resource("worked-example.yaml"), "--budget=" + budget),
        "--budget: must be more than 0 hours");
  }

  @Test
  void anUnknownManagerIsBadInputWithTheClosestName() {
    assertBadInput(
        CalculatorRun.of("plan", resource("worked-example.yaml"), "--manager", "alcie"),
        "--manager: unknown manager 'alcie', did you mean 'alice'?");
  }

  @Test
  void aManagerWithoutActivitiesIsBadInput() throws IOException {
    Path file = dir.resolve("idle.yaml");
    Files.writeString(
        file,
        """
        teams: [{id: a, output: 1}, {id: b, output: 1}]
        managers: [{id: lee, owns: [a]}, {id: kim, owns: [b]}]
        activities: [{id: x, by: lee, time: 1h, effects: [{team: a, uplift: 0.1}]}]
        """);

    assertBadInput(
        CalculatorRun.of("plan", file.toString(), "--manager", "kim"),
        "manager 'kim' has no activities to plan");
  }

  @Test
  void theRecommendedPlansOfTheExampleCoverEveryManagerWithABudget() {
    String text = PlanCommand.recommended(Examples.find(Examples.DEFAULT).scenario());

    assertThat(text).contains("Plan for maya: 12h budget", "Plan for sam: 10h budget");
  }

  @Test
  void helpListsThePlanCommand() {
    assertThat(CalculatorRun.of("--help").out()).contains("plan");
    assertThat(CalculatorRun.of("plan", "--help").out())
        .contains("--budget", "--manager", "--foundation-first", "--frontier", "--format");
  }
}
