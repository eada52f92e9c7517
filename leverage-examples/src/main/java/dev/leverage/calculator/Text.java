package dev.leverage.calculator;

import dev.leverage.unit.CalendarTime;
import dev.leverage.unit.Effort;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Number formats of the calculator's tables and messages, and text safe to show on a terminal. */
final class Text {
  /** Above this many hours or weeks, a span is printed as a plain number of its unit. */
  private static final double LARGE = 1e12;

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
    if (!Double.isFinite(value) || Math.abs(value) >= 1e15) {
      return number(value);
    }
    String text = String.format(Locale.ROOT, "%.2f", value);
    return text.equals("-0.00") ? "0.00" : text;
  }

  /** Returns {@code value} with at most four decimals and no trailing zeros: {@code 0.0383}. */
  static String brief(double value) {
    if (!Double.isFinite(value) || Math.abs(value) >= 1e15) {
      return number(value);
    }
    String text =
        new BigDecimal(value)
            .setScale(4, RoundingMode.HALF_EVEN)
            .stripTrailingZeros()
            .toPlainString();
    return text.equals("-0") ? "0" : text;
  }

  /** Returns hours as {@code 6h}, {@code 1h30m} or {@code 2.6h}; a vast span as {@code 1.0E20h}. */
  static String hours(double hours) {
    if (!(Math.abs(hours) < LARGE)) {
      return number(hours) + "h";
    }
    return Effort.ofHours(Math.max(0, hours)).toString();
  }

  /** Returns calendar time as {@code 12w} or {@code 2w3d}; a vast span as {@code 1.0E307w}. */
  static String weeks(CalendarTime time) {
    return time.weeks() < LARGE ? time.toString() : number(time.weeks()) + "w";
  }

  /**
   * Returns {@code value} on one line with every control character escaped as the library's
   * problems escape them (ESC becomes a backslash, then {@code u001b}; also line breaks, DEL, C1
   * controls and bidirectional overrides), so that an echoed value cannot move the cursor, retitle
   * the terminal or pretend to be another line.
   */
  static String escape(String value) {
    return escape(value, false);
  }

  /**
   * Returns {@code text} with control characters escaped, keeping line breaks and tabs when {@code
   * keepLines}.
   */
  static String escape(String text, boolean keepLines) {
    int first = 0;
    while (first < text.length() && !isControl(text.charAt(first), keepLines)) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c, keepLines)) {
        out.append(escaped(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isControl(char c, boolean keepLines) {
    if (keepLines && (c == '\n' || c == '\r' || c == '\t')) {
      return false;
    }
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u2028'
        || c == '\u2029';
  }

  private static String escaped(char c) {
    return String.format("\\u%04x", (int) c);
  }
}
