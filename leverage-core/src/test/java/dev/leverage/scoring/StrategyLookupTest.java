package dev.leverage.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leverage.InvalidModelException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategyLookupTest {

  @Test
  void findsEveryBuiltInStrategyByNameIgnoringCase() {
    assertThat(ScoringStrategy.byName("leverage")).isSameAs(ScoringStrategy.leverage());
    assertThat(ScoringStrategy.byName("RICE")).isSameAs(ScoringStrategy.rice());
    assertThat(ScoringStrategy.byName("ice")).isSameAs(ScoringStrategy.ice());
    assertThat(ScoringStrategy.byName("Wsjf")).isSameAs(ScoringStrategy.wsjf());
    assertThat(ScoringStrategy.builtInNames())
        .containsExactly("leverage", "rice", "ice", "wsjf", "formula");
  }

  @Test
  void suggestsTheClosestNameAndListsTheAvailableOnes() {
    assertThatThrownBy(() -> ScoringStrategy.byName("rcie"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "strategy: unknown strategy 'rcie', did you mean 'rice'? (available: leverage, rice,"
                + " ice, wsjf, formula)");
    assertThatThrownBy(() -> ScoringStrategy.byName("moscow"))
        .hasMessage(
            "strategy: unknown strategy 'moscow', expected one of formula, ice, leverage, rice,"
                + " wsjf");
  }

  @Test
  void explainsThatTheFormulaStrategyNeedsAnExpression() {
    assertThatThrownBy(() -> ScoringStrategy.byName("formula"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("strategy 'formula' needs an expression");
  }

  @Test
  void findsOtherStrategiesByTheirNameAndListsThemToo() {
    ScoringStrategy custom =
        ScoringStrategy.named("cost-of-delay", (a, c) -> Score.single("x", 1, Map.of()));
    assertThat(ScoringStrategy.byName("Cost-Of-Delay", List.of(custom))).isSameAs(custom);
    assertThatThrownBy(() -> ScoringStrategy.byName("nope", List.of(custom)))
        .hasMessageContaining("cost-of-delay");
  }
}
