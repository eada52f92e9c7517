package dev.leverage.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.leverage.InvalidModelException;
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
import dev.leverage.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads the manager-of-PMs sections of a scenario file (MODEL.md §9): {@code productManagers},
 * {@code coaching} and {@code portfolio}, as strictly as the rest: unknown fields are errors and
 * every problem carries its path.
 *
 * <p>Where a value is invalid, a neutral stand-in keeps its id so that the scenario's cross-checks
 * (coach above each PM, products naming known managers and teams) still run and report.
 */
final class ProductSectionsReader {
  static final Set<String> PRODUCT_MANAGER = ImmutableSet.of("id", "skills", "targets");
  static final Set<String> COACHING =
      ImmutableSet.of("coach", "importance", "elasticity", "hoursPerLevel");
  static final Set<String> PORTFOLIO =
      ImmutableSet.of(
          "strategy", "vision", "objectives", "pillars", "products", "roadmap", "tolerance");
  static final Set<String> OBJECTIVE = ImmutableSet.of("id", "weight");
  static final Set<String> PILLAR = ImmutableSet.of("id", "serves");
  static final Set<String> PRODUCT =
      ImmutableSet.of("id", "pm", "teams", "serves", "investment", "vision");
  static final Set<String> INVESTMENT = ImmutableSet.of("development", "marketing");
  static final Set<String> ROADMAP_ITEM = ImmutableSet.of("id", "product", "pillar");

  private final Fields fields;

  ProductSectionsReader(Fields fields) {
    this.fields = fields;
  }

  /**
   * Reads whichever of the three sections {@code root} has into {@code scenario}. When the managers
   * could not form an organization ({@code reportsRead} false), the coaching section is checked on
   * its own but left out, so that no one is reported as not below the coach merely because the
   * reports were dropped.
   */
  void read(JsonNode root, Scenario.Builder scenario, boolean reportsRead) {
    fields
        .optional(root, "productManagers")
        .ifPresent(node -> scenario.productManagers(productManagers(node)));
    fields
        .optional(root, "coaching")
        .flatMap(this::coaching)
        .filter(c -> reportsRead)
        .ifPresent(scenario::coaching);
    fields.optional(root, "portfolio").flatMap(this::portfolio).ifPresent(scenario::portfolio);
  }

  private List<ProductManager> productManagers(JsonNode node) {
    List<ProductManager> pms = new ArrayList<>();
    List<JsonNode> items = fields.list(node, "productManagers", "productManagers");
    for (int i = 0; i < items.size(); i++) {
      String path = Paths.index("productManagers", i);
      JsonNode item = items.get(i);
      if (!fields.mapping(item, path, "a product manager", PRODUCT_MANAGER)) {
        continue;
      }
      Optional<String> id =
          fields
              .required(item, path, "id", "a product manager", "bob")
              .flatMap(n -> fields.text(n, Paths.key(path, "id")));
      ProductManager.Builder pm = ProductManager.builder();
      fields
          .required(
              item,
              path,
              "skills",
              "a product manager",
              "{empathy: 3, communication: 2, timeManagement: 4, technology: 3, business: 2,"
                  + " curiosity: 4, productKnowledge: 3}")
          .ifPresent(n -> levels(n, Paths.key(path, "skills"), "skills", pm::putSkill));
      fields
          .optional(item, "targets")
          .ifPresent(n -> levels(n, Paths.key(path, "targets"), "targets", pm::putTarget));
      if (id.isEmpty()) {
        continue;
      }
      try {
        pms.add(pm.id(id.get()).build());
      } catch (InvalidModelException e) {
        fields.problems(path, e);
        standIn(() -> pms.add(allAtTop(id.get())));
      }
    }
    return pms;
  }

  /** A valid profile with {@code id}, standing in for an invalid one. */
  private static ProductManager allAtTop(String id) {
    ProductManager.Builder pm = ProductManager.builder().id(id);
    for (Characteristic c : Characteristic.values()) {
      pm.skill(c, Characteristic.MAX_LEVEL);
    }
    return pm.build();
  }

  private void levels(JsonNode node, String path, String what, BiConsumer<String, Integer> put) {
    for (Map.Entry<String, JsonNode> e :
        fields.entries(node, path, what + " (characteristic: level 1-5)").entrySet()) {
      String at = Paths.key(path, e.getKey());
      fields
          .number(e.getValue(), at)
          .ifPresent(
              level -> {
                if (level != Math.rint(level) || Math.abs(level) > 1000) {
                  fields.problem(
                      at, "must be a whole number from 1 to 5, was " + Numbers.format(level));
                } else {
                  put.accept(e.getKey(), (int) (double) level);
                }
              });
    }
  }

