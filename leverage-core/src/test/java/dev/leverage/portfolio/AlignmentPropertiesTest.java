package dev.leverage.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AlignmentPropertiesTest {
  private static final List<String> THEMES = List.of("payments", "mobile", "trust", "ai", "crypto");
  private static final List<String> PMS = List.of("", "pm-a", "pm-b", "pm-c");

  @Provide
  Arbitrary<Portfolio> portfolios() {
    Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, 99).list().ofMaxSize(4);
    Arbitrary<List<Double>> weights =
        Arbitraries.doubles().between(0, 10).ofScale(2).list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<List<List<Integer>>> pillars = picks.list().ofMaxSize(3);
    Arbitrary<ProductSpec> product =
        Combinators.combine(
                Arbitraries.integers().between(0, PMS.size() - 1),
                picks,
                Arbitraries.doubles().between(0, 1_000_000).ofScale(0),
                Arbitraries.doubles().between(0, 1_000_000).ofScale(0),
                Arbitraries.subsetOf(THEMES))
            .as(ProductSpec::new);
    Arbitrary<List<Integer>> roadmap = Arbitraries.integers().between(0, 999).list().ofMaxSize(5);
    return Combinators.combine(
            Arbitraries.of(PortfolioStrategy.class),
            Arbitraries.subsetOf(THEMES.subList(0, 4)),
            weights,
            pillars,
            product.list().ofMinSize(1).ofMaxSize(5),
            roadmap,
            Arbitraries.doubles().between(0, 0.3).ofScale(2))
        .as(AlignmentPropertiesTest::portfolio);
  }

  private record ProductSpec(
      int pm, List<Integer> serves, double development, double marketing, Set<String> vision) {}

  private static Portfolio portfolio(
      PortfolioStrategy strategy,
      Set<String> vision,
      List<Double> weights,
      List<List<Integer>> pillarSpecs,
      List<ProductSpec> productSpecs,
      List<Integer> roadmapSpecs,
      double tolerance) {
    List<Objective> objectives = new ArrayList<>();
    for (int i = 0; i < weights.size(); i++) {
      objectives.add(
          Objective.of(
              "o" + i, i == 0 && weights.stream().allMatch(w -> w == 0) ? 1 : weights.get(i)));
    }
    Function<List<Integer>, List<String>> serves =
        picks ->
            picks.stream()
                .map(k -> "o" + (k % (objectives.size() + 1)))
                .filter(id -> !id.equals("o" + objectives.size()))
                .distinct()
                .toList();
    List<Pillar> pillars = new ArrayList<>();
    for (int i = 0; i < pillarSpecs.size(); i++) {
      pillars.add(new Pillar("p" + i, serves.apply(pillarSpecs.get(i))));
    }
    List<Product> products = new ArrayList<>();
    for (int i = 0; i < productSpecs.size(); i++) {
      ProductSpec spec = productSpecs.get(i);
      Product.Builder product =
          Product.builder()
              .id("product" + i)
              .serves(serves.apply(spec.serves()))
              .investment(spec.development(), spec.marketing())
              .vision(spec.vision());
      if (spec.pm() != 0) {
        product.pm(PMS.get(spec.pm()));
      }
      products.add(product.build());
    }
    List<RoadmapItem> roadmap = new ArrayList<>();
    for (int i = 0; i < roadmapSpecs.size(); i++) {
      int pick = roadmapSpecs.get(i);
      int pillar = (pick / 10) % (pillars.size() + 1);
      roadmap.add(
          new RoadmapItem(
              "item" + i,
              "product" + (pick % products.size()),
              pillar == pillars.size() ? Optional.empty() : Optional.of("p" + pillar)));
    }
    return Portfolio.builder()
        .strategy(strategy)
        .vision(vision)
        .objectives(objectives)
        .pillars(pillars)
        .products(products)
        .roadmap(roadmap)
        .tolerance(tolerance)
        .build();
  }

  private static <T> List<T> shuffled(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }

  private static Portfolio reordered(Portfolio portfolio, Random random) {
    return portfolio.toBuilder()
        .replaceVision(shuffled(portfolio.vision(), random))
        .replaceObjectives(shuffled(portfolio.objectives(), random))
        .replacePillars(
            shuffled(portfolio.pillars(), random).stream()
                .map(p -> new Pillar(p.id(), shuffled(p.serves(), random)))
                .toList())
        .replaceProducts(
            shuffled(portfolio.products(), random).stream()
                .map(
                    p ->
                        (Product)
                            p.toBuilder()
                                .replaceServes(shuffled(p.serves(), random))
                                .replaceVision(shuffled(p.vision(), random))
                                .build())
                .toList())
        .replaceRoadmap(shuffled(portfolio.roadmap(), random))
        .build();
  }

  private static Map<String, ObjectiveShare> byId(Alignment alignment) {
    return alignment.objectives().stream()
        .collect(Collectors.toMap(ObjectiveShare::id, Function.identity()));
  }

  @Property(tries = 300)
  void findingsDoNotChangeWhenInputListsAreReordered(
      @ForAll("portfolios") Portfolio portfolio, @ForAll long seed) {
    Alignment original = portfolio.alignment();
    Alignment other = reordered(portfolio, new Random(seed)).alignment();
    assertThat(other.findings()).isEqualTo(original.findings());
    assertThat(byId(other)).isEqualTo(byId(original));
  }

  @Property(tries = 300)
  void investmentSharesSumToOneWhenInvestmentIsTiedToObjectives(
      @ForAll("portfolios") Portfolio portfolio) {
    double tied =
        portfolio.products().stream()
            .filter(p -> !p.serves().isEmpty())
            .mapToDouble(p -> p.investment().total())
            .sum();
    double sum =
        portfolio.alignment().objectives().stream()
            .mapToDouble(ObjectiveShare::investmentShare)
            .sum();
    if (tied > 0) {
      assertThat(sum).isCloseTo(1.0, within(1e-9));
    } else {
      assertThat(sum).isEqualTo(0.0);
      assertThat(portfolio.alignment().findings())
          .extracting(Finding::kind)
          .contains(Finding.Kind.NO_INVESTMENT);
    }
    double targets =
        portfolio.alignment().objectives().stream().mapToDouble(ObjectiveShare::targetShare).sum();
    assertThat(targets).isCloseTo(1.0, within(1e-9));
  }

  @Property(tries = 300)
  void sharesAndShareFindingsMatchTheObviousComputation(@ForAll("portfolios") Portfolio portfolio) {
    double tied = 0;
    for (Product p : portfolio.products()) {
      if (!p.serves().isEmpty()) {
        tied += p.investment().total();
      }
    }
    double weights = portfolio.objectives().stream().mapToDouble(Objective::weight).sum();
    Alignment alignment = portfolio.alignment();
    for (ObjectiveShare share : alignment.objectives()) {
      double amount = 0;
      for (Product p : portfolio.products()) {
        Set<String> served = new LinkedHashSet<>(p.serves());
        if (served.contains(share.id())) {
          amount += p.investment().total() / served.size();
        }
      }
      double expected = tied > 0 ? amount / tied : 0;
      double target = portfolio.objective(share.id()).orElseThrow().weight() / weights;
      assertThat(share.investmentShare()).isCloseTo(expected, within(1e-9));
      assertThat(share.targetShare()).isCloseTo(target, within(1e-9));
      boolean flagged =
          alignment.findings().stream()
              .anyMatch(
                  f ->
                      f.subject().equals("objective:" + share.id())
                          && (f.kind() == Finding.Kind.INVESTMENT_OFF_WEIGHT
                              || f.kind() == Finding.Kind.OBJECTIVE_UNFUNDED));
      boolean unfunded = tied > 0 && amount == 0 && target > 0;
      if (unfunded || tied > 0 && Math.abs(expected - target) > portfolio.tolerance() + 1e-6) {
        assertThat(flagged).isTrue();
      }
      if (!unfunded && (tied == 0 || Math.abs(expected - target) < portfolio.tolerance() - 1e-6)) {
        assertThat(flagged).isFalse();
      }
    }
    long unserved = portfolio.products().stream().filter(p -> p.serves().isEmpty()).count();
    assertThat(
            alignment.findings().stream()
                .filter(f -> f.kind() == Finding.Kind.PRODUCT_SERVES_NO_OBJECTIVE)
                .count())
        .isEqualTo(unserved);
  }
}
