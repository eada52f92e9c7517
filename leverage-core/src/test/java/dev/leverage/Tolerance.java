package dev.leverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** How closely floating-point results of the model must agree with their exact counterparts. */
public final class Tolerance {
  /** Relative error allowed: a few dozen roundings of a double. */
  public static final double RELATIVE = 1e-9;

  private Tolerance() {}

  /**
   * Asserts that {@code actual} is {@code expected} up to {@link #RELATIVE} of {@code magnitude},
   * the size of the terms the two were computed from (at least 1).
   */
  public static void assertNear(double actual, double expected, double magnitude) {
    assertThat(actual).isCloseTo(expected, within(RELATIVE * Math.max(1, Math.abs(magnitude))));
  }

  /** Asserts that {@code actual} is {@code expected} up to {@link #RELATIVE} of their size. */
  public static void assertNear(double actual, double expected) {
    assertNear(actual, expected, Math.max(Math.abs(actual), Math.abs(expected)));
  }
}