  private Optional<Coaching> coaching(JsonNode node) {
    String path = "coaching";
    if (!fields.mapping(node, path, "coaching", COACHING)) {
      return Optional.empty();
    }
    Optional<String> coach =
        fields
            .required(node, path, "coach", "coaching", "carol")
            .flatMap(n -> fields.text(n, Paths.key(path, "coach")));
    Coaching.Builder coaching = Coaching.builder();
    fields
        .optional(node, "importance")
        .ifPresent(
            n -> {
              String at = Paths.key(path, "importance");
              for (Map.Entry<String, JsonNode> e :
                  fields.entries(n, at, "importance (characteristic: number)").entrySet()) {
                fields
                    .number(e.getValue(), Paths.key(at, e.getKey()))
                    .ifPresent(v -> coaching.putImportance(e.getKey(), v));
              }
            });
    fields
        .optional(node, "elasticity")
        .flatMap(n -> fields.estimate(n, Paths.key(path, "elasticity")))
        .ifPresent(coaching::elasticity);
    fields
        .optional(node, "hoursPerLevel")
        .flatMap(n -> fields.effort(n, Paths.key(path, "hoursPerLevel")))
        .ifPresent(coaching::hoursPerLevel);
    if (coach.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(coaching.coach(coach.get()).build());
    } catch (InvalidModelException e) {
      fields.problems(path, e);
      try {
        return Optional.of(Coaching.by(coach.get()));
      } catch (InvalidModelException ignored) {
        return Optional.empty();
      }
    }
  }

  private Optional<Portfolio> portfolio(JsonNode node) {
    String path = "portfolio";
    if (!fields.mapping(node, path, "a portfolio", PORTFOLIO)) {
      return Optional.empty();
    }
    Portfolio.Builder portfolio = Portfolio.builder();
    Optional<PortfolioStrategy> strategy =
        fields
            .required(node, path, "strategy", "a portfolio", "focus (or diversification)")
            .flatMap(n -> fields.text(n, Paths.key(path, "strategy")))
            .flatMap(
                s -> {
                  try {
                    return Optional.of(PortfolioStrategy.parse(s));
                  } catch (InvalidModelException e) {
                    fields.problems(Paths.key(path, "strategy"), e);
                    return Optional.empty();
                  }
                });
    fields
        .optional(node, "vision")
        .ifPresent(n -> portfolio.vision(fields.ids(n, Paths.key(path, "vision"), "vision")));
    fields
        .optional(node, "tolerance")
        .flatMap(n -> fields.number(n, Paths.key(path, "tolerance")))
        .ifPresent(portfolio::tolerance);
    fields.optional(node, "objectives").ifPresent(n -> portfolio.objectives(objectives(n)));
    fields.optional(node, "pillars").ifPresent(n -> portfolio.pillars(pillars(n)));
    List<Product> products = new ArrayList<>();
    fields.optional(node, "products").ifPresent(n -> products.addAll(products(n)));
    portfolio.products(products);
    fields.optional(node, "roadmap").ifPresent(n -> portfolio.roadmap(roadmap(n)));
    // Without a valid strategy the problem is recorded; focus stands in so the rest is checked.
    portfolio.strategy(strategy.orElse(PortfolioStrategy.FOCUS));
    try {
      return Optional.of(portfolio.build());
    } catch (InvalidModelException e) {
      fields.problems(path, e);
      return standInPortfolio(strategy.orElse(PortfolioStrategy.FOCUS), products);
    }
  }

  /** The products alone, so that their managers and teams are still checked. */
  private static Optional<Portfolio> standInPortfolio(
      PortfolioStrategy strategy, List<Product> products) {
    Set<String> seen = new LinkedHashSet<>();
    List<Product> unique = new ArrayList<>();
    for (Product product : products) {
      if (seen.add(product.id())) {
        unique.add(Product.builder().from(product).serves(List.of()).build());
      }
    }
    try {
      return Optional.of(Portfolio.builder().strategy(strategy).products(unique).build());
    } catch (InvalidModelException ignored) {
      return Optional.empty();
    }
  }

  private List<Objective> objectives(JsonNode node) {
    List<Objective> objectives = new ArrayList<>();
    String list = Paths.key("portfolio", "objectives");
    List<JsonNode> items = fields.list(node, list, "objectives");
    for (int i = 0; i < items.size(); i++) {
      String path = Paths.index(list, i);
      JsonNode item = items.get(i);
      if (!fields.mapping(item, path, "an objective", OBJECTIVE)) {
        continue;
      }
      Optional<String> id =
          fields
              .required(item, path, "id", "an objective", "growth")
              .flatMap(n -> fields.text(n, Paths.key(path, "id")));
      Optional<Double> weight =
          fields
              .required(item, path, "weight", "an objective", "0.6")
              .flatMap(n -> fields.number(n, Paths.key(path, "weight")));
      if (id.isEmpty()) {
        continue;
      }
      try {
        objectives.add(Objective.of(id.get(), weight.orElse(1.0)));
      } catch (InvalidModelException e) {
        fields.problems(path, e);
        standIn(() -> objectives.add(Objective.of(id.get(), 1)));
      }
    }
    return objectives;
  }

