package dev.leverage.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leverage.DelayedAndFixedExample;
import org.junit.jupiter.api.Test;

/** Simulation counts a delayed effect from the week it starts (§4), like the means do. */
class DelayedEffectSimulationTest {
  @Test
  void aCertainDelayedEffectSimulatesToItsDeterministicOutput() {
    SimulationResult result =
        Simulation.builder().samples(200).seed(7).build().run(DelayedAndFixedExample.scenario());
    assertThat(result.output("hire").mean()).isCloseTo(80.0, within(1e-9));
    assertThat(result.output("one-to-ones").mean()).isCloseTo(24.0, within(1e-9));
  }
}
