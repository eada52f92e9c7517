package dev.leverage.unit;

import dev.leverage.InvalidModelException;
import dev.leverage.internal.Numbers;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of calendar time, in weeks of 7 days: the unit of the {@code horizon} and of how long an
 * effect holds ({@code lasts}, {@code halfLife}).
 *
 * <p>Calendar time never mixes with effort: hours and minutes are rejected. The supported range is
 * 0 to {@value #MAX_WEEKS} weeks (about 19,000 years); more is refused, never truncated. Immutable
 * and thread-safe.
 *
 * @param weeks weeks of 7 days, from 0 to {@value #MAX_WEEKS}
 */
public record CalendarTime(double weeks) implements Comparable<CalendarTime> {
  /** The longest calendar time the model supports: a million weeks. */
  public static final double MAX_WEEKS = 1_000_000;

  private static final Pattern COMPACT =
      Pattern.compile("(?:(\\d+(?:\\.\\d+)?)\\s*w)?\\s*(?:(\\d+(?:\\.\\d+)?)\\s*d)?");
  private static final Pattern ISO =
      Pattern.compile("P(?:(\\d+(?:\\.\\d+)?)W)?(?:(\\d+(?:\\.\\d+)?)D)?");
  private static final String FORMS = "write calendar time as 10d, 12w, 2w3d, P14D or P2W";

  /**
   * Checks that the weeks are finite and not negative.
   *
   * @param weeks weeks of 7 days, finite and at least 0
   */
  public CalendarTime {
    if (!Double.isFinite(weeks) || weeks < 0) {
      throw InvalidModelException.of(
          "", "calendar time must be a finite number of weeks, at least 0, was " + weeks);
    }
    if (weeks > MAX_WEEKS) {
      throw InvalidModelException.of("", tooLong(Numbers.format(weeks) + "w"));
    }
    weeks += 0.0; // -0.0 becomes 0.0, so that equal spans are equal values
  }

  /**
   * {@return {@code weeks} weeks}
   *
   * @param weeks weeks of 7 days, finite and at least 0
   */
  public static CalendarTime ofWeeks(double weeks) {
    return new CalendarTime(weeks);
  }

  /**
   * {@return {@code days} days, a seventh of a week each}
   *
   * @param days days, a seventh of a week each
   */
  public static CalendarTime ofDays(double days) {
    return new CalendarTime(days / 7.0);
  }

  /**
   * Parses {@code 10d}, {@code 12w}, {@code 2w3d} or ISO-8601 {@code P14D}, {@code P2W}.
   *
   * @param text the text to read
   * @return the calendar time
   * @throws InvalidModelException naming the accepted forms, also for hours and minutes
   */
  public static CalendarTime parse(CharSequence text) {
    if (text == null) {
      throw InvalidModelException.of("", "calendar time must not be null: " + FORMS);
    }
    String value = text.toString().trim();
    String upper = value.toUpperCase(Locale.ROOT);
    if (upper.isEmpty()) {
      throw InvalidModelException.of("", "calendar time is empty: " + FORMS);
    }
    Matcher matcher =
        upper.startsWith("P")
            ? ISO.matcher(upper)
            : COMPACT.matcher(upper.toLowerCase(Locale.ROOT));
    if (matcher.matches() && (matcher.group(1) != null || matcher.group(2) != null)) {
      double weeks = matcher.group(1) == null ? 0 : Double.parseDouble(matcher.group(1));
      double days = matcher.group(2) == null ? 0 : Double.parseDouble(matcher.group(2));
      double total = weeks + days / 7.0;
      if (!(total <= MAX_WEEKS)) {
        throw InvalidModelException.of("", tooLong(value));
      }
      return new CalendarTime(total);
    }
    // In ISO-8601 an M before the T is months (P1M), so only a compact M is minutes.
    boolean iso = upper.startsWith("P");
    if (upper.contains("T")
        || (!iso && upper.matches(".*\\d\\s*(H|M|MIN)$"))
        || upper.matches(".*\\dH.*")) {
      throw InvalidModelException.of(
          "", "'" + value + "' is effort (hours, minutes), but this is calendar time: " + FORMS);
    }
    if (upper.matches("\\d+(\\.\\d+)?")) {
      throw InvalidModelException.of(
          "", "'" + value + "' has no unit: write '" + value + "w' for weeks or '" + value + "d'");
    }
    if (iso) {
      throw InvalidModelException.of(
          "",
          "'" + value + "' uses years or months, which are not a whole number of weeks: " + FORMS);
    }
    throw InvalidModelException.of("", "cannot read '" + value + "' as calendar time: " + FORMS);
  }

  private static String tooLong(String value) {
    return "calendar time must be at most 1000000w (a million weeks, the supported range), was '"
        + value
        + "'";
  }

  /** {@return the span in days} */
  public double days() {
    return weeks * 7.0;
  }

  /**
   * {@return the shorter of this and {@code other}}
   *
   * @param other another span
   */
  public CalendarTime min(CalendarTime other) {
    return weeks <= other.weeks ? this : other;
  }

  @Override
  public int compareTo(CalendarTime other) {
    return Double.compare(weeks, other.weeks);
  }

  /** Returns the span in the compact form it is parsed from: {@code 12w}, {@code 2w3d}. */
  @Override
  public String toString() {
    double days = days();
    if (Math.abs(days - Math.rint(days)) < 1e-9) {
      long whole = Math.round(days);
      long w = whole / 7;
      long d = whole % 7;
      if (w == 0) {
        return d + "d";
      }
      return d == 0 ? w + "w" : w + "w" + d + "d";
    }
    return Numbers.plain(weeks) + "w";
  }
}
