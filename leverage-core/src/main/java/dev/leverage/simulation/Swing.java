package dev.leverage.simulation;

import dev.leverage.uncertainty.Estimate;

/**
 * How far one estimate moves an activity's leverage: the leverage with that estimate at its low and
 * at its high value, every other estimate at its PERT mean. One bar of a tornado chart.
 *
 * <p>Immutable and thread-safe.
 *
 * @param input where the estimate is in the activity, as in the scenario file: {@code time} or
 *     {@code effects[0].uplift}
 * @param label what the estimate is, for people: {@code time} or {@code uplift on checkout}
 * @param estimate the estimate that swings
 * @param leverageAtLow the leverage with the estimate at its low value, output units per hour
 * @param leverageAtHigh the leverage with the estimate at its high value, output units per hour
 */
public record Swing(
    String input, String label, Estimate estimate, double leverageAtLow, double leverageAtHigh) {

  /** {@return how much the leverage moves: {@code |leverageAtHigh − leverageAtLow|}} */
  public double width() {
    return Math.abs(leverageAtHigh - leverageAtLow);
  }
}
