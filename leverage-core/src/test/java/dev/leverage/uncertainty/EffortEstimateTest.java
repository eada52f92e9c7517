package dev.leverage.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leverage.InvalidModelException;
import dev.leverage.unit.Effort;
import org.junit.jupiter.api.Test;

/** Effort estimates (§5): hours from 0 to a hundred million, low <= likely <= high. */
class EffortEstimateTest {
  @Test
  void theEndsOfTheSupportedRangeAreAccepted() {
    assertThatCode(() -> EffortEstimate.ofHours(0)).doesNotThrowAnyException();
    assertThatCode(() -> EffortEstimate.ofHours(Effort.MAX_HOURS)).doesNotThrowAnyException();
  }

  @Test
  void aNegativeEffortIsRefusedWithTheEstimateAsWritten() {
    assertThatThrownBy(() -> EffortEstimate.ofHours(Estimate.of(-1.5, 2, 3)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining(
            "effort must be at least 0 hours, was {low: -1h30m, likely: 2h, high: 3h}");
    assertThatThrownBy(() -> EffortEstimate.ofHours(Estimate.of(-1, 0, 3)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("was {low: -1h, likely: 0m, high: 3h}");
    assertThatThrownBy(() -> EffortEstimate.ofHours(-2))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("effort must be at least 0 hours, was -2h");
  }

  @Test
  void anEffortPastAHundredMillionHoursIsRefused() {
    assertThatThrownBy(() -> EffortEstimate.ofHours(Estimate.of(1, 2, Effort.MAX_HOURS + 1)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("effort must be at most 100000000h");
  }

  @Test
  void equalEndsMakeAPointAndOutOfOrderEndsAreRefused() {
    EffortEstimate point =
        EffortEstimate.of(Effort.ofHours(2), Effort.ofHours(2), Effort.ofHours(2));
    assertThat(point.isPoint()).isTrue();
    assertThat(point).hasToString("2h");
    EffortEstimate lowIsLikely =
        EffortEstimate.of(Effort.ofHours(2), Effort.ofHours(2), Effort.ofHours(5));
    assertThat(lowIsLikely.isPoint()).isFalse();
    assertThat(EffortEstimate.of(Effort.ofHours(1), Effort.ofHours(5), Effort.ofHours(5)).isPoint())
        .isFalse();
    assertThatThrownBy(
            () -> EffortEstimate.of(Effort.ofHours(3), Effort.ofHours(2), Effort.ofHours(5)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining(
            "an effort estimate needs low <= likely <= high, was {low: 3h, likely: 2h, high: 5h}");
  }

  @Test
  void anEstimateGivesItsEndsItsMeanAndItsWrittenForm() {
    EffortEstimate estimate =
        EffortEstimate.of(Effort.ofHours(1), Effort.ofHours(2), Effort.ofHours(9));

    assertThat(estimate.low()).isEqualTo(Effort.ofHours(1));
    assertThat(estimate.likely()).isEqualTo(Effort.ofHours(2));
    assertThat(estimate.high()).isEqualTo(Effort.ofHours(9));
    assertThat(estimate.pertMean()).isEqualTo(Effort.ofHours(3)); // (1 + 4·2 + 9) / 6
    assertThat(estimate.isPoint()).isFalse();
    assertThat(estimate).hasToString("{low: 1h, likely: 2h, high: 9h}");
  }
}
