package dev.leverage.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings stay linear in the portfolio: each names at most ten ids, then how many more. */
class AlignmentAtScaleTest {

  @Test
  void aPmSharedByManyProductsIsNamedWithTenOthersAndACount() {
    List<Product> products = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      products.add(
          Product.builder()
              .id(String.format("p%02d", i))
              .pm("bob")
              .serves("growth")
              .investment(1, 0)
              .vision("payments")
              .build());
    }
    Portfolio portfolio =
        Portfolio.builder()
            .strategy(PortfolioStrategy.DIVERSIFICATION)
            .vision("payments")
            .objectives(Objective.of("growth", 1))
            .products(products)
            .build();

    assertThat(portfolio.alignment().findings())
        .filteredOn(f -> f.subject().equals("product:p03"))
        .extracting(Finding::message)
        .containsExactly(
            "product 'p03' shares its product manager 'bob' with p00, p01, p02, p04, p05, p06,"
                + " p07, p08, p09, p10 and 4 more; under diversification each product has a PM"
                + " of its own");
  }

  @Test
  void aProductLeavingOutManyVisionThemesNamesTenAndACount() {
    List<String> themes = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      themes.add(String.format("t%02d", i));
    }
    Portfolio portfolio =
        Portfolio.builder()
            .strategy(PortfolioStrategy.FOCUS)
            .vision(themes)
            .objectives(Objective.of("growth", 1))
            .products(
                Product.builder()
                    .id("app")
                    .pm("bob")
                    .serves("growth")
                    .investment(1, 0)
                    .vision("t00", "t03", "extra")
                    .build())
            .build();

    assertThat(portfolio.alignment().findings())
        .extracting(Finding::message)
        .contains(
            "product 'app' has vision themes outside the company vision: extra; tie them to the"
                + " company's themes (t00, t01, t02, t03, t04, t05, t06, t07, t08, t09 and 15"
                + " more) or drop them",
            "product 'app' departs from the shared vision: adds extra; leaves out t01, t02, t04,"
                + " t05, t06, t07, t08, t09, t10, t11 and 13 more; under focus every product"
                + " follows one vision, so align it or leave the product's vision out");
  }
}
