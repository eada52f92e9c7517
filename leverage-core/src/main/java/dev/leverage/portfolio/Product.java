package dev.leverage.portfolio;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.internal.Ids;
import java.util.ArrayList;
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

  /** Returns a builder for a product. */
  public static Builder builder() {
    return new Builder();
  }

  /** The product's id, matching {@code [A-Za-z0-9][A-Za-z0-9._-]*}. */
  public abstract String id();

  /** The id of its product manager, a manager of the organization; absent when it has none. */
  public abstract Optional<String> pm();

  /** Ids of the teams that build it. */
  public abstract List<String> teams();

  /** Ids of the company objectives it serves. */
  public abstract List<String> serves();

  /** What it costs; nothing unless set. */
  @Value.Default
  public Investment investment() {
    return Investment.NONE;
  }

  /** Its vision themes, which should be among the company's. */
  public abstract List<String> vision();

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

  /** Builds a {@link Product}; {@code id} is required. */
  public static class Builder extends ImmutableProduct.Builder {
    Builder() {}

    /** Sets what it costs. */
    public Builder investment(double development, double marketing) {
      investment(Investment.of(development, marketing));
      return this;
    }
  }
}
