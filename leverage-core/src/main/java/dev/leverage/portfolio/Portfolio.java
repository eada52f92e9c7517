package dev.leverage.portfolio;

import static java.util.Objects.requireNonNull;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.Spelling;
import dev.leverage.internal.Ids;
import dev.leverage.internal.Magnitudes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A manager of product managers' portfolio: the strategy, the company's vision themes and weighted
 * objectives, the strategy pillars, the products and their roadmap.
 *
 * <p>Building checks ids and references and reports every problem at once, with paths relative to
 * the portfolio ({@code products[0].serves[1]}): ids unique per kind; products and pillars serve
 * known objectives; roadmap items belong to known products and hang on known pillars; objective
 * weights are not all 0. Whether it hangs together is the {@link Alignment}'s business. Immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class Portfolio {
  /** How far an objective's investment share may stray from its normalised weight: 10 points. */
  public static final double DEFAULT_TOLERANCE = 0.10;

  Portfolio() {}

  /** Returns a builder for a portfolio. */
  public static Builder builder() {
    return new Builder();
  }

  /** Focus (one shared vision) or diversification (a vision and a PM per product). */
  public abstract PortfolioStrategy strategy();

  /** The company's vision themes. */
  public abstract List<String> vision();

  /** The company's objectives and their relative weights. */
  public abstract List<Objective> objectives();

  /** The strategy pillars roadmap items hang on. */
  public abstract List<Pillar> pillars();

  /** The products. */
  public abstract List<Product> products();

  /** The roadmap items of all products. */
  public abstract List<RoadmapItem> roadmap();

  /**
   * How far, as an absolute share from 0 to 1, an objective's share of the investment may stray
   * from its normalised weight before the alignment report flags it; 0.10 unless set.
   */
  @Value.Default
  public double tolerance() {
    return DEFAULT_TOLERANCE;
  }

  /** Returns the objective with {@code id}, if there is one. */
  public Optional<Objective> objective(String id) {
    requireNonNull(id, "id");
    return objectives().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /** Returns the pillar with {@code id}, if there is one. */
  public Optional<Pillar> pillar(String id) {
    requireNonNull(id, "id");
    return pillars().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** Returns the product with {@code id}, if there is one. */
  public Optional<Product> product(String id) {
    requireNonNull(id, "id");
    return products().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** Checks this portfolio's alignment. */
  public Alignment alignment() {
    return Alignment.of(this);
  }

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < vision().size(); i++) {
      if (vision().get(i).isBlank()) {
        problems.add(Problem.at("vision[" + i + "]", "a vision theme must not be blank"));
      }
    }
    Map<String, Integer> objectives =
        Ids.firstIndex(objectives(), Objective::id, "objectives", "objective", problems);
    Map<String, Integer> pillars =
        Ids.firstIndex(pillars(), Pillar::id, "pillars", "pillar", problems);
    Map<String, Integer> products =
        Ids.firstIndex(products(), Product::id, "products", "product", problems);
    Ids.firstIndex(roadmap(), RoadmapItem::id, "roadmap", "roadmap item", problems);
    for (int i = 0; i < pillars().size(); i++) {
      checkKnown(pillars().get(i).serves(), "pillars[" + i + "].serves", objectives, problems);
    }
    for (int i = 0; i < products().size(); i++) {
      checkKnown(products().get(i).serves(), "products[" + i + "].serves", objectives, problems);
    }
    for (int i = 0; i < roadmap().size(); i++) {
      RoadmapItem item = roadmap().get(i);
      if (!products.containsKey(item.product())) {
        problems.add(
            Problem.at(
                "roadmap[" + i + "].product",
                Spelling.unknown("product", item.product(), products.keySet())));
      }
      if (item.pillar().isPresent() && !pillars.containsKey(item.pillar().get())) {
        problems.add(
            Problem.at(
                "roadmap[" + i + "].pillar",
                Spelling.unknown("pillar", item.pillar().get(), pillars.keySet())));
      }
    }
    List<Magnitudes.Factor> amounts = new ArrayList<>();
    for (int i = 0; i < products().size(); i++) {
      Investment investment = products().get(i).investment();
      String at = "products[" + i + "].investment.";
      amounts.add(
          new Magnitudes.Factor(
              investment.development(),
              at + "development",
              "development " + Magnitudes.value(investment.development())));
      amounts.add(
          new Magnitudes.Factor(
              investment.marketing(),
              at + "marketing",
              "marketing " + Magnitudes.value(investment.marketing())));
    }
    Magnitudes.checkSum(amounts, "the portfolio's total investment", problems);
    List<Magnitudes.Factor> weights = new ArrayList<>();
    for (int i = 0; i < objectives().size(); i++) {
      double weight = objectives().get(i).weight();
      weights.add(
          new Magnitudes.Factor(
              weight, "objectives[" + i + "].weight", "weight " + Magnitudes.value(weight)));
    }
    Magnitudes.checkSum(weights, "the objectives' weights together", problems);
    if (!objectives().isEmpty() && objectives().stream().allMatch(o -> o.weight() == 0)) {
      problems.add(
          Problem.at(
              "objectives",
              "every objective has weight 0, so shares of investment cannot be compared with"
                  + " them; give at least one objective a weight above 0"));
    }
    if (!(tolerance() >= 0 && tolerance() <= 1)) {
      problems.add(
          Problem.at(
              "tolerance",
              "must be a share from 0 to 1 (0.1 allows 10 points either way), was " + tolerance()));
    }
    InvalidModelException.throwIfAny(problems);
  }

  private static void checkKnown(
      List<String> ids, String path, Map<String, Integer> known, List<Problem> problems) {
    for (int k = 0; k < ids.size(); k++) {
      if (!known.containsKey(ids.get(k))) {
        problems.add(
            Problem.at(
                path + "[" + k + "]", Spelling.unknown("objective", ids.get(k), known.keySet())));
      }
    }
  }

  /** Builds a {@link Portfolio}; {@code strategy} is required. */
  public static class Builder extends ImmutablePortfolio.Builder {
    Builder() {}
  }
}
