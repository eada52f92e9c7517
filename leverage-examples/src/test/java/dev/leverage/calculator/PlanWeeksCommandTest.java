package dev.leverage.calculator;

import static dev.leverage.calculator.ScoreCommandTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code plan FILE --weeks N}: the schedule of MODEL.md §7 as the table and JSON of §11. */
class PlanWeeksCommandTest {
  private static JsonNode json(CalculatorRun run) throws IOException {
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    return new ObjectMapper().readTree(run.out());
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  @Test
  void theJsonIsTheScheduleOfSection11() throws IOException {
    JsonNode schedule =
        json(
            CalculatorRun.of("plan", resource("quarter.yaml"), "--weeks", "3", "--format", "json"));

    assertThat(schedule.get("manager").asText()).isEqualTo("alice");
    assertThat(schedule.get("weeks").asInt()).isEqualTo(3);
    assertThat(schedule.get("budgetHours").asDouble()).isEqualTo(13.0);
    assertThat(schedule.get("output").asDouble()).isCloseTo(268.0, within(1e-9));
    assertThat(schedule.get("exact").asBoolean()).isTrue();
    assertThat(schedule.get("upperBound").asDouble()).isCloseTo(268.0, within(1e-9));
    assertThat(schedule.get("foundationFirst").asBoolean()).isFalse();
    JsonNode weeks = schedule.get("schedule");
    assertThat(weeks).hasSize(3);
    assertThat(weeks.get(0).get("week").asInt()).isEqualTo(1);
    assertThat(weeks.get(0).get("usedHours").asDouble()).isEqualTo(13.0);
    assertThat(weeks.get(0).get("output").asDouble()).isCloseTo(192.0, within(1e-9));
    assertThat(texts(weeks.get(0).get("activities")))
        .containsExactly("one-to-ones", "review", "write-vision");
    assertThat(texts(weeks.get(1).get("activities"))).startsWith("one-to-ones", "hire");
    assertThat(texts(weeks.get(2).get("activities"))).startsWith("one-to-ones");
    assertThat(schedule.get("leftOut")).isEmpty();
  }

  @Test
  void theTableShowsEveryWeekAndSaysTheScheduleIsExact() {
    CalculatorRun run = CalculatorRun.of("plan", resource("quarter.yaml"), "--weeks", "3");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Schedule for alice over 3 weeks: 13h a week; output 268")
        .contains("Week 1: 13h used, output 192")
        .contains("Week 2:")
        .contains("Week 3:")
        .contains("fixed: weekly")
        .contains("The best schedule (exact).");
  }

  @Test
  void oneWeekIsTheSingleWeekPlan() {
    CalculatorRun one = CalculatorRun.of("plan", resource("quarter.yaml"), "--weeks", "1");
    CalculatorRun plan = CalculatorRun.of("plan", resource("quarter.yaml"));
    assertThat(one.status()).isZero();
    assertThat(one.out()).isEqualTo(plan.out()).contains("Plan for alice");
  }

  @Test
  void thePlanSaysWhatDoingEachActivityAWeekLaterCosts() {
    // 13h: the fixed activities (7h) and write-vision (6h). write-vision: 144 now, 132 a week
    // later (12 weeks of 12 a week, one fewer); the fixed activities are not listed.
    assertThat(CalculatorRun.of("plan", resource("quarter.yaml")).out())
        .doesNotContain("a week later");
    CalculatorRun run = CalculatorRun.of("plan", resource("quarter.yaml"), "--delay-costs");
    assertThat(run.status()).as(run.err()).isZero();
    String costs = run.out().substring(run.out().indexOf("What doing it a week later costs"));
    assertThat(costs)
        .containsPattern("write-vision +144\\.00 +132\\.00 +12\\.00")
        .doesNotContain("groom-backlog", "one-to-ones");
  }

  @Test
  void aScheduleSaysWhatDoingEachActivityAWeekLaterCostsInTheTableAndTheJson() throws IOException {
    // write-vision in week 1: 144, a week later 132. hire (starts 4w) in week 2: from week 5 to
    // 12, 7 weeks of 10 = 70; a week later 60. groom-backlog (2 weeks) loses nothing.
    CalculatorRun table =
        CalculatorRun.of("plan", resource("quarter.yaml"), "--weeks", "3", "--delay-costs");
    JsonNode json =
        json(
            CalculatorRun.of(
                "plan",
                resource("quarter.yaml"),
                "--weeks",
                "3",
                "--delay-costs",
                "--format",
                "json"));

    assertThat(table.status()).as(table.err()).isZero();
    assertThat(table.out().substring(table.out().indexOf("What doing it a week later costs")))
        .containsPattern("write-vision +1 +144\\.00 +132\\.00 +12\\.00")
        .containsPattern("hire +2 +70\\.00 +60\\.00 +10\\.00")
        .doesNotContain("groom-backlog", "one-to-ones");
    JsonNode costs = json.get("delayCosts");
    assertThat(costs).hasSize(2);
    assertThat(costs.get(0).get("id").asText()).isEqualTo("write-vision");
    assertThat(costs.get(0).get("week").asInt()).isEqualTo(1);
    assertThat(costs.get(0).get("output").asDouble()).isCloseTo(144.0, within(1e-9));
    assertThat(costs.get(0).get("weekLater").asDouble()).isCloseTo(132.0, within(1e-9));
    assertThat(costs.get(0).get("cost").asDouble()).isCloseTo(12.0, within(1e-9));
    assertThat(costs.get(1).get("id").asText()).isEqualTo("hire");
    assertThat(costs.get(1).get("week").asInt()).isEqualTo(2);
    assertThat(costs.get(1).get("cost").asDouble()).isCloseTo(10.0, within(1e-9));
    assertThat(
            json(CalculatorRun.of(
                    "plan", resource("quarter.yaml"), "--weeks", "3", "--format", "json"))
                .has("delayCosts"))
        .isFalse();
  }

  @Test
  void theOneWeekPlanJsonHasItsDelayCostsWhenAsked() throws IOException {
    JsonNode json =
        json(
            CalculatorRun.of(
                "plan", resource("quarter.yaml"), "--delay-costs", "--format", "json"));

    assertThat(json.get("delayCosts")).hasSize(1);
    assertThat(json.get("delayCosts").get(0).get("id").asText()).isEqualTo("write-vision");
    assertThat(json.get("delayCosts").get(0).get("cost").asDouble()).isCloseTo(12.0, within(1e-9));
  }

  @Test
  void theCsvHasARowPerActivityAndWeek() {
    CalculatorRun run =
        CalculatorRun.of("plan", resource("quarter.yaml"), "--weeks", "2", "--format", "csv");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out().lines().findFirst()).contains("week,step,id,kind,hours,output,fixed");
    assertThat(run.out()).contains("1,1,one-to-ones,coaching,5,24,weekly");
    assertThat(run.out()).contains("2,1,one-to-ones,coaching,5,0,weekly");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-3", "521", "100000000"})
  void weeksOutOfRangeAreBadInput(String weeks) {
    CalculatorRun run = CalculatorRun.of("plan", resource("quarter.yaml"), "--weeks", weeks);
    assertThat(run.status()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("--weeks: must be from 1 to 520")
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void fixedHoursAboveTheBudgetNameTheManagersBudget() {
    CalculatorRun run =
        CalculatorRun.of("plan", resource("quarter.yaml"), "--weeks", "4", "--budget", "6h");
    assertThat(run.status()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("budget: the fixed activities of 'alice'");
  }
}
