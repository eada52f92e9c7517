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

/** Calendar time, in weeks of 7 days, in every form of MODEL.md §2. */
@Domain(LeverageDomain.class)
class CalendarTimeTest {
  private static final String FORMS = "write calendar time as 10d, 12w, 2w3d, P14D or P2W";

  @ParameterizedTest(name = "{0} is {1} days")
  @CsvSource({
    "10d, 10",
    "12w, 84",
    "2w3d, 17",
    "P14D, 14",
    "P2W, 14",
    "p2w, 14",
    "P1W3D, 10",
    "1.5w, 10.5",
    "' 2w 3d ', 17",
    "12W, 84"
  })
  void everyFormOfTheModelIsRead(String text, double days) {
    assertThat(CalendarTime.parse(text).days()).isCloseTo(days, within(1e-12));
  }

  @ParameterizedTest(name = "{0} is {1} days")
  @CsvSource({
    "13 weeks, 91",
    "90 days, 90",
    "1 week, 7",
    "1 day, 1",
    "13weeks, 91",
    "90days, 90",
    "1.5 weeks, 10.5",
    "4 wks, 28",
    "1 wk, 7",
    "13 Weeks, 91",
    "2 weeks 3 days, 17",
    "2 weeks and 3 days, 17",
    "'2 weeks, 3 days', 17",
    "2w 3 days, 17"
  })
  void weeksAndDaysInWordsAreCalendarTime(String text, double days) {
    assertThat(CalendarTime.parse(text).days()).isCloseTo(days, within(1e-12));
  }

  @Property
  void nWeeksInWordsIsNw(
      @ForAll("weekCounts") int n,
      @ForAll("weekWords") String word,
      @ForAll("spaces") String space) {
    assertThat(CalendarTime.parse(n + space + word)).isEqualTo(CalendarTime.parse(n + "w"));
  }

  @Property
  void nDaysInWordsIsNd(
      @ForAll("dayCounts") int n, @ForAll("dayWords") String word, @ForAll("spaces") String space) {
    assertThat(CalendarTime.parse(n + space + word)).isEqualTo(CalendarTime.parse(n + "d"));
  }

  @Provide
  Arbitrary<String> weekWords() {
    return Arbitraries.of("w", "week", "weeks", "wk", "wks", "Weeks", "WEEKS");
  }

  @Provide
  Arbitrary<String> dayWords() {
    return Arbitraries.of("d", "day", "days", "Days", "DAYS");
  }

  @Provide
  Arbitrary<Integer> weekCounts() {
    return Arbitraries.integers().between(0, 1_000_000);
  }

  @Provide
  Arbitrary<Integer> dayCounts() {
    return Arbitraries.integers().between(0, 7_000_000);
  }

  @Provide
  Arbitrary<String> spaces() {
    return Arbitraries.of("", " ", "  ");
  }

