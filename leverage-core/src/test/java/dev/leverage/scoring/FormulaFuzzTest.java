package dev.leverage.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.activity.Effect;
import dev.leverage.scenario.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the formula strategy with any text, scored on activities whose attributes are ordinary,
 * huge, tiny, zero and negative. The law (MODEL.md §6, §10): a finite score, or an {@link
 * InvalidModelException} at the formula or the activity; never another exception, a hang (the
 * evaluation takes one step per node) or a non-finite score.
 */
class FormulaFuzzTest {
  private static final List<Scenario> SCENARIOS =
      List.of(
          scenario(1000, 2, 0.8, 0.1), scenario(1e300, 1e-300, 0, 1e5), scenario(-5, 0, 3, -0.5));

  private static Scenario scenario(double reach, double impact, double confidence, double uplift) {
    return Scenarios.of(
        Scenarios.activity("launch", 8)
            .effects(Effect.on("t", uplift))
            .attribute("reach", reach)
            .attribute("impact", impact)
            .attribute("confidence", confidence)
            .build());
  }

  @FuzzTest(maxDuration = "60s")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void formula(byte[] input) {
    String expression = new String(input, StandardCharsets.UTF_8);
    ScoringStrategy formula;
    try {
      formula = ScoringStrategy.formula(expression);
    } catch (InvalidModelException e) {
      assertThat(e.problems()).extracting(Problem::path).containsOnly("formula");
      return;
    }
    for (Scenario scenario : SCENARIOS) {
      try {
        Score score = Scenarios.score(formula, scenario, "launch");
        assertThat(score.value()).isFinite();
      } catch (InvalidModelException e) {
        assertThat(e.problems())
            .allSatisfy(p -> assertThat(p.path()).matches("formula|activities\\[0\\].*"));
      }
    }
  }
}
