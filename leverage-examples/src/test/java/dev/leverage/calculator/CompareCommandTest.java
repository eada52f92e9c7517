package dev.leverage.calculator;

import static dev.leverage.calculator.ScoreCommandTest.resource;
import static dev.leverage.calculator.SimulateCommandTest.assertBadInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leverage.scenario.Scenario;
import dev.leverage.simulation.Simulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
  private static final String UNCERTAIN = resource("uncertain.yaml");

  private static JsonNode json(String... args) throws IOException {
    CalculatorRun run = CalculatorRun.of(args);
    assertThat(run.status()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void jsonHasTheFieldsOfModelSection11ForTheWorkedExample() throws IOException {
    JsonNode json =
        json(
            "compare",
            resource("worked-example.yaml"),
            "write-vision",
            "groom-backlog",
            "--seed",
            "1",
            "--format",
            "json");

    assertThat(json.get("a").asText()).isEqualTo("write-vision");
    assertThat(json.get("b").asText()).isEqualTo("groom-backlog");
    assertThat(json.get("leverageA").asDouble()).isCloseTo(24.0, within(1e-9));
    assertThat(json.get("leverageB").asDouble()).isCloseTo(2.0, within(1e-9));
    assertThat(json.get("ratio").asDouble()).isCloseTo(12.0, within(1e-9));
    assertThat(json.get("probabilityAHigher").asDouble()).isEqualTo(1.0);
    assertThat(json.get("samples").asInt()).isEqualTo(10_000);
    assertThat(json.get("seed").asLong()).isEqualTo(1);
  }

  @Test
  void theProbabilityIsTheSimulationsAtTheSameSeedAndASymmetricEstimateWinsHalfTheTime()
      throws IOException {
    JsonNode json =
        json(
            "compare",
            UNCERTAIN,
            "coin-a",
            "coin-b",
            "--samples",
            "20000",
            "--seed",
            "9",
            "--format",
            "json");

    Scenario scenario = Input.scenario(Path.of(UNCERTAIN), FileSize.DEFAULT);
    double expected =
        Simulation.builder()
            .samples(20000)
            .seed(9)
            .build()
            .run(scenario)
            .probabilityHigher("coin-a", "coin-b");
    assertThat(json.get("probabilityAHigher").asDouble()).isEqualTo(expected);
    // 2 B against 1 with B ~ Beta(3, 3): one half, standard error 0.0035.
    assertThat(expected).isCloseTo(0.5, within(0.015));
    assertThat(
            json.get("probabilityAHigher").asDouble() + json.get("probabilityBHigher").asDouble())
        .isCloseTo(1.0, within(1e-12));
    assertThat(json.get("ratio").asDouble()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void theTableGivesBothLeveragesTheRatioAndTheProbability() {
    CalculatorRun run =
        CalculatorRun.of("compare", UNCERTAIN, "write-vision", "fix-search", "--seed", "4");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("seed 4")
        .containsPattern("A +write-vision +alice +24\\.32")
        .contains("Ratio A/B at the PERT means:")
        .containsPattern("P\\(A's leverage > B's\\) = \\d+\\.\\d%, P\\(B's > A's\\) = \\d+\\.\\d%");
  }

  @Test
  void unknownActivitiesAreBadInputNamingTheClosestOnes() {
    assertBadInput(
        CalculatorRun.of("compare", UNCERTAIN, "write-vison", "fix-serch"),
        "A: unknown activity 'write-vison', did you mean 'write-vision'?",
        "B: unknown activity 'fix-serch', did you mean 'fix-search'?");
    assertBadInput(
        CalculatorRun.of("compare", UNCERTAIN, "coin-a", "coin-a"),
        "B: is activity 'coin-a' again; compare two different activities");
    assertBadInput(
        CalculatorRun.of("compare", UNCERTAIN, "coin-a", "coin-b", "--samples", "0"),
        "--samples: must be from 1 to 1000000");
  }

  @Test
  void anUnknownActivityWithNoCloseIdListsAFewThatLookMostLikeIt(@TempDir Path dir)
      throws Exception {
    StringBuilder yaml =
        new StringBuilder("teams: [{id: t, output: 10}]\nmanagers: [{id: m, owns: [t]}]\n");
    yaml.append("activities:\n");
    for (String id :
        List.of(
            "alpha",
            "bravo",
            "charlie",
            "delta",
            "echo",
            "foxtrot",
            "golf",
            "hotel",
            "india",
            "juliett",
            "kilo",
            "write-vision",
            "write-roadmap")) {
      yaml.append("  - {id: ")
          .append(id)
          .append(", time: 1h, effects: [{team: t, uplift: 0.1}]}\n");
    }
    Path file = Files.writeString(dir.resolve("many.yaml"), yaml);

    CalculatorRun run = CalculatorRun.of("compare", file.toString(), "write-strategy", "alpha");

    assertBadInput(
        run,
        "A: unknown activity 'write-strategy'; the scenario's 13 activities include write-vision,"
            + " write-roadmap, ");
    assertThat(run.err()).contains("(leverage score FILE lists them all)");
  }
}