  @ParameterizedTest(name = "{0} is refused: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1 quarter | a quarter is 90 to 92 days | 13w (13 weeks) or 91d",
        "3 months | a month is 28 to 31 days | 13w (13 weeks) or 91d",
        "1 month | a month is 28 to 31 days | 4w (4 weeks) or 30d",
        "6 months | a month is 28 to 31 days | 26w (26 weeks) or 183d",
        "2 quarters | a quarter is 90 to 92 days | 26w (26 weeks) or 183d",
        "1 year | a year is 365 or 366 days | 52w (52 weeks) or 365d",
        "1y | a year is 365 or 366 days | 52w (52 weeks) or 365d",
        "3mo | a month is 28 to 31 days | 13w (13 weeks) or 91d",
        "0.1 months | a month is 28 to 31 days | 3d",
        "99999999 years | a year is 365 or 366 days"
            + " | at most 1000000w (a million weeks, the supported range)"
      })
  void monthsQuartersAndYearsAreRefusedWithTheWeeksToWriteInstead(
      String text, String why, String instead) {
    assertProblem(
        text,
        "'"
            + text
            + "' is ambiguous ("
            + why
            + "): calendar time is counted in weeks of 7 days and days, so write "
            + instead);
  }

  @ParameterizedTest(name = "{0} is refused")
  @CsvSource({"1 year 2 months", "1 quarter and 2 weeks", "2w 1 month"})
  void mixedMonthsQuartersAndYearsAreRefusedWithTheForms(String text) {
    assertProblem(
        text,
        "'"
            + text
            + "' uses months, quarters or years, whose length varies: calendar time is counted in"
            + " weeks of 7 days and days, so "
            + FORMS
            + " (a quarter is about 13w, a year 52w)");
  }

  @ParameterizedTest(name = "{0} is rejected as effort")
  @CsvSource({"6 hours", "1 hour", "90 minutes", "30 mins", "2 hrs"})
  void hoursAndMinutesInWordsAreRejectedAsEffort(String text) {
    assertProblem(
        text, "'" + text + "' is effort (hours, minutes), but this is calendar time: " + FORMS);
  }

  @ParameterizedTest(name = "{0} is unreadable")
  @CsvSource({"and 3 days", "', 2w'", "2 weeks and", "13 weekz", "weeks"})
  void aJoinerWithoutTwoPartsOrAMisspeltWordIsUnreadable(String text) {
    assertProblem(text.trim(), "cannot read '" + text.trim() + "' as calendar time: " + FORMS);
  }

  @ParameterizedTest(name = "{0} is rejected as effort")
  @CsvSource({"6h", "90m", "30min", "PT6H", "P1DT2H", "1h30m"})
  void hoursAndMinutesAreRejectedAsEffort(String text) {
    assertProblem(
        text, "'" + text + "' is effort (hours, minutes), but this is calendar time: " + FORMS);
  }

  @ParameterizedTest(name = "{0} is rejected for years or months")
  @CsvSource({"P1Y", "P1M", "P1Y2M", "P2M3D"})
  void yearsAndMonthsAreRejectedBecauseTheyAreNoWholeNumberOfWeeks(String text) {
    assertProblem(
        text,
        "'" + text + "' uses years or months, which are not a whole number of weeks: " + FORMS);
  }

  @Example
  void aBareNumberIsRejectedWithTheUnitsToAdd() {
    assertProblem("12", "'12' has no unit: write '12w' for weeks or '12d'");
  }

  @Example
  void emptyTextIsRejectedWithTheForms() {
    assertProblem("", "calendar time is empty: " + FORMS);
    assertProblem(" ", "calendar time is empty: " + FORMS);
  }

  @ParameterizedTest(name = "{0} is unreadable")
  @CsvSource({"soon", "3d2w", "-1w", "w"})
  void anythingElseIsRejectedWithTheForms(String text) {
    assertProblem(text, "cannot read '" + text + "' as calendar time: " + FORMS);
  }

  @Example
  void negativeAndNonFiniteWeeksAreRejected() {
    assertThatThrownBy(() -> CalendarTime.ofWeeks(-1))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("calendar time must be a finite number of weeks, at least 0, was -1.0");
    assertThatThrownBy(() -> CalendarTime.ofDays(Double.POSITIVE_INFINITY))
        .isInstanceOf(InvalidModelException.class);
  }

  @Example
  void calendarTimeIsWrittenInTheCompactForm() {
    assertThat(CalendarTime.ofWeeks(12)).hasToString("12w");
    assertThat(CalendarTime.ofDays(17)).hasToString("2w3d");
    assertThat(CalendarTime.ofDays(3)).hasToString("3d");
    assertThat(CalendarTime.ofWeeks(12).min(CalendarTime.ofDays(10)))
        .isEqualTo(CalendarTime.ofDays(10));
  }

  @Property
  void calendarTimeReadsBackFromItsWrittenForm(@ForAll CalendarTime time) {
    assertThat(CalendarTime.parse(time.toString()).weeks())
        .isCloseTo(time.weeks(), within(1e-9 * (1 + time.weeks())));
  }

  @ParameterizedTest(name = "{0} is past the supported range")
  @CsvSource({"1000001w", "P1000001W", "7000008d", "1000000w1d", "99999999999999999999999w"})
  void calendarTimePastTheSupportedRangeIsRefused(String text) {
    assertProblem(
        text,
        "calendar time must be at most 1000000w (a million weeks, the supported range), was '"
            + text
            + "'");
  }

  @Example
  void theLongestSupportedCalendarTimeIsWrittenExactly() {
    assertThat(CalendarTime.parse("1000000w").weeks()).isEqualTo(CalendarTime.MAX_WEEKS);
    assertThat(CalendarTime.ofWeeks(CalendarTime.MAX_WEEKS)).hasToString("1000000w");
    assertThat(CalendarTime.ofWeeks(999_999.5)).hasToString("999999.5w");
    assertThat(CalendarTime.ofWeeks(Math.PI)).hasToString("3.141592653589793w");
    assertThatThrownBy(() -> CalendarTime.ofWeeks(1e307))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("at most 1000000w");
  }

  private static void assertProblem(String text, String message) {
    assertThatThrownBy(() -> CalendarTime.parse(text))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> assertThat(e.problems()).containsExactly(Problem.at("", message)));
  }
}
