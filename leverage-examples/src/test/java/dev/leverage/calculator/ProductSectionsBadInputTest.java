package dev.leverage.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad manager-of-PMs sections: exit status 2, every problem with its path and line. */
class ProductSectionsBadInputTest {
  private static final String ORGANIZATION =
      """
      teams:
        - {id: checkout, output: 100}
        - {id: payments, output: 80}
      managers:
        - {id: carol, reports: [bob]}
        - {id: bob, owns: [checkout]}
        - {id: alice, owns: [payments]}
      """;

  private static final String BOB =
      """
      productManagers:
        - id: bob
          skills: {empathy: 3, communication: 2, timeManagement: 4, technology: 3,
                   business: 2, curiosity: 4, productKnowledge: 3}
      """;

  @TempDir Path dir;

  private CalculatorRun run(String command, String content) throws IOException {
    Path file = dir.resolve("team.yaml");
    Files.writeString(file, content);
    return CalculatorRun.of(command, file.toString(), "--format", "json");
  }

  private static void assertBadInput(CalculatorRun run, String... expected) {
    assertThat(run.status()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(expected).doesNotContain("Exception", "\tat ");
  }

  @Test
  void anUnknownCharacteristicNamesTheClosestOne() throws IOException {
    CalculatorRun run =
        run(
            "coach",
            ORGANIZATION
                + BOB.replace("business: 2", "busines: 2")
                + "coaching: {coach: carol, importance: {curiousity: 2}}\n");

    assertBadInput(
        run,
        "productManagers[0].skills.busines: unknown characteristic 'busines', did you mean"
            + " 'business'? (line 11)",
        "productManagers[0].skills: product manager 'bob' has no level for business",
        "coaching.importance.curiousity: unknown characteristic 'curiousity', did you mean"
            + " 'curiosity'?");
  }

  @Test
  void levelsOutsideOneToFiveOrNotWholeAreRejected() throws IOException {
    CalculatorRun run =
        run(
            "coach",
            ORGANIZATION
                + BOB.replace("business: 2", "business: 6").replace("empathy: 3", "empathy: 2.5")
                + "    targets: {curiosity: 0}\n"
                + "coaching: {coach: carol}\n");

    assertBadInput(
        run,
        "productManagers[0].skills.empathy: must be a whole number from 1 to 5, was 2.5",
        "productManagers[0].skills.business: level must be a whole number from 1 to 5, was 6",
        "productManagers[0].targets.curiosity: target must be a whole number from 1 to 5, was 0");
  }

  @Test
  void aCoachWhoIsNotAboveThePmIsRejected() throws IOException {
    CalculatorRun run = run("coach", ORGANIZATION + BOB + "coaching: {coach: alice}\n");

    assertBadInput(
        run,
        "coaching.coach: coach 'alice' is not above product manager 'bob' in reports",
        "list bob in the reports of alice");
  }

  @Test
  void aBrokenOrganizationDoesNotMakeTheCoachLookNotAbove() throws IOException {
    CalculatorRun run =
        run(
            "coach",
            ORGANIZATION.replace("{id: alice, owns: [payments]}", "{id: alice, owns: [checkout]}")
                + BOB
                + "coaching: {coach: carol, elasticity: -1}\n");

    assertBadInput(
        run,
        "managers[2].owns[0]: team 'checkout' is already owned by manager 'bob'",
        "coaching.elasticity: must be at least 0");
    assertThat(run.err()).doesNotContain("not above").contains("2 problems");
  }

  @Test
  void unknownFieldsInTheSectionsAreErrors() throws IOException {
    CalculatorRun run =
        run(
            "coach",
            ORGANIZATION
                + BOB
                + "    target: {business: 5}\n"
                + "coaching: {coach: carol, elasticty: 0.05, hoursPerLevel: 1d}\n");

    assertBadInput(
        run,
        "productManagers[0].target: unknown field 'target' in a product manager, did you mean"
            + " 'targets'?",
        "coaching.elasticty: unknown field 'elasticty' in coaching, did you mean 'elasticity'?",
        "coaching.hoursPerLevel: '1d' is calendar time, but effort is hours of work");
  }

  @Test
  void productsReferringToUnknownPmsTeamsObjectivesOrPillarsAreAllReported() throws IOException {
    CalculatorRun run =
        run(
            "portfolio",
            ORGANIZATION
                + """
                portfolio:
                  strategy: focus
                  objectives: [{id: growth, weight: 0.6}, {id: retention, weight: -0.4}]
                  pillars: [{id: one-tap, serves: [growht]}]
                  products:
                    - {id: app, pm: bbo, teams: [checkout, paymnts], serves: [retension]}
                  roadmap:
                    - {id: pay, product: app, pillar: one-tab}
                """);

    assertBadInput(
        run,
        "portfolio.objectives[1].weight: must be a finite number, at least 0 (weights are"
            + " relative and normalised by their sum), was -0.4 (line 10)",
        "portfolio.pillars[0].serves[0]: unknown objective 'growht', did you mean 'growth'?",
        "portfolio.products[0].serves[0]: unknown objective 'retension', did you mean"
            + " 'retention'?",
        "portfolio.roadmap[0].pillar: unknown pillar 'one-tab', did you mean 'one-tap'?",
        "portfolio.products[0].pm: unknown product manager 'bbo', did you mean 'bob'?",
        "portfolio.products[0].teams[1]: unknown team 'paymnts', did you mean 'payments'?");
    assertThat(run.err()).contains("6 problems");
  }

  @Test
  void anUnknownStrategyAndAMisspeltProductFieldAreNamed() throws IOException {
    CalculatorRun run =
        run(
            "portfolio",
            ORGANIZATION
                + """
                portfolio:
                  strategy: focuss
                  products:
                    - {id: app, pm: bob, investment: {development: 10, marketting: 5}}
                """);

    assertBadInput(
        run,
        "portfolio.strategy: unknown portfolio strategy 'focuss', did you mean 'focus'?",
        "portfolio.products[0].investment.marketting: unknown field 'marketting' in an"
            + " investment, did you mean 'marketing'?");
  }

  @Test
  void aMissingStrategyAndSkillsSayWhatToWrite() throws IOException {
    CalculatorRun run =
        run(
            "portfolio",
            ORGANIZATION + "productManagers: [{id: bob}]\nportfolio: {vision: [payments]}\n");

    assertBadInput(
        run,
        "productManagers[0].skills: missing skills of a product manager, e.g. skills: {empathy: 3,",
        "portfolio.strategy: missing strategy of a portfolio, e.g. strategy: focus (or"
            + " diversification)");
  }
}
