package dev.leverage.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.unit.Effort;
import org.junit.jupiter.api.Test;

/** A manager's own checks name the position of every bad id (§9, §10). */
class ManagerChecksTest {
  @Test
  void everyBadIdIsReportedAtItsPosition() {
    assertThatThrownBy(
            () ->
                Manager.builder()
                    .id("m")
                    .owns("a", "b c", "d", "-e")
                    .influence("f g", 0.5)
                    .reports("x", "y z", "m")
                    .build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactly(
                        "owns[1]", "owns[3]", "influences.f g", "reports[1]", "reports[2]"));
  }

  @Test
  void aBudgetOfZeroHoursIsRefusedAndAnyMoreIsAccepted() {
    assertThatThrownBy(() -> Manager.builder().id("m").budget(Effort.ofHours(0)).build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(Problem.at("budget", "must be more than 0 hours, was 0m")));
    assertThat(Manager.builder().id("m").budget(Effort.ofMinutes(1)).build().budget())
        .contains(Effort.ofMinutes(1));
  }
}
