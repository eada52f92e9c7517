package dev.leverage.unit;

import dev.leverage.InvalidModelException;
import java.util.Locale;
import java.util.OptionalDouble;
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

  private static final String NUMBER = Durations.NUMBER;

  /** {@code 2w3d}, {@code 13 weeks}, {@code 90 days}, {@code 2 weeks and 3 days}. */
  private static final Durations COMPACT = new Durations("weeks|week|wks|wk|w", "days|day|d", 7);

  /** One month, quarter or year: their length in days varies, so they are refused. */
  private static final Pattern AMBIGUOUS =
      Pattern.compile(
          NUMBER
              + "\\s*(months|month|mths|mth|mos|mo|quarters|quarter|qtrs|qtr|q|years|year|yrs|yr|y)");

  private static final Pattern AMBIGUOUS_WORD =
      Pattern.compile("\\d\\s*(?:months?|mths?|mos?|quarters?|qtrs?|q|years?|yrs?|y)(?![a-z])");

  private static final Pattern EFFORT_WORD =
      Pattern.compile("\\d\\s*(?:hours?|hrs?|h|minutes?|mins?|m)(?![a-z])");
  private static final Pattern ISO =
      Pattern.compile("P(?:(\\d+(?:\\.\\d+)?)W)?(?:(\\d+(?:\\.\\d+)?)D)?");
  private static final String FORMS = "write calendar time as 10d, 12w, 2w3d, P14D or P2W";

  /**
   * Checks that the weeks are finite and not negative.
   *
   * @param weeks weeks of 7 days, finite and at least 0
   */
  public CalendarTime {
    weeks =
        Durations.checked(weeks, "calendar time", "weeks", MAX_WEEKS, "w", CalendarTime::tooLong);
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
    return ofWeeks(days / 7.0);
  }

  /**
   * Parses {@code 10d}, {@code 12w}, {@code 2w3d}, the same in words ({@code 90 days}, {@code 13
   * weeks}, {@code 2 weeks 3 days}) or ISO-8601 {@code P14D}, {@code P2W}.
   *
   * <p>Months, quarters and years are refused, with the weeks and days to write instead: their
   * length varies (a month is 28 to 31 days), and calendar time is counted in weeks of 7 days.
   *
   * @param text the text to read
   * @return the calendar time
   * @throws InvalidModelException naming the accepted forms, also for hours and minutes
   */
  public static CalendarTime parse(CharSequence text) {
    String value = Durations.text(text, "calendar time", FORMS);
    String upper = value.toUpperCase(Locale.ROOT);
    String lower = Durations.lower(value);
    boolean iso = upper.startsWith("P");
    OptionalDouble weeks = iso ? iso(upper) : COMPACT.read(lower);
    if (weeks.isPresent()) {
      if (!(weeks.getAsDouble() <= MAX_WEEKS)) {
        throw InvalidModelException.of("", tooLong(value));
      }
      return new CalendarTime(weeks.getAsDouble());
    }
    if (!iso) {
      Matcher ambiguous = AMBIGUOUS.matcher(lower);
      if (ambiguous.matches()) {
        throw InvalidModelException.of("", ambiguous(value, ambiguous));
      }
      if (AMBIGUOUS_WORD.matcher(lower).find()) {
        throw InvalidModelException.of(
            "",
            "'"
                + value
                + "' uses months, quarters or years, whose length varies: calendar time is"
                + " counted in weeks of 7 days and days, so "
                + FORMS
                + " (a quarter is about 13w, a year 52w)");
      }
    }
    // In ISO-8601 an M before the T is months (P1M), so only a compact M is minutes.
    if ((iso && upper.contains("T")) || (!iso && EFFORT_WORD.matcher(lower).find())) {
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

  /** The weeks of ISO-8601 {@code P2W3D}, or empty when {@code upper} is not of that form. */
  private static OptionalDouble iso(String upper) {
    Matcher matcher = ISO.matcher(upper);
    if (!matcher.matches() || (matcher.group(1) == null && matcher.group(2) == null)) {
      return OptionalDouble.empty();
    }
    double weeks = matcher.group(1) == null ? 0 : Double.parseDouble(matcher.group(1));
    double days = matcher.group(2) == null ? 0 : Double.parseDouble(matcher.group(2));
    return OptionalDouble.of(weeks + days / 7.0);
  }

  /** Why {@code 3 months} is refused, and the weeks and days closest to what was meant. */
  private static String ambiguous(String value, Matcher term) {
    double count = Double.parseDouble(term.group(1));
    char unit = term.group(2).charAt(0);
    String what;
    double daysEach;
    if (unit == 'm') {
      what = "a month is 28 to 31 days";
      daysEach = 365.25 / 12;
    } else if (unit == 'q') {
      what = "a quarter is 90 to 92 days";
      daysEach = 365.25 / 4;
    } else {
      what = "a year is 365 or 366 days";
      daysEach = 365.25;
    }
    double days = count * daysEach;
    String instead;
    if (!(days / 7 <= MAX_WEEKS)) {
      instead = "at most 1000000w (a million weeks, the supported range)";
    } else if (Math.round(days / 7) == 0) {
      instead = Math.round(days) + "d";
    } else {
      instead =
          Math.round(days / 7)
              + "w ("
              + Math.round(days / 7)
              + " weeks) or "
              + Math.round(days)
              + "d";
    }
    return "'"
        + value
        + "' is ambiguous ("
        + what
        + "): calendar time is counted in weeks of 7 days and days, so write "
        + instead;
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

  /**
   * Returns the span in the compact form it is parsed from, {@code 12w}, {@code 2w3d}, {@code 10d},
   * or in decimal weeks ({@code 0.123w}) when whole days would not read back as exactly this span:
   * {@code parse(t.toString()).equals(t)} always holds.
   */
  @Override
  public String toString() {
    return COMPACT.write(weeks, text -> parse(text).weeks);
  }
}
