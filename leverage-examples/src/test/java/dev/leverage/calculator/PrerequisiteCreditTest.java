package dev.leverage.calculator;

import static dev.leverage.calculator.ScoreCommandTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An activity others require shows what it enables, in the ranking's table, JSON and report. */
class PrerequisiteCreditTest {
  @TempDir Path dir;

  @Test
  void theScoreTableSaysWhatAPrerequisiteEnables() {
    // review (24 output) requires one-to-ones.
    CalculatorRun run = CalculatorRun.of("score", resource("quarter.yaml"));

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("enables review (unlocks 1 activity, +24.00 output)");
    assertThat(run.out().lines().filter(l -> l.contains("enables")).count()).isEqualTo(1);
  }

  @Test
  void theScoreJsonHasAddedFieldsOnlyOnPrerequisites() throws Exception {
    CalculatorRun run = CalculatorRun.of("score", resource("quarter.yaml"), "--format", "json");

    assertThat(run.status()).as(run.err()).isZero();
    JsonNode activities = new ObjectMapper().readTree(run.out()).get("activities");
    for (JsonNode activity : activities) {
      if (activity.get("id").asText().equals("one-to-ones")) {
        assertThat(activity.get("enables")).hasSize(1);
        assertThat(activity.get("enables").get(0).asText()).isEqualTo("review");
        assertThat(activity.get("unlocks").asInt()).isEqualTo(1);
        assertThat(activity.get("unlocksOutput").asDouble()).isCloseTo(24.0, within(1e-9));
        assertThat(activity.get("unlocksComplete").asBoolean()).isTrue();
        // The score is not changed by the credit.
        assertThat(activity.get("score").asDouble()).isEqualTo(activity.get("leverage").asDouble());
      } else {
        assertThat(activity.has("enables")).as(activity.toString()).isFalse();
      }
    }
  }

  @Test
  void theReportsRankingTableSaysWhatAPrerequisiteEnables() throws Exception {
    Path output = dir.resolve("report.html");

    CalculatorRun run =
        CalculatorRun.of("report", resource("quarter.yaml"), "-o", output.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.readString(output))
        .contains("<th scope=\"col\">Enables</th>")
        .contains("enables review (unlocks 1 activity, +24.00 output)");
  }
}
