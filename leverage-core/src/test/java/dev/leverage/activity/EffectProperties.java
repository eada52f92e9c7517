package dev.leverage.activity;

import static dev.leverage.Tolerance.assertNear;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leverage.unit.CalendarTime;
import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/**
 * How long effects count within the horizon, MODEL.md §4.
 *
 * <p><b>The bounds of a half-life effect.</b> A decaying effect with half-life {@code h} holds at
 * strength {@code 2^(-t/h)} at week {@code t}, so within a horizon {@code H} it counts {@code f =
 * ∫_0^H 2^(-t/h) dt = (h / ln 2)(1 − 2^(−H/h))} full-strength weeks. Then, exactly:
 *
 * <pre>
 *   min(h, H) / (2 ln 2)  ≤  f  ≤  min(H, h / ln 2)
 * </pre>
 *
 * that is, it counts at least as much as a step lasting {@code min(h, H) / (2 ln 2)} (≈ 0.72 min(h,
 * H)) and at most as much as a step lasting {@code min(H, h / ln 2)}.
 *
 * <ul>
 *   <li>Upper: the strength is at most 1, so {@code f ≤ H}; it is positive, so {@code f ≤ ∫_0^∞
 *       2^(-t/h) dt = h / ln 2}.
 *   <li>Lower: write {@code g(y) = (1 − e^(−y)) / y = ∫_0^1 e^(−ys) ds}, decreasing in {@code y >
 *       0}, and {@code y = (H/h) ln 2}. If {@code h ≤ H}, {@code f / h = (1 − 2^(−H/h)) / ln 2 ≥ (1
 *       − 1/2) / ln 2} because {@code H/h ≥ 1}. If {@code h ≥ H}, {@code f / H = g(y) ≥ g(ln 2) = 1
 *       / (2 ln 2)} because {@code y ≤ ln 2}. Either way {@code f ≥ min(h, H) / (2 ln 2)}.
 *   <li>Tight: the lower bound is reached at {@code h = H}; the upper one is approached as {@code h
 *       / H} goes to 0 ({@code f → h / ln 2}) or to infinity ({@code f → H}).
 * </ul>
 *
 * The looser {@code min(h, H) / 2 ≤ f} follows, since the strength is at least 1/2 until {@code h}.
 */
class EffectProperties {
  private static final double LN2 = Math.log(2);

  @Property
  void aHalfLifeEffectCountsBetweenTheStepEffectsThatBoundIt(
      @ForAll @DoubleRange(min = 0.01, max = 520) double h,
      @ForAll @DoubleRange(min = 0.01, max = 520) double horizon) {
    CalendarTime within = CalendarTime.ofWeeks(horizon);
    double lower = step(Math.min(h, horizon) / (2 * LN2)).weeks(within);
    double upper = step(Math.min(horizon, h / LN2)).weeks(within);
    double weeks = decay(h).weeks(within);
    assertThat(weeks).isBetween(lower * (1 - 1e-12), upper * (1 + 1e-12));
    assertThat(weeks).isGreaterThanOrEqualTo(Math.min(h, horizon) / 2);
  }

  @Property
  void aHalfLifeEqualToTheHorizonCountsExactlyTheLowerBound(
      @ForAll @DoubleRange(min = 0.01, max = 520) double horizon) {
    assertNear(decay(horizon).weeks(CalendarTime.ofWeeks(horizon)), horizon / (2 * LN2));
  }

  @Property(tries = 200)
  void aHalfLifeEffectCountsTheIntegralOfItsStrengthOverTheHorizon(
      @ForAll @DoubleRange(min = 0.01, max = 520) double h,
      @ForAll @DoubleRange(min = 0.01, max = 520) double horizon) {
    Assume.that(horizon <= 100 * h);
    assertNear(
        decay(h).weeks(CalendarTime.ofWeeks(horizon)),
        simpson(t -> Math.pow(2, -t / h), horizon, 20_000),
        horizon);
  }

  @Property
  void aLongerHalfLifeNeverCountsFewerWeeks(
      @ForAll @DoubleRange(min = 0.01, max = 520) double h,
      @ForAll @DoubleRange(min = 0, max = 520) double longer,
      @ForAll @DoubleRange(min = 0.01, max = 520) double horizon) {
    CalendarTime within = CalendarTime.ofWeeks(horizon);
    assertThat(decay(h + longer).weeks(within))
        .isGreaterThanOrEqualTo(decay(h).weeks(within) * (1 - 1e-12));
  }

  @Property
  void aStepEffectCountsItsDurationCutAtTheHorizon(
      @ForAll @DoubleRange(min = 0.01, max = 520) double lasts,
      @ForAll @DoubleRange(min = 0.01, max = 520) double horizon) {
    assertThat(step(lasts).weeks(CalendarTime.ofWeeks(horizon)))
        .isEqualTo(Math.min(lasts, horizon));
  }

  @Property
  void anEffectWithoutLastsOrHalfLifeCountsTheWholeHorizon(
      @ForAll @DoubleRange(min = 0, max = 520) double horizon) {
    assertThat(Effect.on("checkout", 0.1).weeks(CalendarTime.ofWeeks(horizon))).isEqualTo(horizon);
  }

  @Example
  void aHalfLifeOfTwoWeeksCountsAboutTwoPointEightOfTwelveWeeks() {
    // (2 / ln 2)(1 − 2^−6) = 2.8404… weeks
    assertThat(decay(2).weeks(CalendarTime.ofWeeks(12)))
        .isCloseTo(2 / LN2 * (1 - 1 / 64.0), within(1e-12));
  }

  private static Effect step(double weeks) {
    return Effect.builder().team("t").uplift(0.1).lasts(CalendarTime.ofWeeks(weeks)).build();
  }

  private static Effect decay(double halfLife) {
    return Effect.builder().team("t").uplift(0.1).halfLife(CalendarTime.ofWeeks(halfLife)).build();
  }

  /** The integral of {@code f} over [0, {@code to}] by Simpson's rule on {@code n} intervals. */
  private static double simpson(DoubleUnaryOperator f, double to, int n) {
    double step = to / n;
    double sum = f.applyAsDouble(0) + f.applyAsDouble(to);
    for (int i = 1; i < n; i++) {
      sum += (i % 2 == 0 ? 2 : 4) * f.applyAsDouble(i * step);
    }
    return sum * step / 3;
  }
}
