package dev.leverage.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.uncertainty.EffortEstimate;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.CalendarTime;
import dev.leverage.unit.Effort;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Invalid activities and effects, MODEL.md §4 and §10: each problem names its path. */
class ActivityErrorsTest {

  @Test
  void anUpliftOfMinusOneIsRejected() {
    assertProblems(
        () -> Effect.on("checkout", -1),
        Problem.at(
            "uplift",
            "must be greater than -1 (a relative change: -1 would erase the team's output),"
                + " was -1.0"));
  }

  @Test
  void anUpliftEstimateReachingBelowMinusOneIsRejectedWithItsLowValue() {
    assertThatThrownBy(
            () -> Effect.builder().team("checkout").uplift(Estimate.of(-1.5, 0.1, 0.2)).build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              assertThat(e.problems().get(0).path()).isEqualTo("uplift");
              assertThat(e.problems().get(0).message())
                  .startsWith("must be greater than -1")
                  .endsWith("was -1.5");
            });
  }

  @Test
  void anEffectCannotBothLastAndDecay() {
    assertProblems(
        () ->
            Effect.builder()
                .team("checkout")
                .uplift(0.1)
                .lasts(CalendarTime.ofWeeks(2))
                .halfLife(CalendarTime.ofWeeks(4))
                .build(),
        Problem.at(
            "halfLife",
            "an effect holds as a step (lasts) or decays (halfLife), not both; remove one"));
  }

  @Test
  void anEffectMustHoldForSomeTime() {
    assertProblems(
        () -> Effect.builder().team("checkout").uplift(0.1).lasts(CalendarTime.ofWeeks(0)).build(),
        Problem.at("lasts", "must be longer than 0, was 0d"));
    assertProblems(
        () ->
            Effect.builder().team("checkout").uplift(0.1).halfLife(CalendarTime.ofDays(0)).build(),
        Problem.at("halfLife", "must be longer than 0, was 0d"));
  }

  @Test
  void everyProblemOfAnEffectIsReportedAtOnce() {
    assertProblems(
        () ->
            Effect.builder()
                .team("-checkout")
                .uplift(-2)
                .lasts(CalendarTime.ofWeeks(1))
                .halfLife(CalendarTime.ofWeeks(1))
                .build(),
        Problem.at(
            "team",
            "team id must start with a letter or digit and hold only letters, digits, '.', '_'"
                + " and '-', was '-checkout'"),
        Problem.at(
            "uplift",
            "must be greater than -1 (a relative change: -1 would erase the team's output),"
                + " was -2.0"),
        Problem.at(
            "halfLife",
            "an effect holds as a step (lasts) or decays (halfLife), not both; remove one"));
  }

  @Test
  void anActivityMustTakeSomeTime() {
    assertProblems(
        () -> activity("plan").time(Effort.ZERO).build(),
        Problem.at("time", "must be more than 0 hours, was 0m"));
  }

  @Test
  void anEstimatedTimeThatMayBeZeroIsReportedWithItsValues() {
    assertProblems(
        () -> activity("plan").time(Effort.ZERO, Effort.ofHours(1), Effort.ofHours(2)).build(),
        Problem.at("time", "must be more than 0 hours, was {low: 0m, likely: 1h, high: 2h}"));
  }

  @Test
  void aNegativeEstimateOfEffortIsReportedWithItsValuesNotAsZero() {
    assertThatThrownBy(() -> EffortEstimate.ofHours(Estimate.of(-3, -2, -1)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("effort must be at least 0 hours, was {low: -3h, likely: -2h, high: -1h}");
    assertThatThrownBy(() -> EffortEstimate.ofHours(-0.5))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("effort must be at least 0 hours, was -30m");
  }

  @Test
  void anActivityCannotRequireItself() {
    assertProblems(
        () -> activity("plan").requires("plan").build(),
        Problem.at("requires[0]", "activity 'plan' cannot require itself"));
  }

  @Test
  void invalidIdsAndAttributeNamesAreRejectedAtOnce() {
    assertProblems(
        () ->
            Activity.builder().id("a b").by("").time(Effort.ofHours(1)).attribute("9x", 1).build(),
        Problem.at(
            "id",
            "activity id must start with a letter or digit and hold only letters, digits, '.',"
                + " '_' and '-', was 'a b'"),
        Problem.at(
            "by",
            "manager id must start with a letter or digit and hold only letters, digits, '.',"
                + " '_' and '-', was ''"),
        Problem.at(
            "attributes.9x",
            "attribute name must start with a letter or '_' and hold only letters, digits and"
                + " '_', was '9x'"));
  }

  @Test
  void anUnknownKindNamesTheClosestKind() {
    assertThatThrownBy(() -> ActivityKind.parse("fundation"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("unknown activity kind 'fundation', did you mean 'foundation'?");
    assertThat(ActivityKind.parse("Coaching")).isEqualTo(ActivityKind.COACHING);
  }

  private static Activity.Builder activity(String id) {
    return Activity.builder().id(id).by("alice").time(Effort.ofHours(1));
  }

  private static void assertProblems(ThrowingCallable build, Problem... problems) {
    assertThatThrownBy(build)
        .isInstanceOfSatisfying(
            InvalidModelException.class, e -> assertThat(e.problems()).containsExactly(problems));
  }
}
