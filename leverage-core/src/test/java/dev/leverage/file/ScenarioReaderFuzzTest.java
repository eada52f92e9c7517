package dev.leverage.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.leverage.EveryCommand;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.scenario.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the public reading API with any text, as YAML and as JSON. The law (MODEL.md §10): a
 * scenario, or an {@link InvalidModelException} whose every problem says what is wrong; never
 * another exception, a hang or a non-finite number in any command's result.
 *
 * <p>{@code ./mvnw verify} replays the inputs under {@code ScenarioReaderFuzzTestInputs}; {@code
 * .ci/fuzz} fuzzes each target for a bounded time (docs/robustness.md).
 */
class ScenarioReaderFuzzTest {

  @FuzzTest(maxDuration = "60s")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void yaml(byte[] input) {
    readAndRun(ScenarioReader.yaml(), input);
  }

  @FuzzTest(maxDuration = "60s")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void json(byte[] input) {
    readAndRun(ScenarioReader.json(), input);
  }

  private static void readAndRun(ScenarioReader reader, byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Scenario scenario;
    try {
      scenario = reader.withMaxCharacters(1 << 20).read(text);
    } catch (InvalidModelException e) {
      assertThat(e.problems()).isNotEmpty();
      for (Problem problem : e.problems()) {
        assertThat(problem.message()).isNotBlank();
      }
      return;
    }
    EveryCommand.assertFinite(scenario);
  }
}
