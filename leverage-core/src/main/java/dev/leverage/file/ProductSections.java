package dev.leverage.file;

import static dev.leverage.file.Item.Build;
import static dev.leverage.file.Item.Section;

import com.google.common.collect.ImmutableSet;
import dev.leverage.Spelling;
import dev.leverage.coaching.Characteristic;
import dev.leverage.coaching.Coaching;
import dev.leverage.coaching.ProductManager;
import dev.leverage.internal.Numbers;
import dev.leverage.portfolio.Investment;
import dev.leverage.portfolio.Objective;
import dev.leverage.portfolio.Pillar;
import dev.leverage.portfolio.Portfolio;
import dev.leverage.portfolio.PortfolioStrategy;
import dev.leverage.portfolio.Product;
import dev.leverage.portfolio.RoadmapItem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the manager-of-PMs sections of a scenario file are read (MODEL.md §9): {@code
 * productManagers}, {@code coaching} and {@code portfolio}, as strictly as the rest.
 *
 * <p>Where a value is invalid, a neutral stand-in keeps its id so that the scenario's cross-checks
 * (coach above each PM, products naming known managers and teams) still run and report.
 */
final class ProductSections {
  private ProductSections() {}

  static final Section<ProductManager> PRODUCT_MANAGER =
      new Section<>(
          "a product manager",
          ImmutableSet.of("id", "skills", "targets"),
          item -> {
            Optional<String> id = item.id("bob");
            ProductManager.Builder pm = ProductManager.builder();
            item.require(
                "skills",
                "{empathy: 3, communication: 2, timeManagement: 4, technology: 3, business: 2,"
                    + " curiosity: 4, productKnowledge: 3}",
                Fields::any);
            item.entries(
                "skills",
                "characteristic: level 1-5",
                Characteristic::find,
                ProductSections::unknownCharacteristic,
                ProductSections::level,
                pm::skill);
            item.entries(
                "targets",
                "characteristic: level 1-5",
                Characteristic::find,
                ProductSections::unknownCharacteristic,
                ProductSections::level,
                pm::target);
            return id.flatMap(i -> Build.of(() -> pm.id(i).build(), List.of(() -> allAtTop(i))));
          });

  private static String unknownCharacteristic(String name) {
    return Spelling.unknown("characteristic", name, Characteristic.labels());
  }

  /** A valid profile with {@code id}, standing in for an invalid one. */
  private static ProductManager allAtTop(String id) {
    ProductManager.Builder pm = ProductManager.builder().id(id);
    for (Characteristic c : Characteristic.values()) {
      pm.skill(c, Characteristic.MAX_LEVEL);
    }
    return pm.build();
  }

  private static Optional<Integer> level(Fields fields, Node node, String path) {
    return fields
        .number(node, path)
        .flatMap(
            level -> {
              if (level != Math.rint(level) || Math.abs(level) > 1000) {
                fields.problem(
                    path, "must be a whole number from 1 to 5, was " + Numbers.format(level));
                return Optional.empty();
              }
              return Optional.of((int) (double) level);
            });
  }

  static final Section<Coaching> COACHING =
      new Section<>(
          "coaching",
          ImmutableSet.of("coach", "importance", "elasticity", "hoursPerLevel"),
          item -> {
            Optional<String> coach = item.require("coach", "carol", Fields::text);
            Coaching.Builder coaching = Coaching.builder();
            item.entries(
                "importance",
                "characteristic: number",
                Characteristic::find,
                ProductSections::unknownCharacteristic,
                Fields::number,
                coaching::importance);
            item.get("elasticity", Fields::estimate).ifPresent(coaching::elasticity);
            item.get("hoursPerLevel", Fields::effort).ifPresent(coaching::hoursPerLevel);
            return coach.flatMap(
                c -> Build.of(() -> coaching.coach(c).build(), List.of(() -> Coaching.by(c))));
          });

  static final Section<Objective> OBJECTIVE =
      Section.idAndNumber("an objective", "growth", "weight", "0.6", 1, Objective::of);

