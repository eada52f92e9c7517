package dev.leverage.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.leverage.InvalidModelException;
import dev.leverage.LeverageDomain;
import dev.leverage.Problem;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/** Three-point estimates and their PERT means, MODEL.md §5. */
@Domain(LeverageDomain.class)
@Domain(DomainContext.Global.class)
class EstimateTest {

  @Example
  void thePertMeanWeighsTheLikelyValueFourTimes() {
    assertThat(Estimate.of(1, 2, 6).pertMean()).isEqualTo(2.5);
    assertThat(Estimate.of(2, 4, 12).pertMean()).isCloseTo(5.0, within(1e-12));
  }

  @Example
  void aPointIsItsOwnMean() {
    Estimate point = Estimate.of(0.1);
    assertThat(point.isPoint()).isTrue();
    assertThat(point.pertMean()).isEqualTo(0.1);
    assertThat(point).isEqualTo(Estimate.of(0.1, 0.1, 0.1));
    assertThat(point).hasToString("0.1");
  }

  @Example
  void aThreePointEstimateIsWrittenWithItsThreeValues() {
    assertThat(Estimate.of(1, 2, 6)).hasToString("{low: 1.0, likely: 2.0, high: 6.0}");
    assertThat(Estimate.of(1, 2, 6).isPoint()).isFalse();
  }

  @Example
  void aLowAboveTheLikelyValueIsRejectedWithTheThreeValues() {
    assertThatThrownBy(() -> Estimate.of(3, 2, 4))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        Problem.at(
                            "",
                            "an estimate needs low <= likely <= high,"
                                + " was {low: 3.0, likely: 2.0, high: 4.0}")));
  }

  @Example
  void aLikelyValueAboveTheHighIsRejected() {
    assertThatThrownBy(() -> Estimate.of(1, 5, 4))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "an estimate needs low <= likely <= high, was {low: 1.0, likely: 5.0, high: 4.0}");
  }

  @Example
  void nonFiniteValuesAreRejected() {
    assertThatThrownBy(() -> Estimate.of(Double.NaN))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("an estimate must be finite numbers");
    assertThatThrownBy(() -> Estimate.of(0, 1, Double.POSITIVE_INFINITY))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("an estimate must be finite numbers");
  }

  @Example
  void scalingByAFactorThatIsNotPositiveIsAProgrammingError() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Estimate.of(1, 2, 3).times(0))
        .isNotInstanceOf(InvalidModelException.class)
        .withMessage("factor must be finite and positive, was 0.0");
  }

  @Property
  void thePertMeanLiesBetweenLowAndHigh(@ForAll Estimate estimate) {
    assertThat(estimate.pertMean()).isBetween(estimate.low(), estimate.high());
  }

  @Property
  void thePertMeanIsTheWeightedAverageOfTheThreeValues(@ForAll Estimate estimate) {
    assertThat(estimate.pertMean())
        .isCloseTo(
            (estimate.low() + 4 * estimate.likely() + estimate.high()) / 6,
            within(1e-12 * (1 + Math.abs(estimate.low()) + Math.abs(estimate.high()))));
  }

  @Property
  void scalingAnEstimateScalesItsMean(
      @ForAll Estimate estimate, @ForAll @DoubleRange(min = 0.01, max = 100) double factor) {
    assertThat(estimate.times(factor).pertMean())
        .isCloseTo(
            factor * estimate.pertMean(),
            within(1e-12 * factor * (1 + Math.abs(estimate.low()) + Math.abs(estimate.high()))));
  }
}
