package dev.leverage.internal;

/** Formats numbers for messages and tables without trailing noise. */
public final class Numbers {
  private Numbers() {}

  /** Returns {@code 3} for 3.0 and {@code 0.25} for 0.25. */
  public static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  /**
   * Returns {@code value} in plain decimal notation, never with an exponent: {@code 0.00025} for
   * 2.5e-4, {@code 3} for 3.0. For the written forms of units, which are read back without
   * exponents.
   */
  public static String plain(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }
}
