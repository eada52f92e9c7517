package dev.leverage.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Copies of an organization with a part changed, and the path of a cycle of reports. */
class OrganizationCopiesTest {
  private static final Organization ALICE =
      Organization.builder()
          .teams(Team.of("checkout", 100), Team.of("payments", 80))
          .managers(Manager.owning("alice", "checkout"), Manager.owning("bob"))
          .build();

  @Test
  void withManagerReplacesTheManagerOfThatId() {
    Organization changed = ALICE.withManager(Manager.owning("bob", "payments"));

    assertThat(changed.managers())
        .containsExactly(Manager.owning("alice", "checkout"), Manager.owning("bob", "payments"));
    assertThat(changed.outputPerWeek("bob")).isEqualTo(80.0);
    assertThat(changed.owner("payments")).contains("bob");
    assertThat(ALICE.owner("payments")).isEmpty();
  }

  @Test
  void replacingTeamsAndManagersDropsWhatWasListedBefore() {
    Organization replaced =
        ALICE.toBuilder()
            .replaceTeams(List.of(Team.of("search", 60)))
            .replaceManagers(List.of(Manager.owning("carol", "search")))
            .build();

    assertThat(replaced.teamIds()).containsExactly("search");
    assertThat(replaced.managerIds()).containsExactly("carol");
    assertThat(replaced.outputPerWeek("carol")).isEqualTo(60.0);
  }

  @Test
  void aCycleIsReportedAtTheLinkFromItsSmallestIdsBoss() {
    assertThatThrownBy(
            () ->
                Organization.builder()
                    .teams(Team.of("t", 1))
                    .managers(
                        Manager.builder().id("c").reports("x", "a").build(),
                        Manager.builder().id("b").reports("c").build(),
                        Manager.builder().id("a").reports("b").build())
                    .build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e ->
                assertThat(e.problems())
                    .contains(
                        Problem.at(
                            "managers[0].reports[1]",
                            "reports form a cycle a -> b -> c -> a (each manager listing the next"
                                + " in reports); reports must form a forest, so remove one of"
                                + " these links")));
  }
}
