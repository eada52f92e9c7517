package dev.leverage.uncertainty;

import dev.leverage.InvalidModelException;
import dev.leverage.internal.Nulls;
import dev.leverage.unit.Effort;

/**
 * A three-point estimate of effort: low, most likely and high hours of the manager's work, the unit
 * of an activity's {@code time}.
 *
 * <p>It prints as a scenario file writes it: {@code 6h} for a point, {@code {low: 4h, likely: 6h,
 * high: 10h}} otherwise. Deterministic calculations use the {@linkplain #pertMean() PERT mean};
 * simulation draws from the PERT distribution of {@link #hours()}. Immutable and thread-safe.
 *
 * @param hours the estimate in hours, every value at least 0
 */
public record EffortEstimate(Estimate hours) {

  /**
   * Checks that the estimate is present and not negative.
   *
   * @param hours the estimate in hours, every value at least 0
   * @throws InvalidModelException if {@code hours} is null or its low value is below 0
   */
  public EffortEstimate {
    Nulls.reject(hours, "hours");
    if (hours.low() < 0) {
      throw InvalidModelException.of(
          "",
          "effort must be at least 0 hours, was "
              + format(hours.low(), hours.likely(), hours.high()));
    }
    if (hours.high() > Effort.MAX_HOURS) {
      throw InvalidModelException.of(
          "",
          "effort must be at most 100000000h (a hundred million hours, the supported range), was "
              + hours.high()
              + "h");
    }
  }

  /**
   * Returns a certain effort.
   *
   * @param effort the effort
   * @return a point estimate of {@code effort}
   * @throws InvalidModelException if {@code effort} is null
   */
  public static EffortEstimate of(Effort effort) {
    Nulls.reject(effort, "effort");
    return ofHours(effort.hours());
  }

  /**
   * Returns a three-point estimate of effort.
   *
   * @param low the least effort it may take
   * @param likely the most likely effort
   * @param high the most effort it may take
   * @return the estimate {@code low <= likely <= high}
   * @throws InvalidModelException if a value is null or the three are out of order
   */
  public static EffortEstimate of(Effort low, Effort likely, Effort high) {
    Nulls.reject(low, "low");
    Nulls.reject(likely, "likely");
    Nulls.reject(high, "high");
    return new EffortEstimate(Estimate.of(low.hours(), likely.hours(), high.hours()));
  }

  /**
   * Returns a certain number of hours.
   *
   * @param hours finite hours, at least 0
   * @return a point estimate of {@code hours}
   * @throws InvalidModelException if {@code hours} is not finite or below 0
   */
  public static EffortEstimate ofHours(double hours) {
    return new EffortEstimate(Estimate.of(hours));
  }

  /**
   * Returns an estimate of effort from an estimate of hours.
   *
   * @param hours the estimate in hours, every value at least 0
   * @return the estimate
   * @throws InvalidModelException if {@code hours} is null or its low value is below 0
   */
  public static EffortEstimate ofHours(Estimate hours) {
    return new EffortEstimate(hours);
  }

  /** {@return the least effort it may take} */
  public Effort low() {
    return Effort.ofHours(hours.low());
  }

  /** {@return the most likely effort} */
  public Effort likely() {
    return Effort.ofHours(hours.likely());
  }

  /** {@return the most effort it may take} */
  public Effort high() {
    return Effort.ofHours(hours.high());
  }

  /** {@return the PERT mean {@code (low + 4 likely + high) / 6}; the effort itself for a point} */
  public Effort pertMean() {
    return Effort.ofHours(hours.pertMean());
  }

  /** {@return true when low, likely and high are equal: there is no uncertainty} */
  public boolean isPoint() {
    return hours.isPoint();
  }

  /**
   * Returns the effort as a scenario file writes it.
   *
   * @return {@code 6h} for a point, {@code {low: 4h, likely: 6h, high: 10h}} otherwise
   */
  @Override
  public String toString() {
    return isPoint() ? likely().toString() : format(hours.low(), hours.likely(), hours.high());
  }

  private static String format(double low, double likely, double high) {
    if (low == likely && likely == high) {
      return hoursText(likely);
    }
    return "{low: "
        + hoursText(low)
        + ", likely: "
        + hoursText(likely)
        + ", high: "
        + hoursText(high)
        + "}";
  }

  /** Formats hours as {@link Effort} does, with a minus sign in front of negative ones. */
  private static String hoursText(double hours) {
    return hours < 0 ? "-" + Effort.ofHours(-hours) : Effort.ofHours(hours).toString();
  }
}
