package dev.leverage.calculator;

import java.util.Locale;

/** Number formats of the calculator's tables and messages. */
final class Text {
  private Text() {}

  /** Returns {@code 3} for 3.0 and {@code 0.25} for 0.25: exact, without trailing zeros. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  /** Returns {@code value} with two decimals for a table column: {@code 144.00}, {@code -1.20}. */
  static String figure(double value) {
    String text = String.format(Locale.ROOT, "%.2f", value);
    return text.equals("-0.00") ? "0.00" : text;
  }

  /** Returns {@code value} with at most four decimals and no trailing zeros: {@code 0.0383}. */
  static String brief(double value) {
    String text =
        new java.math.BigDecimal(value)
            .setScale(4, java.math.RoundingMode.HALF_EVEN)
            .stripTrailingZeros()
            .toPlainString();
    return text.equals("-0") ? "0" : text;
  }

  /** Returns hours as {@code 6h}, {@code 1h30m} or {@code 2.6h}. */
  static String hours(double hours) {
    return dev.leverage.unit.Effort.ofHours(Math.max(0, hours)).toString();
  }
}
