package dev.leverage.portfolio;

import dev.leverage.Problem;
import dev.leverage.Spelling;
import dev.leverage.internal.Ids;
import dev.leverage.internal.Magnitudes;
import dev.leverage.internal.UnknownNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one check of a {@link Portfolio}'s structure: ids unique per kind, references to known
 * objectives, products and pillars, investments and weights whose sums stay finite, weights not all
 * 0 and a tolerance from 0 to 1. Paths are relative to the portfolio.
 */
final class PortfolioCheck {
  private PortfolioCheck() {}

  /** {@return every problem of {@code portfolio}, none when it is sound} */
  static List<Problem> problems(Portfolio portfolio) {
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < portfolio.vision().size(); i++) {
      if (portfolio.vision().get(i).isBlank()) {
        problems.add(Problem.at("vision[" + i + "]", "a vision theme must not be blank"));
      }
    }
    Map<String, Integer> objectives =
        Ids.firstIndex(portfolio.objectives(), Objective::id, "objectives", "objective", problems);
    Map<String, Integer> pillars =
        Ids.firstIndex(portfolio.pillars(), Pillar::id, "pillars", "pillar", problems);
    Map<String, Integer> products =
        Ids.firstIndex(portfolio.products(), Product::id, "products", "product", problems);
    Ids.firstIndex(portfolio.roadmap(), RoadmapItem::id, "roadmap", "roadmap item", problems);
    for (int i = 0; i < portfolio.pillars().size(); i++) {
      checkKnown(
          portfolio.pillars().get(i).serves(), "pillars[" + i + "].serves", objectives, problems);
    }
    for (int i = 0; i < portfolio.products().size(); i++) {
      checkKnown(
          portfolio.products().get(i).serves(), "products[" + i + "].serves", objectives, problems);
    }
    UnknownNames unknownProducts = new UnknownNames("product", products.keySet());
    UnknownNames unknownPillars = new UnknownNames("pillar", pillars.keySet());
    for (int i = 0; i < portfolio.roadmap().size(); i++) {
      RoadmapItem item = portfolio.roadmap().get(i);
      if (!products.containsKey(item.product())) {
        problems.add(
            Problem.at("roadmap[" + i + "].product", unknownProducts.message(item.product())));
      }
      if (item.pillar().isPresent() && !pillars.containsKey(item.pillar().get())) {
        problems.add(
            Problem.at("roadmap[" + i + "].pillar", unknownPillars.message(item.pillar().get())));
      }
    }
    List<Magnitudes.Factor> amounts = new ArrayList<>();
    for (int i = 0; i < portfolio.products().size(); i++) {
      Investment investment = portfolio.products().get(i).investment();
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
    for (int i = 0; i < portfolio.objectives().size(); i++) {
      double weight = portfolio.objectives().get(i).weight();
      weights.add(
          new Magnitudes.Factor(
              weight, "objectives[" + i + "].weight", "weight " + Magnitudes.value(weight)));
    }
    Magnitudes.checkSum(weights, "the objectives' weights together", problems);
    if (!portfolio.objectives().isEmpty()
        && portfolio.objectives().stream().allMatch(o -> o.weight() == 0)) {
      problems.add(
          Problem.at(
              "objectives",
              "every objective has weight 0, so shares of investment cannot be compared with"
                  + " them; give at least one objective a weight above 0"));
    }
    if (!(portfolio.tolerance() >= 0 && portfolio.tolerance() <= 1)) {
      problems.add(
          Problem.at(
              "tolerance",
              "must be a share from 0 to 1 (0.1 allows 10 points either way), was "
                  + portfolio.tolerance()));
    }
    return problems;
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
}
