package dev.leverage.calculator;

import dev.leverage.internal.Numbers;
import dev.leverage.unit.CalendarTime;
import dev.leverage.unit.Effort;

/**
 * Spans of hours and weeks as the calculator prints them, and text safe to show on a terminal;
 * numbers are printed by {@link Numbers}.
 */
final class Text {
  /** Above this many hours or weeks, a span is printed as a plain number of its unit. */
  private static final double LARGE = 1e12;

  private Text() {}

  /** Returns hours as {@code 6h}, {@code 1h30m} or {@code 2.6h}; a vast span as {@code 1.0E20h}. */
  static String hours(double hours) {
    if (!(Math.abs(hours) < LARGE)) {
      return Numbers.format(hours) + "h";
    }
    return Effort.ofHours(Math.max(0, hours)).toString();
  }

  /** Returns calendar time as {@code 12w} or {@code 2w3d}; a vast span as {@code 1.0E307w}. */
  static String weeks(CalendarTime time) {
    return time.weeks() < LARGE ? time.toString() : Numbers.format(time.weeks()) + "w";
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
