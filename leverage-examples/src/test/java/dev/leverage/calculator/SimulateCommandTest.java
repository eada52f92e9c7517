package dev.leverage.calculator;

import static dev.leverage.calculator.ScoreCommandTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
  private static final String UNCERTAIN = resource("uncertain.yaml");

  @TempDir Path dir;

  private static JsonNode json(String... args) throws IOException {
    CalculatorRun run = CalculatorRun.of(args);
    assertThat(run.status()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  private static JsonNode activity(JsonNode json, String id) {
    for (JsonNode a : json.get("activities")) {
      if (a.get("id").asText().equals(id)) {
        return a;
      }
    }
    throw new AssertionError("no activity " + id + " in " + json);
  }

  @Test
  void jsonHasTheFieldsOfModelSection11AndPointEstimatesGiveTheWorkedExampleExactly()
      throws IOException {
    JsonNode json =
        json("simulate", resource("worked-example.yaml"), "--seed", "5", "--format", "json");

    assertThat(json.get("samples").asInt()).isEqualTo(10_000);
    assertThat(json.get("seed").asLong()).isEqualTo(5);
    JsonNode vision = json.get("activities").get(0);
    assertThat(vision.get("id").asText()).isEqualTo("write-vision");
    for (String field : new String[] {"mean", "p10", "p50", "p90"}) {
      assertThat(vision.get("output").get(field).asDouble()).isCloseTo(144.0, within(1e-9));
      assertThat(vision.get("leverage").get(field).asDouble()).isCloseTo(24.0, within(1e-9));
    }
    assertThat(vision.get("probabilityBest").asDouble()).isEqualTo(1.0);
    JsonNode groom = json.get("activities").get(1);
    assertThat(groom.get("leverage").get("p50").asDouble()).isCloseTo(2.0, within(1e-9));
    assertThat(groom.get("probabilityBest").asDouble()).isZero();
  }

  @Test
  void rankDistributionsAreGivenOnlyForTheActivitiesAskedFor() throws IOException {
    JsonNode plain = json("simulate", UNCERTAIN, "--seed", "3", "--format", "json");
    for (JsonNode a : plain.get("activities")) {
      assertThat(a.has("rankDistribution")).as(a.get("id").asText()).isFalse();
    }

    JsonNode json =
        json(
            "simulate",
            UNCERTAIN,
            "--seed",
            "3",
            "--rank-distribution",
            "fix-search,write-vision",
            "--format",
            "json");
    JsonNode ranks = activity(json, "fix-search").get("rankDistribution");
    assertThat(ranks).hasSize(json.get("activities").size());
    double total = 0;
    for (JsonNode r : ranks) {
      total += r.asDouble();
    }
    assertThat(total).isCloseTo(1.0, within(1e-12));
    assertThat(ranks.get(0).asDouble())
        .isEqualTo(activity(json, "fix-search").get("probabilityBest").asDouble());
    assertThat(activity(json, "write-vision").has("rankDistribution")).isTrue();
    assertThat(activity(json, "groom-backlog").has("rankDistribution")).isFalse();

    CalculatorRun table =
        CalculatorRun.of("simulate", UNCERTAIN, "--seed", "3", "--rank-distribution", "fix-search");
    assertThat(table.out()).contains("Chance of each rank");
    CalculatorRun unknown =
        CalculatorRun.of("simulate", UNCERTAIN, "--rank-distribution", "fix-serch");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err())
        .contains("--rank-distribution: unknown activity 'fix-serch', did you mean 'fix-search'?");
  }

  @Test
  void distributionsMatchThePertDistributionsOfTheEstimatesWithinStatisticalTolerance()
      throws IOException {
    JsonNode json =
        json("simulate", UNCERTAIN, "--samples", "20000", "--seed", "3", "--format", "json");

    // coin-a: leverage 100 x uplift over 1 week in 1h = 2 B, B ~ Beta(3, 3).
    JsonNode coin = activity(json, "coin-a").get("leverage");
    assertThat(coin.get("mean").asDouble()).isCloseTo(1.0, within(0.01));
    assertThat(beta33(coin.get("p10").asDouble() / 2)).isCloseTo(0.1, within(0.01));
    assertThat(beta33(coin.get("p50").asDouble() / 2)).isCloseTo(0.5, within(0.015));
    assertThat(beta33(coin.get("p90").asDouble() / 2)).isCloseTo(0.9, within(0.01));
    // Output is linear in the uplifts: its mean is the output at the PERT means, 154.
    assertThat(activity(json, "write-vision").get("output").get("mean").asDouble())
        .isCloseTo(154.0, within(1.0));
    // write-vision and fix-search overlap; the chances of ranking first sum to 1.
    double total = 0;
    for (JsonNode a : json.get("activities")) {
      total += a.get("probabilityBest").asDouble();
    }
    assertThat(total).isCloseTo(1.0, within(1e-12));
    assertThat(activity(json, "fix-search").get("probabilityBest").asDouble()).isBetween(0.05, 0.5);
  }

  @Test
  void theSameSeedGivesTheSameReportForAnyNumberOfThreads() {
    String one = CalculatorRun.of("simulate", UNCERTAIN, "--seed", "11", "--threads", "1").out();
    assertThat(one).contains("seed 11", "write-vision", "P(best)");
    for (String threads : new String[] {"2", "4"}) {
      assertThat(
              CalculatorRun.of("simulate", UNCERTAIN, "--seed", "11", "--threads", threads).out())
          .isEqualTo(one);
    }
    assertThat(
            CalculatorRun.of(
                    "simulate", UNCERTAIN, "--seed", "11", "--format", "json", "--threads", "3")
                .out())
        .isEqualTo(
            CalculatorRun.of("simulate", UNCERTAIN, "--seed", "11", "--format", "json").out());
  }

  @Test
  void withoutASeedARandomOneIsChosenAndPrintedSoTheRunCanBeRepeated() {
    CalculatorRun first = CalculatorRun.of("simulate", UNCERTAIN, "--samples", "2000");
    assertThat(first.status()).isZero();
    Matcher seed =
        Pattern.compile("repeat with --seed (-?\\d+) --samples 2000").matcher(first.out());
    assertThat(seed.find()).as(first.out()).isTrue();
    CalculatorRun again =
        CalculatorRun.of("simulate", UNCERTAIN, "--samples", "2000", "--seed", seed.group(1));
    assertThat(again.out()).isEqualTo(first.out());
  }

  @Test
  void sensitivityListsTheEstimatesWidestSwingFirst() throws IOException {
    CalculatorRun run = CalculatorRun.of("simulate", UNCERTAIN, "--seed", "1", "--sensitivity");

    assertThat(run.status()).as(run.err()).isZero();
    // write-vision at the means: output 154 in 19/3 h. Uplift on checkout 0.05..0.2 gives
    // 84 and 264 over 19/3 h; time 4h..10h gives 154/4 and 154/10.
    assertThat(run.out())
        .contains("Sensitivity")
        .containsPattern("write-vision +uplift on checkout +0.05 +0.2 +13.26 +41.68 +28.42")
        .containsPattern("\\n +time +4h +10h +38.50 +15.40 +23.10")
        .contains("1 activity has no uncertain estimate");
    JsonNode json = json("simulate", UNCERTAIN, "--seed", "1", "--sensitivity", "--format", "json");
    JsonNode swings = activity(json, "write-vision").get("sensitivity");
    assertThat(swings.get(0).get("input").asText()).isEqualTo("effects[0].uplift");
    assertThat(swings.get(0).get("leverageAtHigh").asDouble())
        .isCloseTo(264 / (19.0 / 3), within(1e-9));
    assertThat(swings.get(1).get("input").asText()).isEqualTo("time");
    assertThat(swings.get(1).get("swing").asDouble()).isCloseTo(23.1, within(1e-9));
  }

  @Test
  void samplesOutsideOneToTheCapAndNoThreadsAreBadInput() {
    for (String samples : new String[] {"0", "-3", "1000001"}) {
      CalculatorRun run = CalculatorRun.of("simulate", UNCERTAIN, "--samples", samples);
      assertBadInput(run, "--samples: must be from 1 to 1000000", "was " + samples);
    }
    assertBadInput(
        CalculatorRun.of("simulate", UNCERTAIN, "--threads", "0"),
        "--threads: must be at least 1, was 0");
    assertBadInput(
        CalculatorRun.of("simulate", UNCERTAIN, "--samples", "many"),
        "Invalid value for option '--samples': 'many' is not an int");
  }

  @Test
  void estimatesWithLowAboveHighOrMissingPartsAreBadInputWithTheirPaths() throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(
        file,
        """
        teams: [{id: checkout, output: 100}]
        managers: [{id: alice, owns: [checkout]}]
        activities:
          - id: a
            time: {low: 5h, likely: 3h, high: 4h}
            effects:
              - {team: checkout, uplift: {low: 0.1, high: 0.2}}
        """);

    CalculatorRun run = CalculatorRun.of("simulate", file.toString());

    assertBadInput(
        run,
        "activities[0].time: an estimate needs low <= likely <= high, found low 5, likely 3,"
            + " high 4",
        "activities[0].effects[0].uplift: an estimate needs low, likely and high",
        "missing likely");
  }

  static void assertBadInput(CalculatorRun run, String... expected) {
    assertThat(run.status()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(expected).doesNotContain("Exception", "\tat ");
  }

  /** The CDF of Beta(3, 3): 10x³ − 15x⁴ + 6x⁵. */
  private static double beta33(double x) {
    return x * x * x * (10 - 15 * x + 6 * x * x);
  }
}
