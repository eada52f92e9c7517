package dev.leverage.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.leverage.InvalidModelException;
import dev.leverage.LeverageDomain;
import dev.leverage.Problem;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Effort, hours of the manager's work, in every form of MODEL.md §2. */
@Domain(LeverageDomain.class)
class EffortTest {
  private static final String FORMS = "write effort as 90m, 6h, 1h30m, 1.5h or PT6H30M";

  @ParameterizedTest(name = "{0} is {1} hours")
  @CsvSource({
    "90m, 1.5",
    "6h, 6",
    "1h30m, 1.5",
    "1.5h, 1.5",
    "PT6H30M, 6.5",
    "PT90M, 1.5",
    "pt6h30m, 6.5",
    "30min, 0.5",
    "'  1h 15m ', 1.25",
    "6H, 6"
  })
  void everyFormOfTheModelIsRead(String text, double hours) {
    assertThat(Effort.parse(text).hours()).isCloseTo(hours, within(1e-12));
  }

  @ParameterizedTest(name = "{0} is rejected as calendar time")
  @CsvSource({"2d", "1w", "1.5w", "2w3d"})
  void daysAndWeeksAreRejectedBecauseAWorkDayIsAmbiguous(String text) {
    assertProblem(
        text,
        "'"
            + text
            + "' is calendar time, but effort is hours of work (a work day is ambiguous): "
            + FORMS);
  }

  @ParameterizedTest(name = "{0} is {1} hours")
  @CsvSource({
    "6 hours, 6",
    "1 hour, 1",
    "90 minutes, 1.5",
    "1 minute, 0.0166666666666666667",
    "30 mins, 0.5",
    "2 hrs, 2",
    "1 hr, 1",
    "6hours, 6",
    "1 hour 30 minutes, 1.5",
    "1 hour and 30 minutes, 1.5",
    "'1 hour, 30 minutes', 1.5",
    "1.5 Hours, 1.5"
  })
  void hoursAndMinutesInWordsAreEffort(String text, double hours) {
    assertThat(Effort.parse(text).hours()).isCloseTo(hours, within(1e-12));
  }

  @Property
  void nHoursInWordsIsNh(
      @ForAll("hourCounts") int n,
      @ForAll("hourWords") String word,
      @ForAll("spaces") String space) {
    assertThat(Effort.parse(n + space + word)).isEqualTo(Effort.parse(n + "h"));
  }

  @Provide
  Arbitrary<String> hourWords() {
    return Arbitraries.of("h", "hour", "hours", "hr", "hrs", "Hours");
  }

  @Provide
  Arbitrary<Integer> hourCounts() {
    return Arbitraries.integers().between(0, 100_000_000);
  }

  @Provide
  Arbitrary<String> spaces() {
    return Arbitraries.of("", " ", "  ");
  }

  @ParameterizedTest(name = "{0} is rejected as calendar time")
  @CsvSource({
    "13 weeks",
    "90 days",
    "1 day",
    "1 week",
    "3 months",
    "1 quarter",
    "1 year",
    "2 qtrs",
    "1 hour 2 days"
  })
  void calendarWordsAreRejectedAsCalendarTime(String text) {
    assertProblem(
        text,
        "'"
            + text
            + "' is calendar time, but effort is hours of work (a work day is ambiguous): "
            + FORMS);
  }

  @ParameterizedTest(name = "{0} is rejected for its date part")
  @CsvSource({"P1D", "P1DT2H", "P2W"})
  void isoDurationsWithADatePartAreRejected(String text) {
    assertProblem(
        text,
        "'" + text + "' has a date part (days, weeks), but effort is hours of work: " + FORMS);
  }

  @Example
  void aBareNumberIsRejectedWithTheUnitsToAdd() {
    assertProblem("6", "'6' has no unit: write '6h' for hours or '6m'");
    assertProblem("1.5", "'1.5' has no unit: write '1.5h' for hours or '1.5m'");
  }

  @Example
  void emptyTextIsRejectedWithTheForms() {
    assertProblem("", "effort is empty: " + FORMS);
    assertProblem("   ", "effort is empty: " + FORMS);
  }

