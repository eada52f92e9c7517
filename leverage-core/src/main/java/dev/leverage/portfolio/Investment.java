package dev.leverage.portfolio;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * What a product costs: development and marketing, in any one currency used across the portfolio.
 *
 * <p>Immutable and thread-safe.
 *
 * @param development spent on building the product, finite and at least 0
 * @param marketing spent on selling it, finite and at least 0
 */
public record Investment(double development, double marketing) {
  /** No investment. */
  public static final Investment NONE = new Investment(0, 0);

  /**
   * Checks that both amounts are finite and not negative.
   *
   * @param development spent on building the product, finite and at least 0
   * @param marketing spent on selling it, finite and at least 0
   */
  public Investment {
    List<Problem> problems = new ArrayList<>();
    check(development, "development", problems);
    check(marketing, "marketing", problems);
    InvalidModelException.throwIfAny(problems);
  }

  /**
   * {@return an investment of {@code development} and {@code marketing}}
   *
   * @param development spent on building, finite and at least 0
   * @param marketing spent on selling, finite and at least 0
   */
  public static Investment of(double development, double marketing) {
    return new Investment(development, marketing);
  }

  /** {@return development plus marketing} */
  public double total() {
    return development + marketing;
  }

  private static void check(double amount, String path, List<Problem> problems) {
    if (!Double.isFinite(amount) || amount < 0) {
      problems.add(Problem.at(path, "must be a finite amount, at least 0, was " + amount));
    }
  }
}
