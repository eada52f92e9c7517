package dev.leverage.internal;

import dev.leverage.Problem;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The bound that keeps every computed quantity finite (MODEL.md §10): outputs, sums of outputs,
 * leverages, shares, means and simulated samples stay within ±{@link #LIMIT}.
 *
 * <p>The bound sits eight orders of magnitude below the largest double (about 1.8e308), so that a
 * sum of a million such values, a difference of two or a mean over the samples of a simulation is
 * still finite. Quantities are checked as products of input values in logarithms, so the check
 * itself never overflows; a quantity past the bound is reported at the path of the input value that
 * contributes the most to it.
 */
public final class Magnitudes {
  /** The largest magnitude a computed quantity may reach: 1e300. */
  public static final double LIMIT = 1e300;

  /** {@code log10} of {@link #LIMIT}. */
  private static final double LOG_LIMIT = 300;

  private Magnitudes() {}

  /**
   * One input value of a computed quantity, with the path of the value in the scenario and how to
   * name it in a message ({@code uplift 10}, {@code team 'a' output 1e308}).
   */
  public record Factor(double value, String path, String label) {
    /** {@code log10 |value|}; minus infinity for 0. */
    public double log10() {
      return Math.log10(Math.abs(value));
    }
  }

  /**
   * A product of factors, such as {@code weight × team output × uplift × weeks}, computed in
   * logarithms so that it never overflows.
   */
  public record Product(List<Factor> factors) {
    /** Copies the factors. */
    public Product {
      factors = List.copyOf(factors);
    }

    /** Returns the product of {@code factors}. */
    public static Product of(Factor... factors) {
      return new Product(List.of(factors));
    }

    /**
     * {@code log10} of the largest magnitude a partial product of the factors can reach, whatever
     * order they are multiplied in: the product of the factors larger than 1 in magnitude. A
     * computation that multiplies them in any order stays finite when this is within the bound.
     */
    public double log10() {
      double sum = 0;
      for (Factor factor : factors) {
        sum += Math.max(0, factor.log10());
      }
      return sum;
    }

    /** True when the product's magnitude is within {@link #LIMIT}. */
    public boolean isSupported() {
      return !(log10() > LOG_LIMIT);
    }

    /** The factor that contributes the most to the product's magnitude: the largest. */
    public Factor dominant() {
      Factor largest = factors.get(0);
      for (Factor factor : factors) {
        if (factor.log10() > largest.log10()) {
          largest = factor;
        }
      }
      return largest;
    }

    /** The factors as {@code uplift 10 × 12 weeks}. */
    public String describe() {
      return factors.stream().map(Factor::label).collect(Collectors.joining(" × "));
    }

    /**
     * A problem at the path of the dominant factor saying that {@code quantity} would be about this
     * product, past the bound.
     */
    public Problem problem(String quantity) {
      return problem(quantity, log10());
    }

    /**
     * A problem at the path of the dominant factor saying that {@code quantity}, of which this
     * product is the largest part, would be about {@code 10^log10}, past the bound.
     */
    public Problem problem(String quantity, double log10) {
      Factor cause = dominant();
      return Problem.at(
          cause.path(),
          cause.label()
              + " makes "
              + quantity
              + " about "
              + power(log10)
              + " ("
              + describe()
              + "), beyond ±1e300, the largest the model computes with; use a smaller value");
    }
  }

  /**
   * Adds a problem when the magnitudes of {@code values} add up past the bound, at the path of the
   * largest value, saying what {@code quantity} they add up to.
   */
  public static void checkSum(List<Factor> values, String quantity, List<Problem> problems) {
    double scaled = 0; // the sum × 1e-8, which cannot overflow for fewer than 1e8 values
    Factor largest = null;
    for (Factor value : values) {
      scaled += Math.abs(value.value()) * 1e-8;
      if (largest == null || Math.abs(value.value()) > Math.abs(largest.value())) {
        largest = value;
      }
    }
    if (!(scaled <= LIMIT * 1e-8)) {
      problems.add(
          Problem.at(
              largest.path(),
              largest.label()
                  + " makes "
                  + quantity
                  + " about "
                  + power(Math.log10(scaled) + 8)
                  + ", beyond ±1e300, the largest the model computes with; use a smaller value"));
    }
  }

  /** A magnitude as a power of ten: {@code 1e309}. */
  public static String power(double log10) {
    return String.format(Locale.ROOT, "1e%d", (long) Math.floor(log10));
  }

  /** A value as written in a message: {@code 0.5}, {@code 12}, {@code 1.0E308}. */
  public static String value(double value) {
    return Numbers.format(value);
  }
}
