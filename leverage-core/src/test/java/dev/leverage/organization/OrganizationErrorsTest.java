package dev.leverage.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Structural errors of an organization, MODEL.md §3 and §10: each names its path and the ids. */
class OrganizationErrorsTest {
  private static final List<Team> TEAMS =
      List.of(Team.of("checkout", 100), Team.of("payments", 80), Team.of("search", 60));

  @Test
  void reportsThatFormACycleAreRejectedNamingEveryManagerInIt() {
    assertProblems(
        organization(
            manager("ann").reports("bob"),
            manager("bob").reports("cid"),
            manager("cid").reports("ann")),
        Problem.at(
            "managers[2].reports[0]",
            "reports form a cycle ann -> bob -> cid -> ann (each manager listing the next in"
                + " reports); reports must form a forest, so remove one of these links"));
  }

  @Test
  void twoManagersReportingToEachOtherAreACycle() {
    assertProblems(
        organization(manager("bob").reports("ann"), manager("ann").reports("bob")),
        Problem.at(
            "managers[0].reports[0]",
            "reports form a cycle ann -> bob -> ann (each manager listing the next in reports);"
                + " reports must form a forest, so remove one of these links"));
  }

  @Test
  void aManagerCannotReportToThemselves() {
    assertThatThrownBy(() -> manager("ann").reports("ann").build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        Problem.at("reports[0]", "manager 'ann' cannot report to themselves")));
  }

  @Test
  void aTeamWithTwoOwnersIsRejectedNamingTheFirstOwner() {
    assertProblems(
        organization(manager("ann").owns("checkout"), manager("bob").owns("checkout")),
        Problem.at(
            "managers[1].owns[0]",
            "team 'checkout' is already owned by manager 'ann'; a team has one owner, so let one"
                + " manager own it and the other influence it"));
  }

  @Test
  void aManagerWithTwoBossesIsRejectedNamingTheFirstBoss() {
    assertProblems(
        organization(manager("ann").reports("cid"), manager("bob").reports("cid"), manager("cid")),
        Problem.at(
            "managers[1].reports[0]",
            "manager 'cid' already reports to 'ann'; a manager has one boss, so list them under"
                + " one manager's reports"));
  }

  @Test
  void aManagerCannotInfluenceATeamTheyOwn() {
    assertThatThrownBy(() -> manager("ann").owns("checkout").influence("checkout", 0.5).build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        Problem.at(
                            "influences.checkout",
                            "manager 'ann' owns team 'checkout', which already counts fully;"
                                + " remove the influence")));
  }

  @Test
  void influenceWeightsOutsideZeroToOneAreRejected() {
    assertThatThrownBy(
            () -> manager("ann").influence("checkout", 0).influence("search", 1.5).build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        Problem.at(
                            "influences.checkout",
                            "influence weight must be greater than 0 and at most 1, was 0.0"),
                        Problem.at(
                            "influences.search",
                            "influence weight must be greater than 0 and at most 1, was 1.5")));
  }

  @Test
  void anUnknownTeamIsRejectedWithTheClosestKnownName() {
    assertProblems(
        organization(manager("ann").owns("chekout").influence("paymnets", 0.5)),
        Problem.at("managers[0].owns[0]", "unknown team 'chekout', did you mean 'checkout'?"),
        Problem.at(
            "managers[0].influences.paymnets",
            "unknown team 'paymnets', did you mean 'payments'?"));
  }

  @Test
  void anUnknownReportIsRejectedWithTheClosestKnownName() {
    assertProblems(
        organization(manager("alice").reports("bobb"), manager("bob")),
        Problem.at("managers[0].reports[0]", "unknown manager 'bobb', did you mean 'bob'?"));
  }

  @Test
  void anUnknownNameFarFromEveryKnownOneListsTheKnownNames() {
    assertProblems(
        organization(manager("ann").owns("zzzzzz")),
        Problem.at(
            "managers[0].owns[0]",
            "unknown team 'zzzzzz', expected one of checkout, payments, search"));
  }

  @Test
  void duplicateIdsAreRejectedNamingTheFirstUse() {
    assertProblems(
        Organization.builder()
            .teams(Team.of("checkout", 1), Team.of("search", 2), Team.of("checkout", 3))
            .managers(Manager.owning("ann"), Manager.owning("ann")),
        Problem.at(
            "teams[2].id",
            "duplicate team id 'checkout', already used by teams[0]; ids are unique per kind"),
        Problem.at(
            "managers[1].id",
            "duplicate manager id 'ann', already used by managers[0]; ids are unique per kind"));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    assertProblems(
        Organization.builder()
            .teams(TEAMS.toArray(Team[]::new))
            .teams(Team.of("search", 1))
            .managers(
                manager("ann").owns("checkout").reports("cid").build(),
                manager("bob").owns("checkout").reports("cid").reports("nobody").build(),
                manager("cid").owns("serch").build()),
        Problem.at(
            "teams[3].id",
            "duplicate team id 'search', already used by teams[2]; ids are unique per kind"),
        Problem.at(
            "managers[1].owns[0]",
            "team 'checkout' is already owned by manager 'ann'; a team has one owner, so let one"
                + " manager own it and the other influence it"),
        Problem.at(
            "managers[1].reports[0]",
            "manager 'cid' already reports to 'ann'; a manager has one boss, so list them under"
                + " one manager's reports"),
        Problem.at(
            "managers[1].reports[1]", "unknown manager 'nobody', expected one of ann, bob, cid"),
        Problem.at("managers[2].owns[0]", "unknown team 'serch', did you mean 'search'?"));
  }

  @Test
  void theExceptionMessageListsEveryProblemWithItsPath() {
    assertThatThrownBy(
            () ->
                organization(manager("ann").owns("chekout"), manager("bob").owns("serch")).build())
        .hasMessage(
            "managers[0].owns[0]: unknown team 'chekout', did you mean 'checkout'?\n"
                + "managers[1].owns[0]: unknown team 'serch', did you mean 'search'?");
  }

  @Test
  void askingAboutAnUnknownManagerOrTeamNamesTheClosestOne() {
    Organization organization = organization(manager("alice").owns("checkout")).build();
    assertThatThrownBy(() -> organization.outputPerWeek("alise"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("unknown manager 'alise', did you mean 'alice'?");
    assertThatThrownBy(() -> organization.weight("alice", "serch"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("unknown team 'serch', did you mean 'search'?");
  }

  private static Manager.Builder manager(String id) {
    return Manager.builder().id(id);
  }

  private static Organization.Builder organization(Manager.Builder... managers) {
    Organization.Builder organization = Organization.builder().teams(TEAMS);
    for (Manager.Builder manager : managers) {
      organization.managers(manager.build());
    }
    return organization;
  }

  private static void assertProblems(Organization.Builder organization, Problem... problems) {
    assertThatThrownBy(organization::build)
        .isInstanceOfSatisfying(
            InvalidModelException.class, e -> assertThat(e.problems()).containsExactly(problems));
  }
}
