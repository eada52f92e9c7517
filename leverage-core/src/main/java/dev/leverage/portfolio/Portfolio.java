package dev.leverage.portfolio;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.internal.BuilderList;
import dev.leverage.internal.Nulls;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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

  /**
   * Returns a builder for a portfolio.
   *
   * @return an empty builder; {@link Builder#strategy(PortfolioStrategy)} must be set before {@link
   *     Builder#build()}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return focus (one shared vision) or diversification (a vision and a PM per product)} */
  public abstract PortfolioStrategy strategy();

  /** {@return the company's vision themes} */
  public abstract List<String> vision();

  /** {@return the company's objectives and their relative weights} */
  public abstract List<Objective> objectives();

  /** {@return the strategy pillars roadmap items hang on} */
  public abstract List<Pillar> pillars();

  /** {@return the products} */
  public abstract List<Product> products();

  /** {@return the roadmap items of all products} */
  public abstract List<RoadmapItem> roadmap();

  /**
   * {@return how far, as an absolute share from 0 to 1, an objective's share of the investment may
   * stray from its normalised weight before the alignment report flags it; 0.10 unless set}
   */
  @Value.Default
  public double tolerance() {
    return DEFAULT_TOLERANCE;
  }

  /**
   * Returns a builder holding this portfolio's values, to build a changed copy.
   *
   * @return a new builder, independent of this portfolio
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * {@return the objective with {@code id}, if there is one}
   *
   * @param id an objective id
   */
  public Optional<Objective> objective(String id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(lookups().objectives.get(id));
  }

  /**
   * {@return the pillar with {@code id}, if there is one}
   *
   * @param id a pillar id
   */
  public Optional<Pillar> pillar(String id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(lookups().pillars.get(id));
  }

  /**
   * {@return the product with {@code id}, if there is one}
   *
   * @param id a product id
   */
  public Optional<Product> product(String id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(lookups().products.get(id));
  }

  @Value.Lazy
  Lookups lookups() {
    return new Lookups(this);
  }

  /** Objectives, pillars and products by id (the first of each id), built once. */
  static final class Lookups {
    final ImmutableMap<String, Objective> objectives;
    final ImmutableMap<String, Pillar> pillars;
    final ImmutableMap<String, Product> products;

    Lookups(Portfolio portfolio) {
      objectives = byId(portfolio.objectives(), Objective::id);
      pillars = byId(portfolio.pillars(), Pillar::id);
      products = byId(portfolio.products(), Product::id);
    }

    private static <T> ImmutableMap<String, T> byId(List<T> values, Function<T, String> id) {
      Map<String, T> first = new LinkedHashMap<>();
      values.forEach(value -> first.putIfAbsent(id.apply(value), value));
      return ImmutableMap.copyOf(first);
    }
  }

  /** {@return this portfolio's alignment: its findings and the objectives' shares} */
  public Alignment alignment() {
    return Alignment.of(this);
  }

  @Value.Check
  void check() {
    InvalidModelException.throwIfAny(PortfolioCheck.problems(this));
  }

  /**
   * Builds a {@link Portfolio}: set the {@linkplain #strategy(PortfolioStrategy) strategy}, add
   * vision themes, objectives, pillars, products and roadmap items, then {@linkplain #build()
   * build}, which checks ids and references.
   *
   * <p>Methods named by a plural add to what the builder holds; {@code replace*} methods replace
   * it. A null argument is invalid input: the method throws {@link InvalidModelException} at the
   * path of the missing value ({@code products[1]}). Not thread-safe; {@link #build()} may be
   * called more than once.
   */
  @SuppressWarnings("immutables:incompat") // a builder of its own, not the generated one's type
  public static final class Builder {
    private PortfolioStrategy strategy;
    private final BuilderList<String> vision = new BuilderList<>("vision");
    private final BuilderList<Objective> objectives = new BuilderList<>("objectives");
    private final BuilderList<Pillar> pillars = new BuilderList<>("pillars");
    private final BuilderList<Product> products = new BuilderList<>("products");
    private final BuilderList<RoadmapItem> roadmap = new BuilderList<>("roadmap");
    private double tolerance = DEFAULT_TOLERANCE;

    private Builder() {}

    private Builder from(Portfolio portfolio) {
      strategy = portfolio.strategy();
      vision.add(portfolio.vision());
      objectives.add(portfolio.objectives());
      pillars.add(portfolio.pillars());
      products.add(portfolio.products());
      roadmap.add(portfolio.roadmap());
      tolerance = portfolio.tolerance();
      return this;
    }

    /**
     * Sets the portfolio strategy.
     *
     * @param strategy focus or diversification
     * @return this builder
     */
    public Builder strategy(PortfolioStrategy strategy) {
      this.strategy = Nulls.reject(strategy, "strategy");
      return this;
    }

    /**
     * Adds company's vision themes.
     *
     * @param vision themes, none blank
     * @return this builder
     */
    public Builder vision(String... vision) {
      this.vision.add(vision);
      return this;
    }

    /**
     * Adds company's vision themes.
     *
     * @param vision themes, none blank
     * @return this builder
     */
    public Builder vision(Collection<String> vision) {
      this.vision.add(vision);
      return this;
    }

    /**
     * Replaces the company's vision themes.
     *
     * @param vision themes, none blank, in place of those added before
     * @return this builder
     */
    public Builder replaceVision(Collection<String> vision) {
      this.vision.replace(vision);
      return this;
    }

    /**
     * Adds company objectives.
     *
     * @param objectives objectives, each with an id unique among the objectives
     * @return this builder
     */
    public Builder objectives(Objective... objectives) {
      this.objectives.add(objectives);
      return this;
    }

    /**
     * Adds company objectives.
     *
     * @param objectives objectives, each with an id unique among the objectives
     * @return this builder
     */
    public Builder objectives(Collection<Objective> objectives) {
      this.objectives.add(objectives);
      return this;
    }

    /**
     * Replaces the company objectives.
     *
     * @param objectives objectives, each with an id unique among the objectives, in place of those
     *     added before
     * @return this builder
     */
    public Builder replaceObjectives(Collection<Objective> objectives) {
      this.objectives.replace(objectives);
      return this;
    }

    /**
     * Adds strategy pillars.
     *
     * @param pillars pillars, each serving known objectives
     * @return this builder
     */
    public Builder pillars(Pillar... pillars) {
      this.pillars.add(pillars);
      return this;
    }

    /**
     * Adds strategy pillars.
     *
     * @param pillars pillars, each serving known objectives
     * @return this builder
     */
    public Builder pillars(Collection<Pillar> pillars) {
      this.pillars.add(pillars);
      return this;
    }

    /**
     * Replaces the strategy pillars.
     *
     * @param pillars pillars, each serving known objectives, in place of those added before
     * @return this builder
     */
    public Builder replacePillars(Collection<Pillar> pillars) {
      this.pillars.replace(pillars);
      return this;
    }

    /**
     * Adds products.
     *
     * @param products products, each with an id unique among the products
     * @return this builder
     */
    public Builder products(Product... products) {
      this.products.add(products);
      return this;
    }

    /**
     * Adds products.
     *
     * @param products products, each with an id unique among the products
     * @return this builder
     */
    public Builder products(Collection<Product> products) {
      this.products.add(products);
      return this;
    }

    /**
     * Replaces the products.
     *
     * @param products products, each with an id unique among the products, in place of those added
     *     before
     * @return this builder
     */
    public Builder replaceProducts(Collection<Product> products) {
      this.products.replace(products);
      return this;
    }

    /**
     * Adds roadmap items.
     *
     * @param roadmap items of known products, on known pillars
     * @return this builder
     */
    public Builder roadmap(RoadmapItem... roadmap) {
      this.roadmap.add(roadmap);
      return this;
    }

    /**
     * Adds roadmap items.
     *
     * @param roadmap items of known products, on known pillars
     * @return this builder
     */
    public Builder roadmap(Collection<RoadmapItem> roadmap) {
      this.roadmap.add(roadmap);
      return this;
    }

    /**
     * Replaces the roadmap items.
     *
     * @param roadmap items of known products, on known pillars, in place of those added before
     * @return this builder
     */
    public Builder replaceRoadmap(Collection<RoadmapItem> roadmap) {
      this.roadmap.replace(roadmap);
      return this;
    }

    /**
     * Sets how far an objective's share of the investment may stray from its normalised weight
     * before the alignment report flags it; 0.10 unless set.
     *
     * @param tolerance an absolute share from 0 to 1
     * @return this builder
     */
    public Builder tolerance(double tolerance) {
      this.tolerance = tolerance;
      return this;
    }

    /**
     * Builds the portfolio, checking ids and references.
     *
     * @return a portfolio with the values set
     * @throws InvalidModelException listing every problem: a missing strategy, duplicate ids,
     *     unknown objectives, products or pillars, weights all 0, a tolerance outside 0 to 1
     */
    public Portfolio build() {
      List<Problem> missing = new ArrayList<>();
      Nulls.requireSet(strategy, "strategy", "strategy(PortfolioStrategy)", missing);
      InvalidModelException.throwIfAny(missing);
      return new ImmutablePortfolio.Builder()
          .strategy(strategy)
          .vision(vision.values())
          .objectives(objectives.values())
          .pillars(pillars.values())
          .products(products.values())
          .roadmap(roadmap.values())
          .tolerance(tolerance)
          .build();
    }
  }
}
