package dev.leverage.uncertainty;

import dev.leverage.InvalidModelException;

/**
 * A three-point estimate of a number: low, most likely and high, with {@code low <= likely <=
 * high}; a point when all three are equal.
 *
 * <p>Deterministic calculations use the {@linkplain #pertMean() PERT mean}; simulation draws from
 * the PERT distribution over [low, high]. Immutable and thread-safe.
 *
 * <p>Its range {@code high − low} must be finite too; its PERT mean always is, since it lies
 * between low and high.
 *
 * @param low the lowest plausible value, finite
 * @param likely the most likely value, finite
 * @param high the highest plausible value, finite
 */
public record Estimate(double low, double likely, double high) {

  /**
   * Checks that the three values are finite and ordered.
   *
   * @param low the lowest plausible value, finite
   * @param likely the most likely value, finite
   * @param high the highest plausible value, finite
   */
  public Estimate {
    if (!Double.isFinite(low) || !Double.isFinite(likely) || !Double.isFinite(high)) {
      throw InvalidModelException.of(
          "", "an estimate must be finite numbers, was " + written(low, likely, high));
    }
    if (low > likely || likely > high) {
      throw InvalidModelException.of(
          "", "an estimate needs low <= likely <= high, was " + written(low, likely, high));
    }
    if (!Double.isFinite(high - low)) {
      throw InvalidModelException.of(
          "",
          "an estimate must span a finite range high - low, was "
              + written(low, likely, high)
              + "; keep low and high within ±8e307");
    }
    // -0.0 becomes 0.0, so that equal estimates are equal values
    low += 0.0;
    likely += 0.0;
    high += 0.0;
  }

  /**
   * {@return the certain value {@code value}}
   *
   * @param value the certain value, finite
   */
  public static Estimate of(double value) {
    return new Estimate(value, value, value);
  }

  /**
   * {@return the three-point estimate {@code low <= likely <= high}}
   *
   * @param low the lowest plausible value, finite
   * @param likely the most likely value, finite
   * @param high the highest plausible value, finite
   */
  public static Estimate of(double low, double likely, double high) {
    return new Estimate(low, likely, high);
  }

  /** {@return the PERT mean {@code (low + 4 likely + high) / 6}; the value itself for a point} */
  public double pertMean() {
    if (isPoint()) {
      return likely;
    }
    double mean = (low + 4 * likely + high) / 6.0;
    // Between low and high, so finite; only the sum can overflow, and then the parts cannot.
    return Double.isInfinite(mean) ? low / 6.0 + likely / 1.5 + high / 6.0 : mean;
  }

  /** {@return true when low, likely and high are equal: there is no uncertainty} */
  public boolean isPoint() {
    return low == likely && likely == high;
  }

  /**
   * {@return this estimate with each of its three values multiplied by {@code factor > 0}}
   *
   * @param factor the factor, finite and greater than 0
   * @throws InvalidModelException when the product is too large for an estimate
   */
  public Estimate times(double factor) {
    if (!(factor > 0) || !Double.isFinite(factor)) {
      throw new IllegalArgumentException("factor must be finite and positive, was " + factor);
    }
    return new Estimate(low * factor, likely * factor, high * factor);
  }

  /** Returns the point value, or {@code {low: …, likely: …, high: …}}. */
  @Override
  public String toString() {
    return isPoint()
        ? Double.toString(likely)
        : "{low: " + low + ", likely: " + likely + ", high: " + high + "}";
  }

  /** {@code {low: 1.0, likely: 2.0, high: 3.0}}, as an estimate is written in a scenario. */
  private static String written(double low, double likely, double high) {
    return "{low: " + low + ", likely: " + likely + ", high: " + high + "}";
  }
}
