package dev.leverage.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.coaching.Characteristic;
import dev.leverage.coaching.Coaching;
import dev.leverage.coaching.ProductManager;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.portfolio.Objective;
import dev.leverage.portfolio.Portfolio;
import dev.leverage.portfolio.PortfolioStrategy;
import dev.leverage.portfolio.Product;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductSectionsTest {
  /** carol manages bob (checkout); alice, beside carol, owns payments. */
  private static final Organization ORGANIZATION =
      Organization.builder()
          .teams(Team.of("checkout", 100), Team.of("payments", 80))
          .managers(Manager.builder().id("carol").reports("bob").build())
          .managers(Manager.owning("bob", "checkout"))
          .managers(Manager.owning("alice", "payments"))
          .build();

  private static ProductManager pm(String id) {
    ProductManager.Builder builder = ProductManager.builder().id(id);
    for (Characteristic c : Characteristic.values()) {
      builder.skill(c, 3);
    }
    return builder.build();
  }

  private static Portfolio portfolio(Product... products) {
    return Portfolio.builder()
        .strategy(PortfolioStrategy.FOCUS)
        .objectives(Objective.of("growth", 1))
        .products(products)
        .build();
  }

  private static List<Problem> problems(Scenario.Builder builder) {
    try {
      builder.build();
    } catch (InvalidModelException e) {
      return e.problems();
    }
    throw new AssertionError("expected the scenario to be invalid");
  }

  @Test
  void aValidScenarioKeepsItsSections() {
    Scenario scenario =
        Scenario.builder()
            .organization(ORGANIZATION)
            .productManagers(pm("bob"))
            .coaching(Coaching.by("carol"))
            .portfolio(
                portfolio(
                    Product.builder()
                        .id("app")
                        .pm("bob")
                        .teams("checkout")
                        .serves("growth")
                        .build()))
            .build();
    assertThat(scenario.productManager("bob")).isPresent();
    assertThat(scenario.coaching().map(Coaching::coach)).hasValue("carol");
    assertThat(scenario.portfolio()).isPresent();
    assertThat(Scenario.builder().organization(ORGANIZATION).build().productManagers()).isEmpty();
  }

  @Test
  void aCoachWhoIsNotAboveAProductManagerIsReported() {
    assertThat(
            problems(
                Scenario.builder()
                    .organization(ORGANIZATION)
                    .productManagers(pm("bob"), pm("alice"))
                    .coaching(Coaching.by("carol"))))
        .containsExactly(
            Problem.at(
                "coaching.coach",
                "coach 'carol' is not above product manager 'alice' in reports, so coaching cannot"
                    + " lift alice's teams; list alice in the reports of carol or of someone below"
                    + " carol"));
    assertThat(
            problems(
                Scenario.builder()
                    .organization(ORGANIZATION)
                    .productManagers(pm("bob"))
                    .coaching(Coaching.by("bob"))))
        .extracting(Problem::message)
        .containsExactly(
            "coach 'bob' is also a product manager; a product manager is coached by a manager"
                + " above them in reports, so name that manager as the coach");
  }

  @Test
  void unknownProductManagersAndCoachesNameTheClosestManager() {
    assertThat(
            problems(
                Scenario.builder()
                    .organization(ORGANIZATION)
                    .productManagers(pm("bobb"), pm("bob"), pm("bob"))
                    .coaching(Coaching.by("carl"))))
        .containsExactly(
            Problem.at(
                "productManagers[0].id",
                "unknown manager 'bobb', did you mean 'bob'?; a product manager is one of the"
                    + " managers"),
            Problem.at(
                "productManagers[2].id",
                "duplicate product manager id 'bob', already used by productManagers[1]; ids are"
                    + " unique per kind"),
            Problem.at("coaching.coach", "unknown manager 'carl', did you mean 'carol'?"));
  }

  @Test
  void productsThatReferToAnUnknownPmOrTeamAreAllReported() {
    assertThat(
            problems(
                Scenario.builder()
                    .organization(ORGANIZATION)
                    .portfolio(
                        portfolio(
                            Product.builder()
                                .id("app")
                                .pm("bbo")
                                .teams("checkout", "paymnts")
                                .serves("growth")
                                .build()))))
        .containsExactly(
            Problem.at(
                "portfolio.products[0].pm", "unknown product manager 'bbo', did you mean 'bob'?"),
            Problem.at(
                "portfolio.products[0].teams[1]",
                "unknown team 'paymnts', did you mean 'payments'?"));
  }

  @Test
  void problemsOfProfilesAndPortfoliosCarryPathsTheReaderPutsUnder() {
    assertThatThrownBy(
            () -> pm("bob").toBuilder().skills(Map.of(Characteristic.BUSINESS, 9)).build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e ->
                assertThat(e.under("productManagers[0]").problems())
                    .containsExactly(
                        Problem.at(
                            "productManagers[0].skills.business",
                            "level must be a whole number from 1 to 5, was 9")));
  }
}