  @ParameterizedTest(name = "{0} is unreadable")
  @CsvSource({"six hours", "h", "6h6h", "PTXH", "PT", "PT1.5H", "PT1H2H"})
  void anythingElseIsRejectedWithTheForms(String text) {
    assertProblem(text, "cannot read '" + text.trim() + "' as effort: " + FORMS);
  }

  @ParameterizedTest(name = "{0} is rejected for a negative part")
  @CsvSource({"PT-1H", "PT5H-30M", "-PT1H", "PT1H-0M", "-1h", "1h-30m"})
  void anIsoDurationWithANegativePartIsRejectedLikeTheCompactForm(String text) {
    assertProblem(text, "effort and its parts must not be negative, was '" + text + "'");
    assertThatThrownBy(() -> Effort.parse("1h-30m")).isInstanceOf(InvalidModelException.class);
  }

  @ParameterizedTest(name = "{0} is past the supported range")
  @CsvSource({
    "99999999999h",
    "100000000.5h",
    "6000000001m",
    "PT99999999999999999999H",
    "PT100000001H",
    "PT360000000001S",
    "9999999999999999999999999999999999999999h"
  })
  void aDurationPastTheSupportedRangeIsRefusedNeverTruncated(String text) {
    assertProblem(
        text,
        "effort must be at most 100000000h (a hundred million hours, the supported range), was '"
            + text
            + "'");
  }

  @Example
  void theSupportedRangeEndsAtAHundredMillionHours() {
    assertThat(Effort.parse("100000000h")).isEqualTo(Effort.MAX);
    assertThat(Effort.parse("PT100000000H")).isEqualTo(Effort.MAX);
    assertThat(Effort.parse("6000000000m").hours()).isEqualTo(Effort.MAX_HOURS);
    assertThat(Effort.MAX.minutes()).isEqualTo(6_000_000_000L);
    assertThat(Effort.parse("PT3000000H").hours()).isEqualTo(3_000_000);
    assertThatThrownBy(() -> Effort.ofHours(Math.nextUp(Effort.MAX_HOURS)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("at most 100000000h");
    assertThatThrownBy(() -> Effort.MAX.plus(Effort.ofMinutes(1)))
        .isInstanceOf(InvalidModelException.class);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Long> seconds() {
    return net.jqwik.api.Arbitraries.longs().between(0, 360_000_000_000L);
  }

  @Property
  void everyEffortInTheSupportedRangeReadsBackFromItsIsoForm(@ForAll("seconds") long seconds) {
    Effort effort = Effort.parse("PT" + seconds + "S");
    assertThat(effort.hours()).isCloseTo(seconds / 3600.0, within(1e-9));
    assertThat(Effort.parse(effort.toString()).hours())
        .isCloseTo(effort.hours(), within(1e-9 * (1 + effort.hours())));
  }

  @Example
  void negativeAndNonFiniteHoursAreRejected() {
    assertThatThrownBy(() -> Effort.ofHours(-1))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("effort must be a finite number of hours, at least 0, was -1.0");
    assertThatThrownBy(() -> Effort.ofHours(Double.NaN)).isInstanceOf(InvalidModelException.class);
  }

  @Example
  void effortIsWrittenInTheCompactForm() {
    assertThat(Effort.ofHours(6)).hasToString("6h");
    assertThat(Effort.ofHours(1.5)).hasToString("1h30m");
    assertThat(Effort.ofMinutes(45)).hasToString("45m");
    assertThat(Effort.ZERO).hasToString("0m");
  }

  @Example
  void effortAddsAndCompares() {
    assertThat(Effort.ofHours(1).plus(Effort.ofMinutes(30))).isEqualTo(Effort.ofHours(1.5));
    assertThat(Effort.ofHours(2).isLongerThan(Effort.ofMinutes(90))).isTrue();
    assertThat(Effort.ofHours(2).compareTo(Effort.ofMinutes(120))).isZero();
    assertThat(Effort.ofHours(2).minutes()).isEqualTo(120);
  }

  @Property
  void effortReadsBackFromItsWrittenForm(@ForAll Effort effort) {
    assertThat(Effort.parse(effort.toString()).hours())
        .isCloseTo(effort.hours(), within(1e-9 * (1 + effort.hours())));
  }

  private static void assertProblem(String text, String message) {
    assertThatThrownBy(() -> Effort.parse(text))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> assertThat(e.problems()).containsExactly(Problem.at("", message)));
  }
}
