package dev.leverage.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlignmentTest {

  private static Product checkoutApp() {
    return Product.builder()
        .id("checkout-app")
        .pm("bob")
        .teams("checkout")
        .serves("growth")
        .investment(500_000, 100_000)
        .vision("payments", "mobile", "trust")
        .build();
  }

  private static Product wallet() {
    return Product.builder()
        .id("wallet")
        .pm("dana")
        .teams("payments")
        .serves("retention")
        .investment(300_000, 100_000)
        .vision("payments", "mobile", "trust")
        .build();
  }

  /** Aligned under both strategies: shares match weights, every item hangs on a serving pillar. */
  private static Portfolio.Builder aligned(PortfolioStrategy strategy) {
    return Portfolio.builder()
        .strategy(strategy)
        .vision("payments", "mobile", "trust")
        .objectives(Objective.of("growth", 0.6), Objective.of("retention", 0.4))
        .pillars(Pillar.of("one-tap", "growth"), Pillar.of("loyalty", "retention"))
        .products(checkoutApp(), wallet())
        .roadmap(
            RoadmapItem.of("wallet-pay", "checkout-app", "one-tap"),
            RoadmapItem.of("points", "wallet", "loyalty"));
  }

  private static List<String> kinds(Portfolio portfolio) {
    return portfolio.alignment().findings().stream().map(f -> f.kind().label()).toList();
  }

  @Test
  void anAlignedPortfolioHasNoFindingsAndSharesEqualToWeights() {
    for (PortfolioStrategy strategy : PortfolioStrategy.values()) {
      Alignment alignment = aligned(strategy).build().alignment();
      assertThat(alignment.findings()).isEmpty();
      assertThat(alignment.isAligned()).isTrue();
      assertThat(alignment.tolerance()).isEqualTo(0.10);
      assertThat(alignment.objectives())
          .extracting(ObjectiveShare::id, ObjectiveShare::weight)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("growth", 0.6),
              org.assertj.core.groups.Tuple.tuple("retention", 0.4));
      assertThat(alignment.objectives().get(0).investmentShare()).isCloseTo(0.6, within(1e-12));
      assertThat(alignment.objectives().get(1).investmentShare()).isCloseTo(0.4, within(1e-12));
    }
  }

  @Test
  void weightsAreNormalisedByTheirSum() {
    Portfolio portfolio =
        aligned(PortfolioStrategy.FOCUS)
            .replaceObjectives(List.of(Objective.of("growth", 3), Objective.of("retention", 2)))
            .build();
    assertThat(portfolio.alignment().objectives().get(0).targetShare()).isEqualTo(0.6);
    assertThat(portfolio.alignment().findings()).isEmpty();
  }

  @Test
  void aProductServingTwoObjectivesSplitsItsInvestmentEqually() {
    Portfolio portfolio =
        aligned(PortfolioStrategy.FOCUS)
            .replaceProducts(
                List.of(
                    checkoutApp(),
                    wallet().toBuilder().replaceServes(List.of("growth", "retention")).build()))
            .build();
    // growth: 600k + 200k of 1000k; retention: 200k of 1000k
    Alignment alignment = portfolio.alignment();
    assertThat(alignment.objectives().get(0).investmentShare()).isCloseTo(0.8, within(1e-12));
    assertThat(alignment.objectives().get(1).investmentShare()).isCloseTo(0.2, within(1e-12));
    assertThat(alignment.findings())
        .extracting(Finding::subject, Finding::kind, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "objective:growth", Finding.Kind.INVESTMENT_OFF_WEIGHT, Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple(
                "objective:retention", Finding.Kind.INVESTMENT_OFF_WEIGHT, Severity.WARNING));
    assertThat(alignment.findings().get(0).message())
        .isEqualTo(
            "objective 'growth' gets 80.0% of the investment against a weight of 60.0%, 20.0"
                + " points over (tolerance 10.0 points); move investment to under-funded"
                + " objectives or raise its weight");
    assertThat(alignment.findings().get(1).message())
        .isEqualTo(
            "objective 'retention' gets 20.0% of the investment against a weight of 40.0%, 20.0"
                + " points under (tolerance 10.0 points); invest more in products that serve it"
                + " or lower its weight");
  }

  @Test
  void aShareWithinTheToleranceIsNotFlagged() {
    Portfolio portfolio =
        aligned(PortfolioStrategy.FOCUS)
            .replaceProducts(
                List.of(
                    checkoutApp().toBuilder().investment(650_000, 0).build(),
                    wallet().toBuilder().investment(350_000, 0).build()))
            .build();
    assertThat(portfolio.alignment().objectives().get(0).deviation())
        .isCloseTo(0.05, within(1e-12));
    assertThat(portfolio.alignment().findings()).isEmpty();
    assertThat(portfolio.toBuilder().tolerance(0.04).build().alignment().findings())
        .extracting(Finding::kind)
        .containsOnly(Finding.Kind.INVESTMENT_OFF_WEIGHT);
  }

  @Test
  void aProductServingNoObjectiveIsCriticalAndLeftOutOfTheShares() {
    Product labs =
        Product.builder().id("labs").pm("erin").investment(50_000, 0).vision("mobile").build();
    Alignment alignment = aligned(PortfolioStrategy.FOCUS).products(labs).build().alignment();
    assertThat(alignment.findings())
        .containsExactly(
            new Finding(
                Severity.CRITICAL,
                Finding.Kind.PRODUCT_SERVES_NO_OBJECTIVE,
                "product:labs",
                "product 'labs' serves no objective, so its investment of 50000 counts toward"
                    + " none; name the objectives it serves or reconsider it"),
            new Finding(
                Severity.WARNING,
                Finding.Kind.VISION_DEPARTS,
                "product:labs",
                "product 'labs' departs from the shared vision: leaves out payments, trust; under"
                    + " focus every product follows one vision, so align it or leave the"
                    + " product's vision out"));
    assertThat(alignment.objectives().get(0).investmentShare()).isCloseTo(0.6, within(1e-12));
    assertThat(alignment.isAligned()).isFalse();
  }

  @Test
  void anObjectiveWithWeightButNoInvestmentIsCritical() {
    Portfolio portfolio =
        aligned(PortfolioStrategy.FOCUS)
            .replaceProducts(
                List.of(
                    checkoutApp(), wallet().toBuilder().replaceServes(List.of("growth")).build()))
            .build();
    assertThat(portfolio.alignment().findings())
        .containsExactly(
            new Finding(
                Severity.CRITICAL,
                Finding.Kind.OBJECTIVE_UNFUNDED,
                "objective:retention",
                "objective 'retention' has a weight of 40.0% but no investment; fund a product"
                    + " that serves it or lower its weight"),
            new Finding(
                Severity.WARNING,
                Finding.Kind.INVESTMENT_OFF_WEIGHT,
                "objective:growth",
                "objective 'growth' gets 100.0% of the investment against a weight of 60.0%, 40.0"
                    + " points over (tolerance 10.0 points); move investment to under-funded"
                    + " objectives or raise its weight"));
  }

  @Test
  void noInvestmentTiedToObjectivesIsAWarning() {
    Portfolio portfolio =
        aligned(PortfolioStrategy.FOCUS)
            .replaceProducts(
                List.of(
                    checkoutApp().toBuilder().investment(Investment.NONE).build(),
                    wallet().toBuilder().investment(Investment.NONE).build()))
            .build();
    assertThat(kinds(portfolio)).containsExactly("no-investment");
    assertThat(portfolio.alignment().objectives())
        .extracting(ObjectiveShare::investmentShare)
        .containsExactly(0.0, 0.0);
  }

  @Test
  void productVisionThemesOutsideTheCompanyVisionAreFlagged() {
    Portfolio portfolio =
        aligned(PortfolioStrategy.DIVERSIFICATION)
            .replaceProducts(
                List.of(
                    checkoutApp(),
                    wallet().toBuilder()
                        .replaceVision(List.of("payments", "crypto", "ai"))
                        .build()))
            .build();
    assertThat(portfolio.alignment().findings())
        .containsExactly(
            new Finding(
                Severity.WARNING,
                Finding.Kind.VISION_OUTSIDE_COMPANY,
                "product:wallet",
                "product 'wallet' has vision themes outside the company vision: ai, crypto; tie"
                    + " them to the company's themes (mobile, payments, trust) or drop them"));
  }

  @Test
  void underFocusAProductWhoseVisionDepartsFromTheSharedOneIsFlagged() {
    Portfolio portfolio =
        aligned(PortfolioStrategy.FOCUS)
            .replaceProducts(
                List.of(
                    checkoutApp(),
                    wallet().toBuilder().replaceVision(List.of("payments", "ai")).build()))
            .build();
    assertThat(kinds(portfolio)).containsExactly("vision-outside-company", "vision-departs");
    assertThat(portfolio.alignment().findings().get(1).message())
        .startsWith(
            "product 'wallet' departs from the shared vision: adds ai; leaves out mobile,"
                + " trust;");
  }

  @Test
  void underFocusAProductWithoutAVisionFollowsTheSharedOne() {
    Portfolio portfolio =
        aligned(PortfolioStrategy.FOCUS)
            .replaceProducts(
                List.of(checkoutApp(), wallet().toBuilder().replaceVision(List.of()).build()))
            .build();
    assertThat(portfolio.alignment().findings()).isEmpty();
  }

  @Test
  void underFocusNoCompanyVisionIsAWarningUnderDiversificationAnInfo() {
    Portfolio focus = aligned(PortfolioStrategy.FOCUS).replaceVision(List.of()).build();
    assertThat(focus.alignment().findings())
        .extracting(Finding::severity, Finding::kind, Finding::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Severity.WARNING, Finding.Kind.NO_COMPANY_VISION, "portfolio"));
    Portfolio diversification =
        aligned(PortfolioStrategy.DIVERSIFICATION).replaceVision(List.of()).build();
    assertThat(diversification.alignment().findings())
        .extracting(Finding::severity, Finding::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Severity.INFO, Finding.Kind.NO_COMPANY_VISION));
    assertThat(diversification.alignment().isAligned()).isTrue();
  }

  @Test
  void roadmapItemsTiedToNoPillarOrToAPillarServingNoObjectiveAreFlagged() {
    Portfolio portfolio =
        aligned(PortfolioStrategy.FOCUS)
            .pillars(new Pillar("moonshot", List.of()))
            .roadmap(
                RoadmapItem.withoutPillar("dark-mode", "wallet"),
                RoadmapItem.of("teleport", "checkout-app", "moonshot"))
            .build();
    assertThat(portfolio.alignment().findings())
        .containsExactly(
            new Finding(
                Severity.WARNING,
                Finding.Kind.ROADMAP_WITHOUT_PILLAR,
                "roadmap:dark-mode",
                "roadmap item 'dark-mode' of product 'wallet' is tied to no strategy pillar; tie"
                    + " it to a pillar or question it"),
            new Finding(
                Severity.WARNING,
                Finding.Kind.ROADMAP_PILLAR_SERVES_NO_OBJECTIVE,
                "roadmap:teleport",
                "roadmap item 'teleport' hangs on pillar 'moonshot', which serves no objective;"
                    + " make the pillar serve an objective or move the item"));
  }

  @Test
  void underDiversificationProductsWithoutAVisionOrAPmOfTheirOwnAreFlagged() {
    Product third =
        Product.builder().id("insights").pm("bob").serves("growth").vision("trust").build();
    Portfolio portfolio =
        aligned(PortfolioStrategy.DIVERSIFICATION)
            .replaceProducts(
                List.of(
                    checkoutApp(),
                    wallet().toBuilder().clearPm().replaceVision(List.of()).build(),
                    third))
            .build();
    assertThat(portfolio.alignment().findings())
        .extracting(Finding::subject, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "product:checkout-app",
                "product 'checkout-app' shares its product manager 'bob' with insights; under"
                    + " diversification each product has a PM of its own"),
            org.assertj.core.groups.Tuple.tuple(
                "product:insights",
                "product 'insights' shares its product manager 'bob' with checkout-app; under"
                    + " diversification each product has a PM of its own"),
            org.assertj.core.groups.Tuple.tuple(
                "product:wallet",
                "product 'wallet' has no vision of its own; under diversification each product"
                    + " has its own vision"),
            org.assertj.core.groups.Tuple.tuple(
                "product:wallet",
                "product 'wallet' has no product manager; under diversification each product has"
                    + " a PM of its own"));
    assertThat(
            aligned(PortfolioStrategy.FOCUS)
                .replaceProducts(portfolio.products())
                .build()
                .alignment()
                .findings())
        .extracting(Finding::kind)
        .doesNotContain(Finding.Kind.NO_OWN_PM, Finding.Kind.NO_OWN_VISION);
  }

  @Test
  void findingsAreOrderedMostSeriousFirst() {
    Portfolio portfolio =
        aligned(PortfolioStrategy.FOCUS)
            .products(Product.builder().id("labs").build())
            .roadmap(RoadmapItem.withoutPillar("dark-mode", "wallet"))
            .build();
    assertThat(portfolio.alignment().findings())
        .extracting(Finding::severity)
        .containsExactly(Severity.CRITICAL, Severity.WARNING);
  }
}
