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
            manager("ann").addReport("bob"),
            manager("bob").addReport("cid"),
            manager("cid").addReport("ann")),
        Problem.at(
            "managers[2].reports[0]",
            "reports form a cycle ann -> bob -> cid -> ann (each manager listing the next in"
                + " reports); reports must form a forest, so remove one of these links"));
  }

  @Test
  void twoManagersReportingToEachOtherAreACycle() {
    assertProblems(
        organization(manager("bob").addReport("ann"), manager("ann").addReport("bob")),
        Problem.at(
            "managers[0].reports[0]",
            "reports form a cycle ann -> bob -> ann (each manager listing the next in reports);"
                + " reports must form a forest, so remove one of these links"));
  }

  @Test
  void aManagerCannotReportToThemselves() {
    assertThatThrownBy(() -> manager("ann").addReport("ann").build())
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
        organization(manager("ann").addOwn("checkout"), manager("bob").addOwn("checkout")),
        Problem.at(
            "managers[1].owns[0]",
            "team 'checkout' is already owned by manager 'ann'; a team has one owner, so let one"
                + " manager own it and the other influence it"));
  }

  @Test
  void aManagerWithTwoBossesIsRejectedNamingTheFirstBoss() {
    assertProblems(
        organization(
            manager("ann").addReport("cid"), manager("bob").addReport("cid"), manager("cid")),
        Problem.at(
            "managers[1].reports[0]",
            "manager 'cid' already reports to 'ann'; a manager has one boss, so list them under"
                + " one manager's reports"));
  }

  @Test
  void aManagerCannotInfluenceATeamTheyOwn() {
    assertThatThrownBy(() -> manager("ann").addOwn("checkout").influences("checkout", 0.5).build())
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
            () -> manager("ann").influences("checkout", 0).influences("search", 1.5).build())
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
        organization(manager("ann").addOwn("chekout").influences("paymnets", 0.5)),
        Problem.at("managers[0].owns[0]", "unknown team 'chekout', did you mean 'checkout'?"),
        Problem.at(
            "managers[0].influences.paymnets",
            "unknown team 'paymnets', did you mean 'payments'?"));
  }

  @Test
  void anUnknownReportIsRejectedWithTheClosestKnownName() {
    assertProblems(
        organization(manager("alice").addReport("bobb"), manager("bob")),
        Problem.at("managers[0].reports[0]", "unknown manager 'bobb', did you mean 'bob'?"));
  }

  @Test
  void anUnknownNameFarFromEveryKnownOneListsTheKnownNames() {
    assertProblems(
        organization(manager("ann").addOwn("zzzzzz")),
        Problem.at(
            "managers[0].owns[0]",
            "unknown team 'zzzzzz', expected one of checkout, payments, search"));
  }

  @Test
  void duplicateIdsAreRejectedNamingTheFirstUse() {
    assertProblems(
        Organization.builder()
            .addTeams(Team.of("checkout", 1), Team.of("search", 2), Team.of("checkout", 3))
            .addManagers(Manager.owning("ann"), Manager.owning("ann")),
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
            .addTeams(TEAMS.toArray(Team[]::new))
            .addTeam(Team.of("search", 1))
            .addManagers(
                manager("ann").addOwn("checkout").addReport("cid").build(),
                manager("bob").addOwn("checkout").addReport("cid").addReport("nobody").build(),
                manager("cid").addOwn("serch").build()),
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
                organization(manager("ann").addOwn("chekout"), manager("bob").addOwn("serch"))
                    .build())
        .hasMessage(
            "managers[0].owns[0]: unknown team 'chekout', did you mean 'checkout'?\n"
                + "managers[1].owns[0]: unknown team 'serch', did you mean 'search'?");
  }

  @Test
  void askingAboutAnUnknownManagerOrTeamNamesTheClosestOne() {
    Organization organization = organization(manager("alice").addOwn("checkout")).build();
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
      organization.addManager(manager.build());
    }
    return organization;
  }

  private static void assertProblems(Organization.Builder organization, Problem... problems) {
    assertThatThrownBy(organization::build)
        .isInstanceOfSatisfying(
            InvalidModelException.class, e -> assertThat(e.problems()).containsExactly(problems));
  }
}
