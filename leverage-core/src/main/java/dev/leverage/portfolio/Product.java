package dev.leverage.portfolio;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.internal.Ids;
import dev.leverage.internal.Nulls;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A product of the portfolio: its product manager, the teams that build it, the objectives it
 * serves, what it costs and its vision themes.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Product {
  Product() {}

  /**
   * Returns a builder for a product.
   *
   * @return an empty builder; {@link Builder#id(String)} must be set before {@link Builder#build()}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the product's id, matching {@code [A-Za-z0-9][A-Za-z0-9._-]*}} */
  public abstract String id();

  /** {@return the id of its product manager, a manager of the organization; absent when none} */
  public abstract Optional<String> pm();

  /** {@return ids of the teams that build it} */
  public abstract List<String> teams();

  /** {@return ids of the company objectives it serves} */
  public abstract List<String> serves();

  /** {@return what it costs; nothing unless set} */
  @Value.Default
  public Investment investment() {
    return Investment.NONE;
  }

  /** {@return its vision themes, which should be among the company's} */
  public abstract List<String> vision();

  /**
   * Returns a builder holding this product's values, to build a changed copy.
   *
   * @return a new builder, independent of this product
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    Ids.check(id(), "id", "product", problems);
    pm().ifPresent(pm -> Ids.check(pm, "pm", "manager", problems));
    for (int i = 0; i < teams().size(); i++) {
      Ids.check(teams().get(i), "teams[" + i + "]", "team", problems);
    }
    for (int i = 0; i < serves().size(); i++) {
      Ids.check(serves().get(i), "serves[" + i + "]", "objective", problems);
    }
    for (int i = 0; i < vision().size(); i++) {
      if (vision().get(i).isBlank()) {
        problems.add(Problem.at("vision[" + i + "]", "a vision theme must not be blank"));
      }
    }
    InvalidModelException.throwIfAny(problems);
  }

  /**
   * Builds a {@link Product}: set the {@linkplain #id(String) id} and whatever else is known, then
   * {@linkplain #build() build}.
   *
   * <p>Methods named by a plural add to what the builder holds; {@code replace*} methods replace
   * it. A null argument is invalid input: the method throws {@link InvalidModelException} at the
   * path of the missing value ({@code serves[0]}). Not thread-safe; {@link #build()} may be called
   * more than once.
   */
  @SuppressWarnings("immutables:incompat") // a builder of its own, not the generated one's type
  public static final class Builder {
    private String id;
    private String pm;
    private final List<String> teams = new ArrayList<>();
    private final List<String> serves = new ArrayList<>();
    private Investment investment = Investment.NONE;
    private final List<String> vision = new ArrayList<>();

    private Builder() {}

    private Builder from(Product product) {
      id = product.id();
      pm = product.pm().orElse(null);
      teams.addAll(product.teams());
      serves.addAll(product.serves());
      investment = product.investment();
      vision.addAll(product.vision());
      return this;
    }

    /**
     * Sets the product's id.
     *
     * @param id an id matching {@code [A-Za-z0-9][A-Za-z0-9._-]*}, unique among the products
     * @return this builder
     */
    public Builder id(String id) {
      this.id = Nulls.reject(id, "id");
      return this;
    }

    /**
     * Sets the product's product manager.
     *
     * @param pm a manager id
     * @return this builder
     */
    public Builder pm(String pm) {
      this.pm = Nulls.reject(pm, "pm");
      return this;
    }

    /**
     * Removes the product manager.
     *
     * @return this builder
     */
    public Builder clearPm() {
      this.pm = null;
      return this;
    }

    /**
     * Adds teams that build the product.
     *
     * @param teams team ids
     * @return this builder
     */
    public Builder teams(String... teams) {
      this.teams.addAll(Nulls.rejectIn(teams, "teams", this.teams.size()));
      return this;
    }

    /**
     * Adds teams that build the product.
     *
     * @param teams team ids
     * @return this builder
     */
    public Builder teams(Collection<String> teams) {
      this.teams.addAll(Nulls.rejectIn(teams, "teams", this.teams.size()));
      return this;
    }

    /**
     * Replaces the teams that build the product.
     *
     * @param teams team ids, in place of those added before
     * @return this builder
     */
    public Builder replaceTeams(Collection<String> teams) {
      Nulls.rejectIn(teams, "teams", 0);
      this.teams.clear();
      return teams(teams);
    }

    /**
     * Adds company objectives the product serves.
     *
     * @param serves objective ids
     * @return this builder
     */
    public Builder serves(String... serves) {
      this.serves.addAll(Nulls.rejectIn(serves, "serves", this.serves.size()));
      return this;
    }

    /**
     * Adds company objectives the product serves.
     *
     * @param serves objective ids
     * @return this builder
     */
    public Builder serves(Collection<String> serves) {
      this.serves.addAll(Nulls.rejectIn(serves, "serves", this.serves.size()));
      return this;
    }

    /**
     * Replaces the company objectives the product serves.
     *
     * @param serves objective ids, in place of those added before
     * @return this builder
     */
    public Builder replaceServes(Collection<String> serves) {
      Nulls.rejectIn(serves, "serves", 0);
      this.serves.clear();
      return serves(serves);
    }

    /**
     * Sets what the product costs; nothing unless set.
     *
     * @param investment development and marketing
     * @return this builder
     */
    public Builder investment(Investment investment) {
      this.investment = Nulls.reject(investment, "investment");
      return this;
    }

    /**
     * Sets what the product costs; nothing unless set.
     *
     * @param development spent on building it, finite and at least 0
     * @param marketing spent on selling it, finite and at least 0
     * @return this builder
     */
    public Builder investment(double development, double marketing) {
      try {
        return investment(Investment.of(development, marketing));
      } catch (InvalidModelException e) {
        throw e.under("investment");
      }
    }

    /**
     * Adds vision themes.
     *
     * @param vision themes, which should be among the company's
     * @return this builder
     */
    public Builder vision(String... vision) {
      this.vision.addAll(Nulls.rejectIn(vision, "vision", this.vision.size()));
      return this;
    }

    /**
     * Adds vision themes.
     *
     * @param vision themes, which should be among the company's
     * @return this builder
     */
    public Builder vision(Collection<String> vision) {
      this.vision.addAll(Nulls.rejectIn(vision, "vision", this.vision.size()));
      return this;
    }

    /**
     * Replaces the vision themes.
     *
     * @param vision themes, which should be among the company's, in place of those added before
     * @return this builder
     */
    public Builder replaceVision(Collection<String> vision) {
      Nulls.rejectIn(vision, "vision", 0);
      this.vision.clear();
      return vision(vision);
    }

    /**
     * Builds the product.
     *
     * @return a product with the values set
     * @throws InvalidModelException listing every problem: a missing id, invalid ids, a blank
     *     vision theme
     */
    public Product build() {
      List<Problem> missing = new ArrayList<>();
      Nulls.requireSet(id, "id", "id(String)", missing);
      InvalidModelException.throwIfAny(missing);
      return new ImmutableProduct.Builder()
          .id(id)
          .pm(Optional.ofNullable(pm))
          .teams(teams)
          .serves(serves)
          .investment(investment)
          .vision(vision)
          .build();
    }
  }
}
