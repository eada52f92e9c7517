package dev.leverage.coaching;

import com.google.common.testing.NullPointerTester;
import dev.leverage.activity.Activity;
import dev.leverage.organization.Organization;
import dev.leverage.portfolio.Alignment;
import dev.leverage.portfolio.Finding;
import dev.leverage.portfolio.Investment;
import dev.leverage.portfolio.Objective;
import dev.leverage.portfolio.ObjectiveShare;
import dev.leverage.portfolio.Pillar;
import dev.leverage.portfolio.Portfolio;
import dev.leverage.portfolio.PortfolioStrategy;
import dev.leverage.portfolio.Product;
import dev.leverage.portfolio.RoadmapItem;
import dev.leverage.portfolio.Severity;
import dev.leverage.priorities.CoachingPriorities;
import dev.leverage.scenario.Scenario;
import dev.leverage.unit.Effort;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The coaching and portfolio types reject a null argument with a {@link NullPointerException}, like
 * the rest of the public API ({@code dev.leverage.NullHandlingTest}).
 */
class LeadershipNullHandlingTest {
  private static final Scenario SCENARIO = SectionNineExample.scenario();
  private static final Product PRODUCT =
      Product.builder()
          .id("checkout-app")
          .pm("bob")
          .addTeams("checkout")
          .addServes("growth")
          .investment(400_000, 100_000)
          .addVision("payments")
          .build();
  private static final Portfolio PORTFOLIO =
      Portfolio.builder()
          .strategy(PortfolioStrategy.FOCUS)
          .addVision("payments")
          .addObjectives(Objective.of("growth", 1))
          .addPillars(Pillar.of("one-tap", "growth"))
          .addProducts(PRODUCT)
          .addRoadmap(RoadmapItem.of("wallet-pay", "checkout-app", "one-tap"))
          .build();

  private final NullPointerTester tester =
      new NullPointerTester()
          .setDefault(String.class, "bob")
          .setDefault(Characteristic.class, Characteristic.BUSINESS)
          .setDefault(Effort.class, Effort.ofHours(6))
          .setDefault(Scenario.class, SCENARIO)
          .setDefault(
              Activity.class, CoachingPriorities.of(SCENARIO).candidates().get(0).activity())
          .setDefault(Organization.class, SCENARIO.organization())
          .setDefault(ProductManager.class, SectionNineExample.bob())
          .setDefault(Coaching.class, SectionNineExample.coaching())
          .setDefault(PortfolioStrategy.class, PortfolioStrategy.FOCUS)
          .setDefault(Severity.class, Severity.WARNING)
          .setDefault(Finding.Kind.class, Finding.Kind.VISION_DEPARTS)
          .setDefault(Product.class, PRODUCT)
          .setDefault(Portfolio.class, PORTFOLIO)
          .setDefault(Investment.class, Investment.NONE)
          .setDefault(List.class, List.of())
          .setDefault(Map.class, Map.of());

  static Stream<Class<?>> publicTypes() {
    return Stream.of(
        Characteristic.class,
        ProductManager.class,
        Coaching.class,
        CoachingCandidate.class,
        CoachingPriorities.class,
        Alignment.class,
        Finding.class,
        Investment.class,
        Objective.class,
        ObjectiveShare.class,
        Pillar.class,
        Portfolio.class,
        PortfolioStrategy.class,
        Product.class,
        RoadmapItem.class);
  }

  static Stream<Object> publicValues() {
    CoachingPriorities priorities = CoachingPriorities.of(SCENARIO);
    return Stream.of(
        SectionNineExample.bob(),
        SectionNineExample.coaching(),
        priorities,
        priorities.candidates().get(0),
        PORTFOLIO,
        PORTFOLIO.alignment(),
        PORTFOLIO.alignment().objectives().get(0),
        PRODUCT,
        ProductManager.builder(),
        Coaching.builder(),
        Portfolio.builder(),
        Product.builder());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicTypes")
  void everyPublicFactoryRejectsNull(Class<?> type) {
    tester.testAllPublicStaticMethods(type);
    tester.testAllPublicConstructors(type);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicValues")
  void everyPublicMethodRejectsNull(Object value) {
    tester.testAllPublicInstanceMethods(value);
  }
}
