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
}
