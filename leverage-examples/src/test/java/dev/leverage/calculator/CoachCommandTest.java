package dev.leverage.calculator;

import static dev.leverage.calculator.ScoreCommandTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoachCommandTest {
  private static final String FILE = resource("product-managers.yaml");

  private static JsonNode json(String... args) throws Exception {
    CalculatorRun run = CalculatorRun.of(args);
    assertThat(run.status()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void coachJsonGivesEveryCandidateWithTheNumbersOfSectionEight() throws Exception {
    JsonNode json = json("coach", FILE, "--format", "json");

    assertThat(json.get("coach").asText()).isEqualTo("carol");
    List<String> ids = new ArrayList<>();
    json.get("candidates").forEach(c -> ids.add(c.get("id").asText()));
    assertThat(ids)
        .containsExactly(
            "coach-bob-business-3",
            "coach-bob-business-4",
            "coach-bob-communication-3",
            "coach-bob-communication-4",
            "coach-bob-empathy-4",
            "coach-bob-productKnowledge-4",
            "coach-bob-technology-4",
            "coach-bob-business-5");
    JsonNode first = json.get("candidates").get(0);
    assertThat(first.get("pm").asText()).isEqualTo("bob");
    assertThat(first.get("characteristic").asText()).isEqualTo("business");
    assertThat(first.get("fromLevel").asInt()).isEqualTo(2);
    assertThat(first.get("toLevel").asInt()).isEqualTo(3);
    assertThat(first.get("hours").asDouble()).isEqualTo(6.0);
    // 100 per week x 0.03 x 1.5 x (5 - 2)/4 x 12 weeks = 40.5, in 6 hours
    assertThat(first.get("output").asDouble()).isCloseTo(40.5, within(1e-9));
    assertThat(first.get("leverage").asDouble()).isCloseTo(6.75, within(1e-9));
    assertThat(first.get("rank").asInt()).isEqualTo(1);
    JsonNode last = json.get("candidates").get(7);
    assertThat(last.get("output").asDouble()).isCloseTo(13.5, within(1e-9));
    assertThat(last.get("leverage").asDouble()).isCloseTo(2.25, within(1e-9));
    assertThat(last.get("rank").asInt()).isEqualTo(8);
    assertThat(last.get("requires").asText()).isEqualTo("coach-bob-business-4");
    assertThat(json.get("firstPriorities")).hasSize(1);
    assertThat(json.get("firstPriorities").get(0).get("pm").asText()).isEqualTo("bob");
    assertThat(json.get("firstPriorities").get(0).get("id").asText())
        .isEqualTo("coach-bob-business-3");
  }

  @Test
  void coachJsonPlansTheBestCoachingWithinTheCoachsBudget() throws Exception {
    CalculatorRun run = CalculatorRun.of("coach", FILE, "--format", "json");

    assertThat(run.status()).as(run.err()).isZero();
    JsonNode plan = new ObjectMapper().readTree(run.out()).get("plan");
    // carol has 12h: two 6h steps; business 2->3 (40.5) plus a 27 step is the best, 67.5.
    assertThat(plan.get("manager").asText()).isEqualTo("carol");
    assertThat(plan.get("budgetHours").asDouble()).isEqualTo(12.0);
    assertThat(plan.get("usedHours").asDouble()).isEqualTo(12.0);
    assertThat(plan.get("output").asDouble()).isCloseTo(67.5, within(1e-9));
    assertThat(plan.get("activities").get(0).asText()).isEqualTo("coach-bob-business-3");
    assertThat(plan.get("activities")).hasSize(2);
    assertThat(CalculatorRun.of("coach", FILE).out())
        .contains("The whole week of carol (coaching and own activities, one budget)");
  }

  @Test
  void coachTableAnswersWhatEachPmShouldWorkOnFirstAndExplainsTheUplift() {
    CalculatorRun run = CalculatorRun.of("coach", FILE);

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("What each product manager should work on first (coach: carol)")
        .contains("bob  coach-bob-business-3")
        .contains("1  coach-bob-business-3", "40.50", "6.75")
        .contains("uplift 0.0338 = elasticity 0.03 x importance 1.5 x (5 - 2)/4")
        .contains("on bob's teams (100/week) for 12 weeks");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void pmNarrowsTheAnswerToOneProductManager(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("my-team.yaml");
    Files.writeString(file, CalculatorRun.of("--example", "pm-lead", "--print").out());

    JsonNode kim = json("coach", file.toString(), "--pm", "kim", "--format", "json");

    assertThat(kim.get("candidates")).hasSize(10);
    kim.get("candidates").forEach(c -> assertThat(c.get("pm").asText()).isEqualTo("kim"));
    assertThat(kim.get("candidates").get(0).get("id").asText())
        .isEqualTo("coach-kim-productKnowledge-2");
    // ranks stay those of the whole ranking, where Leo's and Ana's first steps come before
    assertThat(kim.get("candidates").get(0).get("rank").asInt()).isEqualTo(8);
    assertThat(kim.get("firstPriorities")).hasSize(1);
    assertThat(kim.get("firstPriorities").get(0).get("id").asText())
        .isEqualTo("coach-kim-productKnowledge-2");
  }

  @Test
  void anUnknownPmIsBadInputWithTheClosestName() {
    CalculatorRun run = CalculatorRun.of("coach", FILE, "--pm", "bbo");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--pm: unknown product manager 'bbo', did you mean 'bob'?");
  }

  @Test
  void aScenarioWithoutCoachingIsBadInputSayingWhatToAdd() {
    CalculatorRun run = CalculatorRun.of("coach", resource("worked-example.yaml"));

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("coaching: the scenario has no coaching section; add one that names the coach");
  }

  @Test
  void thePmLeadExampleAnswersWhoToCoachFirstAndWhetherThePortfolioIsAligned() {
    CalculatorRun run = CalculatorRun.of("--example", "pm-lead");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Built-in example 'pm-lead'")
        .contains("leo  coach-leo-business-3")
        .contains("ana  coach-ana-timeManagement-3")
        .contains("kim  coach-kim-productKnowledge-2")
        .contains("Portfolio alignment (strategy: focus): not aligned")
        .contains("roadmap:csv-export")
        .contains("leverage coach my-team.yaml");
    assertThat(CalculatorRun.of("--example").out()).contains("pm-lead", "week");
  }

  @Test
  void thePmLeadFilePrintedWithPrintRunsTheSameThroughTheCommands(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("my-team.yaml");
    Files.writeString(file, CalculatorRun.of("--example", "pm-lead", "--print").out());

    CalculatorRun coach = CalculatorRun.of("coach", file.toString());
    CalculatorRun portfolio = CalculatorRun.of("portfolio", file.toString());

    assertThat(coach.status()).as(coach.err()).isZero();
    assertThat(portfolio.status()).as(portfolio.err()).isZero();
    String example = CalculatorRun.of("--example", "pm-lead").out();
    assertThat(example).contains(coach.out()).contains(portfolio.out());
  }

  @Test
  void aTieBetweenFirstStepsIsFlagged(@TempDir Path dir) throws Exception {
    // Without importance, business 2 -> 3 and communication 2 -> 3 are worth the same.
    String tied =
        Files.readString(Path.of(FILE))
            .replace("  importance: {business: 1.5}    # default 1\n", "");
    Path file = Files.writeString(dir.resolve("tied.yaml"), tied);

    CalculatorRun run = CalculatorRun.of("coach", file.toString());
    JsonNode json = json("coach", file.toString(), "--format", "json");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "tie: coach-bob-communication-3 has the same leverage; coach-bob-business-3 comes"
                + " first only by id, so choose between them");
    JsonNode first = json.get("firstPriorities").get(0);
    assertThat(first.get("id").asText()).isEqualTo("coach-bob-business-3");
    assertThat(first.get("tiedWith").get(0).asText()).isEqualTo("coach-bob-communication-3");
    assertThat(
            json("coach", FILE, "--format", "json").get("firstPriorities").get(0).get("tiedWith"))
        .isEmpty();
  }
}
