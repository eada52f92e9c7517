package dev.leverage.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioTest {

  @Test
  void aNegativeObjectiveWeightSaysWeightsAreRelative() {
    assertThatThrownBy(() -> Objective.of("growth", -0.5))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "weight: must be a finite number, at least 0 (weights are relative and normalised by"
                + " their sum), was -0.5");
  }

  @Test
  void unknownObjectivesPillarsAndProductsAreReportedTogetherWithClosestNames() {
    assertThatThrownBy(
            () ->
                Portfolio.builder()
                    .strategy(PortfolioStrategy.FOCUS)
                    .objectives(Objective.of("growth", 1), Objective.of("growth", 2))
                    .pillars(Pillar.of("one-tap", "grwoth"))
                    .products(Product.builder().id("app").serves("retention").build())
                    .roadmap(RoadmapItem.of("pay", "ap", "one-tab"))
                    .tolerance(1.5)
                    .build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        Problem.at(
                            "objectives[1].id",
                            "duplicate objective id 'growth', already used by objectives[0]; ids"
                                + " are unique per kind"),
                        Problem.at(
                            "pillars[0].serves[0]",
                            "unknown objective 'grwoth', did you mean 'growth'?"),
                        Problem.at(
                            "products[0].serves[0]",
                            "unknown objective 'retention', expected one of growth"),
                        Problem.at(
                            "roadmap[0].product", "unknown product 'ap', did you mean 'app'?"),
                        Problem.at(
                            "roadmap[0].pillar",
                            "unknown pillar 'one-tab', did you mean 'one-tap'?"),
                        Problem.at(
                            "tolerance",
                            "must be a share from 0 to 1 (0.1 allows 10 points either way), was"
                                + " 1.5")));
  }

  @Test
  void weightsThatAreAllZeroCannotBeNormalised() {
    assertThatThrownBy(
            () ->
                Portfolio.builder()
                    .strategy(PortfolioStrategy.FOCUS)
                    .objectives(Objective.of("growth", 0), Objective.of("retention", 0))
                    .build())
        .hasMessageStartingWith("objectives: every objective has weight 0");
  }

  @Test
  void strategiesParseFromTheirFileNames() {
    assertThat(PortfolioStrategy.parse("diversification"))
        .isEqualTo(PortfolioStrategy.DIVERSIFICATION);
    assertThatThrownBy(() -> PortfolioStrategy.parse("focuss"))
        .hasMessage("unknown portfolio strategy 'focuss', did you mean 'focus'?");
    assertThatThrownBy(() -> PortfolioStrategy.parse("growth"))
        .hasMessage("unknown portfolio strategy 'growth', expected one of diversification, focus");
  }

  @Test
  void negativeInvestmentIsReportedPerAmount() {
    assertThatThrownBy(() -> Investment.of(-1, Double.NaN))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactly("development", "marketing"));
    assertThat(Investment.of(400_000, 100_000).total()).isEqualTo(500_000);
    assertThat(List.of(Investment.NONE.total())).containsExactly(0.0);
  }
}
