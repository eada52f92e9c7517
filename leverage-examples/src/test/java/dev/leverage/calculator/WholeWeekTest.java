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

/** The coach's whole week (§7): coaching candidates compete with the coach's own work. */
class WholeWeekTest {
  @TempDir Path dir;

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  @Test
  void planAndCoachShowOnePlanOfCoachingAndTheCoachsOwnActivities() throws Exception {
    // carol (12h) gets her own vision work: checkout (owned by bob, who reports to her) +10% for
    // 12 weeks = 120 in 6h; the best coaching step is 40.5 in 6h.
    Path file = dir.resolve("whole-week.yaml");
    Files.writeString(
        file,
        Files.readString(Path.of(resource("product-managers.yaml")))
            + """
            activities:
              - id: write-vision
                by: carol
                kind: foundation
                time: 6h
                effects:
                  - {team: checkout, uplift: 0.10}
            """);
    CalculatorRun plan =
        CalculatorRun.of("plan", file.toString(), "--manager", "carol", "--format", "json");
    assertThat(plan.status()).as(plan.err()).isZero();
    JsonNode planned = new ObjectMapper().readTree(plan.out());
    assertThat(texts(planned.get("activities")))
        .containsExactly("write-vision", "coach-bob-business-3");
    assertThat(planned.get("output").asDouble()).isCloseTo(160.5, within(1e-9));

    CalculatorRun coach = CalculatorRun.of("coach", file.toString(), "--format", "json");
    assertThat(coach.status()).as(coach.err()).isZero();
    JsonNode coachPlan = new ObjectMapper().readTree(coach.out()).get("plan");
    assertThat(texts(coachPlan.get("activities")))
        .containsExactly("write-vision", "coach-bob-business-3");
  }
}
