package dev.leverage.unit;

import dev.leverage.InvalidModelException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of the manager's work, in hours: the unit of an activity's {@code time} and of a {@code
 * budget}.
 *
 * <p>Effort never mixes with calendar time: days and weeks are rejected, because a work day is
 * ambiguous. Immutable and thread-safe.
 *
 * @param hours hours of work, finite and at least 0
 */
public record Effort(double hours) implements Comparable<Effort> {
  /** No effort at all. */
  public static final Effort ZERO = new Effort(0);

  private static final Pattern COMPACT =
      Pattern.compile("(?:(\\d+(?:\\.\\d+)?)\\s*h)?\\s*(?:(\\d+(?:\\.\\d+)?)\\s*m(?:in)?)?");
  private static final String FORMS = "write effort as 90m, 6h, 1h30m, 1.5h or PT6H30M";

  /** Checks that the hours are finite and not negative. */
  public Effort {
    if (!Double.isFinite(hours) || hours < 0) {
      throw InvalidModelException.of(
          "", "effort must be a finite number of hours, at least 0, was " + hours);
    }
    hours += 0.0; // -0.0 becomes 0.0, so that equal amounts are equal values
  }

  /** Returns {@code hours} of effort. */
  public static Effort ofHours(double hours) {
    return new Effort(hours);
  }

  /** Returns {@code minutes} of effort. */
  public static Effort ofMinutes(double minutes) {
    return new Effort(minutes / 60.0);
  }

  /**
   * Parses {@code 90m}, {@code 6h}, {@code 1h30m}, {@code 1.5h} or ISO-8601 {@code PT6H30M}.
   *
   * @throws InvalidModelException naming the accepted forms, also for days and weeks
   */
  public static Effort parse(CharSequence text) {
    if (text == null) {
      throw InvalidModelException.of("", "effort must not be null: " + FORMS);
    }
    String value = text.toString().trim();
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.isEmpty()) {
      throw InvalidModelException.of("", "effort is empty: " + FORMS);
    }
    if (lower.startsWith("p")) {
      return parseIso(value);
    }
    Matcher matcher = COMPACT.matcher(lower);
    if (matcher.matches() && (matcher.group(1) != null || matcher.group(2) != null)) {
      double hours = matcher.group(1) == null ? 0 : Double.parseDouble(matcher.group(1));
      double minutes = matcher.group(2) == null ? 0 : Double.parseDouble(matcher.group(2));
      return new Effort(hours + minutes / 60.0);
    }
    if (lower.matches(".*\\d\\s*[dw].*")) {
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
    try {
      Duration duration = Duration.parse(upper);
      if (duration.isNegative()) {
        throw InvalidModelException.of("", "effort must not be negative, was '" + value + "'");
      }
      return new Effort(duration.toNanos() / 3.6e12);
    } catch (DateTimeParseException e) {
      throw InvalidModelException.of("", "cannot read '" + value + "' as effort: " + FORMS);
    }
  }

  /** The effort in minutes. */
  public double minutes() {
    return hours * 60.0;
  }

  /** Returns the sum of this and {@code other}. */
  public Effort plus(Effort other) {
    return new Effort(hours + other.hours);
  }

  /** Returns true when this is more than {@code other}. */
  public boolean isLongerThan(Effort other) {
    return hours > other.hours;
  }

  @Override
  public int compareTo(Effort other) {
    return Double.compare(hours, other.hours);
  }

  /** Returns the effort in the compact form it is parsed from: {@code 6h}, {@code 1h30m}. */
  @Override
  public String toString() {
    double minutes = minutes();
    if (Math.abs(minutes - Math.rint(minutes)) < 1e-9) {
      long whole = Math.round(minutes);
      long h = whole / 60;
      long m = whole % 60;
      if (h == 0) {
        return m + "m";
      }
      return m == 0 ? h + "h" : h + "h" + m + "m";
    }
    return hours + "h";
  }
}
