package dev.leverage.unit;

import dev.leverage.InvalidModelException;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of the manager's work, in hours: the unit of an activity's {@code time} and of a {@code
 * budget}.
 *
 * <p>Effort never mixes with calendar time: days and weeks are rejected, because a work day is
 * ambiguous. The supported range is 0 to {@value #MAX_HOURS} hours: more is refused, never
 * truncated, so that every computation over minutes stays exact. Immutable and thread-safe.
 *
 * @param hours hours of work, from 0 to {@value #MAX_HOURS}
 */
public record Effort(double hours) implements Comparable<Effort> {
  /** The most effort the model supports: a hundred million hours (about 11,000 years). */
  public static final double MAX_HOURS = 100_000_000;

  /** No effort at all. */
  public static final Effort ZERO = new Effort(0);

  /** The most effort the model supports, {@value #MAX_HOURS} hours. */
  public static final Effort MAX = new Effort(MAX_HOURS);

  /** {@code 1h30m}, {@code 90 minutes}, {@code 6 hours}, {@code 1 hour and 30 minutes}. */
  private static final Durations COMPACT =
      new Durations("hours|hour|hrs|hr|h", "minutes|minute|mins|min|m", 60);

  /** Days, weeks, months, quarters, years: calendar time, never effort. */
  private static final Pattern CALENDAR_WORD =
      Pattern.compile(
          "\\d\\s*(?:[dw]|weeks?|wks?|days?|months?|mths?|mos?|quarters?|qtrs?|q|years?|yrs?|y)"
              + "(?![a-z])");

  /**
   * ISO-8601 time durations as java.time reads them: whole hours and minutes, seconds with a
   * fraction.
   */
  private static final Pattern ISO =
      Pattern.compile("PT(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:[.,]\\d{0,9})?)S)?");

  private static final String FORMS = "write effort as 90m, 6h, 1h30m, 1.5h or PT6H30M";

  /**
   * Checks that the hours are finite, not negative and within the supported range.
   *
   * @param hours hours of work, finite, from 0 to {@link #MAX_HOURS}
   */
  public Effort {
    hours = Durations.checked(hours, "effort", "hours", MAX_HOURS, "h", Effort::tooLong);
  }

  /**
   * {@return {@code hours} of effort}
   *
   * @param hours hours, finite and at least 0
   */
  public static Effort ofHours(double hours) {
    return new Effort(hours);
  }

  /**
   * {@return {@code minutes} of effort}
   *
   * @param minutes minutes, finite and at least 0
   */
  public static Effort ofMinutes(double minutes) {
    return new Effort(minutes / 60.0);
  }

  /**
   * Parses {@code 90m}, {@code 6h}, {@code 1h30m}, {@code 1.5h}, the same in words ({@code 90
   * minutes}, {@code 6 hours}, {@code 1 hour 30 minutes}) or ISO-8601 {@code PT6H30M}.
   *
   * @param text the text to read
   * @return the effort
   * @throws InvalidModelException naming the accepted forms, also for calendar time (days, weeks,
   *     months, quarters, years)
   */
  public static Effort parse(CharSequence text) {
    String value = Durations.text(text, "effort", FORMS);
    String lower = Durations.lower(value);
    if (lower.indexOf('-') >= 0) {
      // No form uses a minus: -1h, 1h-30m and PT5H-30M (4.5 hours to java.time) alike are refused.
      throw InvalidModelException.of(
          "", "effort and its parts must not be negative, was '" + value + "'");
    }
    if (lower.startsWith("p")) {
      return parseIso(value);
    }
    OptionalDouble hours = COMPACT.read(lower);
    if (hours.isPresent()) {
      return inRange(hours.getAsDouble(), value);
    }
    if (lower.matches(".*\\d\\s*[dw].*") || CALENDAR_WORD.matcher(lower).find()) {
      throw InvalidModelException.of(
          "",
          "'"
              + value
              + "' is calendar time, but effort is hours of work (a work day is ambiguous): "
              + FORMS);
    }
    if (lower.matches("\\d+(\\.\\d+)?")) {
      throw InvalidModelException.of(
          "", "'" + value + "' has no unit: write '" + value + "h' for hours or '" + value + "m'");
    }
    throw InvalidModelException.of("", "cannot read '" + value + "' as effort: " + FORMS);
  }

  private static Effort parseIso(String value) {
    String upper = value.toUpperCase(Locale.ROOT);
    int t = upper.indexOf('T');
    if (t != 1) {
      throw InvalidModelException.of(
          "",
          "'" + value + "' has a date part (days, weeks), but effort is hours of work: " + FORMS);
    }
    Matcher matcher = ISO.matcher(upper);
    if (!matcher.matches() || upper.length() == 2) {
      throw InvalidModelException.of("", "cannot read '" + value + "' as effort: " + FORMS);
    }
    // Read as doubles, never as a java.time.Duration, whose nanoseconds overflow past 292 years.
    double hours = matcher.group(1) == null ? 0 : Double.parseDouble(matcher.group(1));
    double minutes = matcher.group(2) == null ? 0 : Double.parseDouble(matcher.group(2));
    double seconds =
        matcher.group(3) == null ? 0 : Double.parseDouble(matcher.group(3).replace(',', '.'));
    return inRange(hours + minutes / 60.0 + seconds / 3600.0, value);
  }

  private static Effort inRange(double hours, String value) {
    if (!(hours <= MAX_HOURS)) {
      throw InvalidModelException.of("", tooLong(value));
    }
    return new Effort(hours);
  }

  private static String tooLong(String value) {
    return "effort must be at most 100000000h (a hundred million hours, the supported range),"
        + " was '"
        + value
        + "'";
  }

  /** {@return the effort in minutes} */
  public double minutes() {
    return hours * 60.0;
  }

  /**
   * {@return the sum of this and {@code other}}
   *
   * @param other more effort
   */
  public Effort plus(Effort other) {
    return new Effort(hours + other.hours);
  }

  /**
   * {@return true when this is more than {@code other}}
   *
   * @param other the effort to compare with
   */
  public boolean isLongerThan(Effort other) {
    return hours > other.hours;
  }

  @Override
  public int compareTo(Effort other) {
    return Double.compare(hours, other.hours);
  }

  /**
   * Returns the effort in the compact form it is parsed from, {@code 6h}, {@code 1h30m}, {@code
   * 45m}, or in decimal hours ({@code 0.123h}) when whole minutes would not read back as exactly
   * this effort: {@code parse(e.toString()).equals(e)} always holds.
   */
  @Override
  public String toString() {
    return COMPACT.write(hours, text -> parse(text).hours);
  }
}