  private List<Pillar> pillars(JsonNode node) {
    List<Pillar> pillars = new ArrayList<>();
    String list = Paths.key("portfolio", "pillars");
    List<JsonNode> items = fields.list(node, list, "pillars");
    for (int i = 0; i < items.size(); i++) {
      String path = Paths.index(list, i);
      JsonNode item = items.get(i);
      if (!fields.mapping(item, path, "a pillar", PILLAR)) {
        continue;
      }
      Optional<String> id =
          fields
              .required(item, path, "id", "a pillar", "one-tap")
              .flatMap(n -> fields.text(n, Paths.key(path, "id")));
      List<String> serves =
          fields
              .optional(item, "serves")
              .map(n -> fields.ids(n, Paths.key(path, "serves"), "serves"))
              .orElse(List.of());
      if (id.isEmpty()) {
        continue;
      }
      try {
        pillars.add(new Pillar(id.get(), serves));
      } catch (InvalidModelException e) {
        fields.problems(path, e);
        standIn(() -> pillars.add(new Pillar(id.get(), List.of())));
      }
    }
    return pillars;
  }

  private List<Product> products(JsonNode node) {
    List<Product> products = new ArrayList<>();
    String list = Paths.key("portfolio", "products");
    List<JsonNode> items = fields.list(node, list, "products");
    for (int i = 0; i < items.size(); i++) {
      String path = Paths.index(list, i);
      JsonNode item = items.get(i);
      if (!fields.mapping(item, path, "a product", PRODUCT)) {
        continue;
      }
      Optional<String> id =
          fields
              .required(item, path, "id", "a product", "checkout-app")
              .flatMap(n -> fields.text(n, Paths.key(path, "id")));
      Product.Builder product = Product.builder();
      fields
          .optional(item, "pm")
          .flatMap(n -> fields.text(n, Paths.key(path, "pm")))
          .ifPresent(product::pm);
      fields
          .optional(item, "teams")
          .ifPresent(n -> product.teams(fields.ids(n, Paths.key(path, "teams"), "teams")));
      fields
          .optional(item, "serves")
          .ifPresent(n -> product.serves(fields.ids(n, Paths.key(path, "serves"), "serves")));
      fields
          .optional(item, "vision")
          .ifPresent(n -> product.vision(fields.ids(n, Paths.key(path, "vision"), "vision")));
      fields
          .optional(item, "investment")
          .flatMap(n -> investment(n, Paths.key(path, "investment")))
          .ifPresent(product::investment);
      if (id.isEmpty()) {
        continue;
      }
      try {
        products.add(product.id(id.get()).build());
      } catch (InvalidModelException e) {
        fields.problems(path, e);
        standIn(() -> products.add(Product.builder().id(id.get()).build()));
      }
    }
    return products;
  }

  private Optional<Investment> investment(JsonNode node, String path) {
    if (!fields.mapping(node, path, "an investment", INVESTMENT)) {
      return Optional.empty();
    }
    double development =
        fields
            .optional(node, "development")
            .flatMap(n -> fields.number(n, Paths.key(path, "development")))
            .orElse(0.0);
    double marketing =
        fields
            .optional(node, "marketing")
            .flatMap(n -> fields.number(n, Paths.key(path, "marketing")))
            .orElse(0.0);
    try {
      return Optional.of(Investment.of(development, marketing));
    } catch (InvalidModelException e) {
      fields.problems(path, e);
      return Optional.empty();
    }
  }

  private List<RoadmapItem> roadmap(JsonNode node) {
    List<RoadmapItem> roadmap = new ArrayList<>();
    String list = Paths.key("portfolio", "roadmap");
    List<JsonNode> items = fields.list(node, list, "roadmap");
    for (int i = 0; i < items.size(); i++) {
      String path = Paths.index(list, i);
      JsonNode item = items.get(i);
      if (!fields.mapping(item, path, "a roadmap item", ROADMAP_ITEM)) {
        continue;
      }
      Optional<String> id =
          fields
              .required(item, path, "id", "a roadmap item", "wallet-pay")
              .flatMap(n -> fields.text(n, Paths.key(path, "id")));
      Optional<String> product =
          fields
              .required(item, path, "product", "a roadmap item", "checkout-app")
              .flatMap(n -> fields.text(n, Paths.key(path, "product")));
      Optional<String> pillar =
          fields.optional(item, "pillar").flatMap(n -> fields.text(n, Paths.key(path, "pillar")));
      if (id.isEmpty() || product.isEmpty()) {
        continue;
      }
      try {
        roadmap.add(new RoadmapItem(id.get(), product.get(), pillar));
      } catch (InvalidModelException e) {
        fields.problems(path, e);
      }
    }
    return roadmap;
  }

  private static void standIn(Runnable add) {
    try {
      add.run();
    } catch (InvalidModelException ignored) {
      // the stand-in is invalid too: the problem is already recorded
    }
  }
}
