package dev.leverage.scoring;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leverage.InvalidModelException;
import dev.leverage.WorkedExample;
import dev.leverage.activity.Activity;
import dev.leverage.scenario.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A user's strategy that answers what no strategy should (no score, no name, an infinite score) is
 * invalid input, reported with the strategy's name or class and the activity, wherever its scores
 * are used.
 */
class MisbehavingStrategyTest {
  private static final Scenario SCENARIO = WorkedExample.scenario();

  /** A strategy named {@code sloppy} that scores nothing. */
  private static final ScoringStrategy NO_SCORE =
      ScoringStrategy.named("sloppy", (activity, context) -> null);

  /** A strategy without a name. */
  static final class Nameless implements ScoringStrategy {
    @Override
    public Score score(Activity activity, ScoringContext context) {
      return Score.single("one", 1, Map.of());
    }

    @Override
    public String name() {
      return null;
    }
  }

  @Test
  void aStrategyThatReturnsNoScoreIsNamedWithTheActivity() {
    assertThatThrownBy(() -> Ranking.of(SCENARIO, NO_SCORE))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining(
            "activities[0]: strategy 'sloppy' returned no score (null) for activity"
                + " 'write-vision'; a strategy returns a Score, or throws InvalidModelException"
                + " naming what is missing");
  }

  @Test
  void aCompositeReportsAPartThatReturnsNoScore() {
    ScoringStrategy composite =
        ScoringStrategy.composite(ScoringStrategy.leverage().weighted(1), NO_SCORE.weighted(1));
    assertThatThrownBy(() -> Ranking.of(SCENARIO, composite))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("strategy 'sloppy' returned no score (null) for activity");
  }

  @Test
  void aStrategyWithoutANameIsNamedByItsClass() {
    String expected =
        "strategy: strategy dev.leverage.scoring.MisbehavingStrategyTest$Nameless has no name"
            + " (null); name() returns the name that --strategy and the JSON output show";
    assertThatThrownBy(() -> Ranking.of(SCENARIO, new Nameless()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(expected);
    assertThatThrownBy(() -> new Nameless().weighted(1))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(expected);
    assertThatThrownBy(() -> ScoringStrategy.byName("nameless", List.of(new Nameless())))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(expected);
  }

  @Test
  void anInfiniteScoreIsReportedAlikeByEveryUser() {
    ScoringStrategy infinite =
        ScoringStrategy.named(
            "boundless",
            (activity, context) ->
                Score.single("all", Double.POSITIVE_INFINITY, Map.of("reach", 1e308)));
    String expected =
        "activities[0]: strategy 'boundless' gives activity 'write-vision' the score Infinity,"
            + " which is not a finite number; its inputs were reach = 1.0E308";
    assertThatThrownBy(() -> Ranking.of(SCENARIO, infinite))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith(expected);
    assertThatThrownBy(
            () ->
                Ranking.of(
                    SCENARIO,
                    ScoringStrategy.composite(
                        infinite.weighted(1), ScoringStrategy.leverage().weighted(1))))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith(expected);
  }
}