  static final Section<Pillar> PILLAR =
      new Section<>(
          "a pillar",
          ImmutableSet.of("id", "serves"),
          item -> {
            Optional<String> id = item.id("one-tap");
            List<String> serves = item.get("serves", Fields::ids).orElse(List.of());
            return id.flatMap(
                i ->
                    Build.of(() -> new Pillar(i, serves), List.of(() -> new Pillar(i, List.of()))));
          });

  static final Section<Investment> INVESTMENT =
      new Section<>(
          "an investment",
          ImmutableSet.of("development", "marketing"),
          item -> {
            double development = item.get("development", Fields::number).orElse(0.0);
            double marketing = item.get("marketing", Fields::number).orElse(0.0);
            return Build.of(() -> Investment.of(development, marketing), List.of());
          });

  static final Section<Product> PRODUCT =
      new Section<>(
          "a product",
          ImmutableSet.of("id", "pm", "teams", "serves", "investment", "vision"),
          item -> {
            Optional<String> id = item.id("checkout-app");
            Product.Builder product = Product.builder();
            item.get("pm", Fields::text).ifPresent(product::pm);
            item.get("teams", Fields::ids).ifPresent(product::teams);
            item.get("serves", Fields::ids).ifPresent(product::serves);
            item.mapping("investment", INVESTMENT).ifPresent(product::investment);
            item.get("vision", Fields::ids).ifPresent(product::vision);
            return id.flatMap(
                i ->
                    Build.of(
                        () -> product.id(i).build(),
                        List.of(() -> Product.builder().id(i).build())));
          });

  static final Section<RoadmapItem> ROADMAP_ITEM =
      new Section<>(
          "a roadmap item",
          ImmutableSet.of("id", "product", "pillar"),
          item -> {
            Optional<String> id = item.id("wallet-pay");
            Optional<String> product = item.require("product", "checkout-app", Fields::text);
            Optional<String> pillar = item.get("pillar", Fields::text);
            if (id.isEmpty() || product.isEmpty()) {
              return Optional.empty();
            }
            return Build.of(() -> new RoadmapItem(id.get(), product.get(), pillar), List.of());
          });

  static final Section<Portfolio> PORTFOLIO =
      new Section<>(
          "a portfolio",
          ImmutableSet.of(
              "strategy", "vision", "objectives", "pillars", "products", "roadmap", "tolerance"),
          item -> {
            Optional<PortfolioStrategy> strategy =
                item.require("strategy", "focus (or diversification)", ProductSections::strategy);
            Portfolio.Builder portfolio = Portfolio.builder();
            item.get("vision", Fields::ids).ifPresent(portfolio::vision);
            portfolio.objectives(item.list("objectives", OBJECTIVE));
            portfolio.pillars(item.list("pillars", PILLAR));
            List<Product> products = item.list("products", PRODUCT);
            portfolio.products(products);
            portfolio.roadmap(item.list("roadmap", ROADMAP_ITEM));
            item.get("tolerance", Fields::number).ifPresent(portfolio::tolerance);
            // Without a valid strategy the problem is recorded; focus stands in so the rest is
            // checked.
            PortfolioStrategy chosen = strategy.orElse(PortfolioStrategy.FOCUS);
            portfolio.strategy(chosen);
            return Build.of(portfolio::build, List.of(() -> productsAlone(chosen, products)));
          });

  private static Optional<PortfolioStrategy> strategy(Fields fields, Node node, String path) {
    return fields.parsed(node, path, "focus or diversification", PortfolioStrategy::parse);
  }

  /** The products alone, so that their managers and teams are still checked. */
  private static Portfolio productsAlone(PortfolioStrategy strategy, List<Product> products) {
    Set<String> seen = new LinkedHashSet<>();
    List<Product> unique = new ArrayList<>();
    for (Product product : products) {
      if (seen.add(product.id())) {
        unique.add(product.toBuilder().replaceServes(List.of()).build());
      }
    }
    return Portfolio.builder().strategy(strategy).products(unique).build();
  }
}
