package dev.leverage.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one number format of the library's messages, the calculator's tables and the report: exact
 * numbers for messages, two decimals for table columns, a few decimals for weights and chart
 * labels.
 *
 * <p>Rounding is half up on the shortest decimal that reads back as the value (what {@code %.2f}
 * does), so that a table, a chart and a message print {@code 0.125} alike ({@code 0.13}). A value
 * that is not finite, or too large for decimals to mean anything ({@code |value| >= 1e15}), is
 * printed exactly, as {@link #format} does: {@code 1.0E20}, never twenty digits and two zeros.
 */
public final class Numbers {
  private static final double HUGE = 1e15;

  private Numbers() {}

  /**
   * Returns decimal text that reads back as exactly {@code value}, finite: {@code 100}, {@code
   * 0.1}, {@code 1.5e-7}, {@code 1.0e+300}; the exponent, when there is one, has a sign so that
   * YAML 1.1 reads it as a number too.
   */
  public static String exact(double value) {
    if (value == Math.rint(value) && Math.abs(value) < HUGE) {
      return Long.toString((long) value);
    }
    String text = Double.toString(value);
    int e = text.indexOf('E');
    if (e < 0) {
      return text;
    }
    String exponent = text.substring(e + 1);
    return text.substring(0, e) + "e" + (exponent.startsWith("-") ? "" : "+") + exponent;
  }

  /** Returns {@code 3} for 3.0 and {@code 0.25} for 0.25: exact, without trailing zeros. */
  public static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < HUGE) {
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
    if (value == Math.rint(value) && Math.abs(value) < HUGE) {
      return Long.toString((long) value);
    }
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }

  /** How many significant digits {@link #significant} keeps. */
  public static final int SIGNIFICANT_DIGITS = 10;

  /**
   * Returns {@code value} rounded to {@value #SIGNIFICANT_DIGITS} significant digits (half even),
   * without trailing zeros, for a spreadsheet cell: {@code 7.2} for 7.199999999999999, {@code 144},
   * {@code 0.0375}; plain decimals from 1e-6 up to 1e15, else an exponent ({@code 1.5E-7}, as
   * spreadsheets write it). A value that is not finite is printed as {@link #format} does.
   */
  public static String significant(double value) {
    if (!Double.isFinite(value)) {
      return format(value);
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal rounded =
        new BigDecimal(value)
            .round(new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN))
            .stripTrailingZeros();
    double magnitude = Math.abs(rounded.doubleValue());
    if (magnitude >= 1e-6 && magnitude < HUGE) {
      return rounded.toPlainString();
    }
    return rounded.toString().replace("E+", "E");
  }

  /** Returns {@code value} with two decimals for a table column: {@code 144.00}, {@code -1.20}. */
  public static String figure(double value) {
    return decimals(value, 2, false);
  }

  /** Returns {@code value} with at most four decimals and no trailing zeros: {@code 0.0383}. */
  public static String brief(double value) {
    return brief(value, 4);
  }

  /**
   * Returns {@code value} with at most {@code maxDecimals} decimals and no trailing zeros: {@code
   * brief(2.5, 2)} is {@code 2.5}, {@code brief(1.0 / 3, 2)} is {@code 0.33}.
   */
  public static String brief(double value, int maxDecimals) {
    return decimals(value, maxDecimals, true);
  }

  /**
   * Returns {@code value} for a chart, with at most two decimals and thousands separated by commas:
   * {@code 1,234.5}.
   */
  public static String label(double value) {
    String text = brief(value, 2);
    int start = text.startsWith("-") ? 1 : 0;
    int point = text.indexOf('.');
    int end = point < 0 ? text.length() : point;
    if (end - start <= 3 || !Character.isDigit(text.charAt(end - 1))) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + (end - start) / 3);
    out.append(text, 0, start);
    for (int i = start; i < end; i++) {
      if (i > start && (end - i) % 3 == 0) {
        out.append(',');
      }
      out.append(text.charAt(i));
    }
    return out.append(text, end, text.length()).toString();
  }

  private static String decimals(double value, int decimals, boolean trim) {
    if (!Double.isFinite(value) || Math.abs(value) >= HUGE) {
      return format(value);
    }
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    if (trim) {
      rounded = rounded.stripTrailingZeros();
      if (rounded.scale() < 0) {
        rounded = rounded.setScale(0);
      }
    }
    // BigDecimal has no negative zero: -0.001 is 0.00, never -0.00.
    return rounded.toPlainString();
  }
}
