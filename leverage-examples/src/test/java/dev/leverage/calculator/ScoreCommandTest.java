package dev.leverage.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScoreCommandTest {
  static String resource(String name) {
    try {
      return Path.of(ScoreCommandTest.class.getResource("/scenarios/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"worked-example.yaml", "worked-example.json"})
  void scoreJsonReproducesTheWorkedExampleExactly(String file) throws Exception {
    CalculatorRun run = CalculatorRun.of("score", resource(file), "--format", "json");

    assertThat(run.status()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("strategy").asText()).isEqualTo("leverage");
    assertThat(json.get("horizonWeeks").asDouble()).isEqualTo(12.0);
    assertThat(json.get("managers").get(0).get("id").asText()).isEqualTo("alice");
    assertThat(json.get("managers").get(0).get("outputPerWeek").asDouble())
        .isCloseTo(155.0, within(155e-9));
    JsonNode first = json.get("activities").get(0);
    assertThat(first.get("id").asText()).isEqualTo("write-vision");
    assertThat(first.get("by").asText()).isEqualTo("alice");
    assertThat(first.get("kind").asText()).isEqualTo("foundation");
    assertThat(first.get("hours").asDouble()).isEqualTo(6.0);
    assertThat(first.get("output").asDouble()).isCloseTo(144.0, within(144e-9));
    assertThat(first.get("score").asDouble()).isCloseTo(24.0, within(24e-9));
    assertThat(first.get("rank").asInt()).isEqualTo(1);
    JsonNode contributions = first.get("contributions");
    assertThat(contributions.get(0).get("team").asText()).isEqualTo("checkout");
    assertThat(contributions.get(0).get("weight").asDouble()).isEqualTo(1.0);
    assertThat(contributions.get(0).get("output").asDouble()).isCloseTo(120.0, within(120e-9));
    assertThat(contributions.get(1).get("team").asText()).isEqualTo("payments");
    assertThat(contributions.get(1).get("weight").asDouble()).isEqualTo(0.5);
    assertThat(contributions.get(1).get("output").asDouble()).isCloseTo(24.0, within(24e-9));
    JsonNode second = json.get("activities").get(1);
    assertThat(second.get("id").asText()).isEqualTo("groom-backlog");
    assertThat(second.get("output").asDouble()).isCloseTo(6.0, within(6e-9));
    assertThat(second.get("score").asDouble()).isCloseTo(2.0, within(2e-9));
    assertThat(second.get("rank").asInt()).isEqualTo(2);
  }

  @Test
  void scoreTableShowsOutputRatesRankingAndBreakdownWithUnits() {
    CalculatorRun run = CalculatorRun.of("score", resource("worked-example.yaml"));

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("alice", "155.00")
        .contains("1  write-vision", "144.00", "24.00")
        .contains("2  groom-backlog", "6.00", "2.00")
        .contains("payments: weight 0.5 x 80/week x uplift 0.05 x 12 weeks = 24.00")
        .contains("output units per week", "output per hour");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void noArgumentsRunsTheBuiltInExampleAndPrintsItsRanking() {
    CalculatorRun run = CalculatorRun.of();

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Built-in example 'week'")
        .contains("Activities ranked by leverage")
        .contains("1  write-product-vision");
  }

  @Test
  void theExampleFilePrintedWithPrintIsAValidScenarioThatScoresTheSame(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    CalculatorRun printed = CalculatorRun.of("--example", "week", "--print");
    Path file = dir.resolve("week.yaml");
    java.nio.file.Files.writeString(file, printed.out());

    CalculatorRun scored = CalculatorRun.of("score", file.toString());

    assertThat(scored.status()).as(scored.err()).isZero();
    assertThat(CalculatorRun.of().out()).contains(scored.out());
  }

  @Test
  void exampleWithoutANameListsTheExamples() {
    CalculatorRun run = CalculatorRun.of("--example");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("week", "leverage --example NAME");
  }

  @Test
  void anUnknownExampleIsBadInputWithTheClosestName() {
    CalculatorRun run = CalculatorRun.of("--example", "weak");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("unknown example 'weak', did you mean 'week'?");
  }

  @Test
  void anUnknownStrategyIsBadInputListingTheKnownOnes() {
    CalculatorRun run =
        CalculatorRun.of("score", resource("worked-example.yaml"), "--strategy", "levrage");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains("--strategy: unknown strategy 'levrage', did you mean 'leverage'?");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void helpAndVersionSucceed() {
    assertThat(CalculatorRun.of("--help").out()).contains("score", "Exit status");
    assertThat(CalculatorRun.of("score", "--help").out()).contains("--format", "FILE");
    assertThat(CalculatorRun.of("--version").status()).isZero();
  }

  @Test
  void anUnknownOptionIsBadInput() {
    CalculatorRun run =
        CalculatorRun.of("score", resource("worked-example.yaml"), "--frmat", "json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--frmat");
  }

  @Test
  void aManagerOfManyTeamsListsTheFirstTenAndCountsTheRest(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    StringBuilder yaml = new StringBuilder("horizon: 12w\nteams:\n");
    for (int t = 0; t < 12; t++) {
      yaml.append("  - {id: t").append(t).append(", output: 10}\n");
    }
    yaml.append("managers:\n  - id: big\n    owns: [");
    for (int t = 0; t < 12; t++) {
      yaml.append(t == 0 ? "t" : ", t").append(t);
    }
    yaml.append("]\n  - {id: small, owns: []}\nactivities:\n");
    yaml.append("  - {id: a, by: big, time: 1h, effects: [{team: t0, uplift: 0.1}]}\n");
    Path file = dir.resolve("many.yaml");
    java.nio.file.Files.writeString(file, yaml);

    CalculatorRun run = CalculatorRun.of("score", file.toString());

    assertThat(run.status()).as(run.err()).isZero();
    List<String> lines = lines(run.out());
    String big = lines.stream().filter(l -> l.startsWith("  big ")).findFirst().orElseThrow();
    assertThat(big)
        .endsWith(
            "t0 (1), t1 (1), t2 (1), t3 (1), t4 (1), t5 (1), t6 (1), t7 (1), t8 (1), t9 (1),"
                + " and 2 more");
  }

  static List<String> lines(String text) {
    return new ArrayList<>(List.of(text.split("\n")));
  }
}
