package dev.leverage.portfolio;

import dev.leverage.InvalidModelException;
import dev.leverage.Spelling;
import java.util.Arrays;
import java.util.Locale;

/** How a manager of product managers runs a portfolio: one shared vision, or one per product. */
public enum PortfolioStrategy {
  /** One product vision for all products, coordinated by the manager of PMs. */
  FOCUS,
  /** Each product has its own vision and its own PM; the manager of PMs manages the portfolio. */
  DIVERSIFICATION;

  /** {@return the lowercase name used in scenario files: {@code focus}} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@return the strategy named {@code label}, ignoring case}
   *
   * @param label a strategy such as {@code focus}, in any case
   * @throws InvalidModelException listing the strategies when the label is unknown
   */
  public static PortfolioStrategy parse(String label) {
    if (label == null) {
      throw InvalidModelException.of("", "portfolio strategy must not be null");
    }
    for (PortfolioStrategy strategy : values()) {
      if (strategy.label().equalsIgnoreCase(label)) {
        return strategy;
      }
    }
    throw InvalidModelException.of(
        "",
        Spelling.unknown(
            "portfolio strategy",
            label,
            Arrays.stream(values()).map(PortfolioStrategy::label).toList()));
  }

  @Override
  public String toString() {
    return label();
  }
}
