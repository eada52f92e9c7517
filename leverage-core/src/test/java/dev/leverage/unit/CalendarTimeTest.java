package dev.leverage.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.leverage.InvalidModelException;
import dev.leverage.LeverageDomain;
import dev.leverage.Problem;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
