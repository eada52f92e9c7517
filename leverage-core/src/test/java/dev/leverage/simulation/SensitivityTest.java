package dev.leverage.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.leverage.InvalidModelException;
import dev.leverage.WorkedExample;
import dev.leverage.activity.Activity;
import dev.leverage.scenario.Scenario;
import dev.leverage.uncertainty.Estimate;
import org.junit.jupiter.api.Test;

class SensitivityTest {
  private final Scenario scenario = UncertainExample.scenario();

  @Test
  void writeVisionSwingsMostWithItsCheckoutUpliftThenWithItsTime() {
    // Means: time (4 + 24 + 10) / 6 = 19/3 h; checkout uplift (0.05 + 0.4 + 0.2) / 6 = 0.65/6.
    // Output at the means: 100 × 12 × 0.65/6 + 24 = 154. Payments (24) is certain.
    // Uplift swing: (264 − 84) / (19/3) ≈ 28.4; time swing: 154/4 − 154/10 = 23.1.
    Sensitivity sensitivity = Sensitivity.of(scenario, "write-vision");
    double hours = 19.0 / 3;
    assertThat(sensitivity.activity()).isEqualTo("write-vision");
    assertThat(sensitivity.leverage()).isCloseTo(154 / hours, within(1e-9));
    assertThat(sensitivity.swings())
        .extracting(Swing::input)
        .containsExactly("effects[0].uplift", "time");
    Swing time = sensitivity.swings().get(1);
    assertThat(time.label()).isEqualTo("time");
    assertThat(time.leverageAtLow()).isCloseTo(154 / 4.0, within(1e-9));
    assertThat(time.leverageAtHigh()).isCloseTo(154 / 10.0, within(1e-9));
    assertThat(time.width()).isCloseTo(154 / 4.0 - 154 / 10.0, within(1e-9));
    Swing uplift = sensitivity.swings().get(0);
    assertThat(uplift.label()).isEqualTo("uplift on checkout");
    assertThat(uplift.estimate()).isEqualTo(Estimate.of(0.05, 0.10, 0.20));
    assertThat(uplift.leverageAtLow()).isCloseTo((60 + 24) / hours, within(1e-9));
    assertThat(uplift.leverageAtHigh()).isCloseTo((240 + 24) / hours, within(1e-9));
  }

  @Test
  void swingsAreSortedWidestFirstAndBracketTheLeverageAtTheMeans() {
    for (Activity activity : scenario.activities()) {
      Sensitivity sensitivity = Sensitivity.of(scenario, activity);
      double previous = Double.POSITIVE_INFINITY;
      for (Swing swing : sensitivity.swings()) {
        assertThat(swing.width()).isLessThanOrEqualTo(previous);
        previous = swing.width();
        // Leverage is monotone in each estimate, so the mean lies between the two ends.
        assertThat(sensitivity.leverage())
            .isBetween(
                Math.min(swing.leverageAtLow(), swing.leverageAtHigh()) - 1e-9,
                Math.max(swing.leverageAtLow(), swing.leverageAtHigh()) + 1e-9);
      }
    }
  }

  @Test
  void certainEstimatesDoNotSwing() {
    Scenario certain = WorkedExample.scenario();
    for (Activity activity : certain.activities()) {
      Sensitivity sensitivity = Sensitivity.of(certain, activity);
      assertThat(sensitivity.swings()).isEmpty();
      assertThat(sensitivity.leverage()).isEqualTo(certain.output(activity).leverage());
    }
    assertThat(Sensitivity.of(scenario, "groom-backlog").swings())
        .extracting(Swing::input)
        .containsExactly("effects[0].uplift");
  }

  @Test
  void anUnknownActivityNamesTheClosestOne() {
    assertThatThrownBy(() -> Sensitivity.of(scenario, "fix-serch"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("unknown activity 'fix-serch', did you mean 'fix-search'?");
  }
}
