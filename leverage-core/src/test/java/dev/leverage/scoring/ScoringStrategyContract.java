package dev.leverage.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.activity.Activity;
import dev.leverage.scenario.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The contract every {@link ScoringStrategy} keeps (§6 of the model): deterministic scores, finite
 * or a clear error, a breakdown whose terms sum to the score, and a ranking that is a total order
 * (score descending, then id ascending) and does not depend on the order of the activities.
 *
 * <p>A test class implements this interface and returns its strategy; it may override {@link
 * #scenarios()} with scenarios its strategy can score, and {@link #roughScenarios()}. It sets the
 * number of tries with {@code @PropertyDefaults(tries = …)}: 100 is plenty for these properties.
 */
public interface ScoringStrategyContract {

  /** The strategy under test. */
  ScoringStrategy strategy();

  /** Scenarios the strategy can score. */
  @Provide
  default Arbitrary<Scenario> scenarios() {
    return ScoringArbitraries.scenarios();
  }

  /** Scenarios with missing, zero, negative or huge attributes. */
  @Provide
  default Arbitrary<Scenario> roughScenarios() {
    return ScoringArbitraries.roughScenarios();
  }

  @Property(tries = 1)
  default void hasAName() {
    assertThat(strategy().name()).as("name of %s", strategy()).isNotBlank();
  }

  @Property
  default void scoresTheSameActivityAlikeEveryTime(@ForAll("scenarios") Scenario scenario) {
    ScoringContext context = ScoringContext.of(scenario);
    ScoringContext fresh = ScoringContext.of(scenario);
    for (Activity activity : scenario.activities()) {
      Score score = strategy().score(activity, context);
      assertThat(strategy().score(activity, context)).isEqualTo(score);
      assertThat(strategy().score(activity, fresh)).isEqualTo(score);
    }
  }

  @Property
  default void givesAFiniteScoreOrAnErrorThatNamesTheActivity(
      @ForAll("roughScenarios") Scenario scenario) {
    ScoringContext context = ScoringContext.of(scenario);
    List<String> ids = scenario.activities().stream().map(Activity::id).toList();
    for (Activity activity : scenario.activities()) {
      try {
        Score score = strategy().score(activity, context);
        assertThat(score.value()).as("score of %s", activity.id()).isFinite();
      } catch (InvalidModelException e) {
        // an error is as deterministic as a score: the same problems every time
        assertThatThrownBy(() -> strategy().score(activity, context))
            .as("scoring %s again", activity.id())
            .isInstanceOfSatisfying(
                InvalidModelException.class,
                again -> assertThat(again.problems()).isEqualTo(e.problems()));
        for (Problem problem : e.problems()) {
          assertThat(problem.message()).isNotBlank();
          assertThat(Character.isUpperCase(problem.message().charAt(0)))
              .as("lowercase message: %s", problem)
              .isFalse();
          boolean namesAnActivity = ids.stream().anyMatch(id -> problem.message().contains(id));
          boolean namesTheFormula = problem.path().equals("formula");
          assertThat(namesAnActivity || namesTheFormula)
              .as("problem names an activity or the formula: %s", problem)
              .isTrue();
          assertThat(problem.path()).matches("formula|activities\\[\\d+\\].*");
        }
      } catch (RuntimeException e) {
        fail("a strategy reports bad input with InvalidModelException, not " + e, e);
      }
    }
  }

  @Property
  default void hasABreakdownWhoseTermsSumToTheScore(@ForAll("scenarios") Scenario scenario) {
    ScoringContext context = ScoringContext.of(scenario);
    for (Activity activity : scenario.activities()) {
      Score score = strategy().score(activity, context);
      if (score.value() != 0) {
        assertThat(score.terms()).as("terms of %s", activity.id()).isNotEmpty();
      }
      double sum = 0;
      double magnitude = Math.abs(score.value());
      for (Score.Term term : score.terms()) {
        assertThat(term.label()).isNotBlank();
        sum += term.value();
        magnitude += Math.abs(term.value());
      }
      assertThat(Math.abs(sum - score.value()))
          .as("terms %s sum to %s", score.terms(), score.value())
          .isLessThanOrEqualTo(1e-9 * Math.max(1, magnitude));
      for (Double input : score.inputs().values()) {
        assertThat(input).isFinite();
      }
    }
  }

  @Property
  default void ranksAlikeWhateverTheOrderOfTheActivities(
      @ForAll("scenarios") Scenario scenario, @ForAll Random random) {
    List<Activity> shuffled = new ArrayList<>(scenario.activities());
    Collections.shuffle(shuffled, random);
    Ranking ranking = Ranking.of(scenario, strategy());
    Ranking reordered = Ranking.of(scenario.withActivities(shuffled), strategy());
    assertThat(reordered.ids()).isEqualTo(ranking.ids());
    for (RankedActivity entry : ranking.entries()) {
      assertThat(reordered.find(entry.activity().id()).orElseThrow().score().value())
          .isEqualTo(entry.score().value());
    }
    List<Activity> reversed = new ArrayList<>(scenario.activities());
    Collections.reverse(reversed);
    Ranking subset = Ranking.of(ScoringContext.of(scenario), strategy(), reversed);
    assertThat(subset.ids()).isEqualTo(ranking.ids());
  }

  @Property
  default void ranksAsATotalOrderConsistentWithTheScores(@ForAll("scenarios") Scenario scenario) {
    Ranking ranking = Ranking.of(scenario, strategy());
    List<RankedActivity> entries = ranking.entries();
    assertThat(ranking.ids())
        .containsExactlyInAnyOrderElementsOf(
            scenario.activities().stream().map(Activity::id).toList());
    for (int i = 0; i < entries.size(); i++) {
      RankedActivity entry = entries.get(i);
      assertThat(entry.rank()).isEqualTo(i + 1);
      // Every pair, not only neighbours: the order itself is checked, not only its comparator.
      for (int j = i + 1; j < entries.size(); j++) {
        double better = entry.score().value();
        double worse = entries.get(j).score().value();
        String first = entry.activity().id();
        String second = entries.get(j).activity().id();
        assertThat(better > worse || (better == worse && first.compareTo(second) < 0))
            .as("%s (%s) ranks before %s (%s)", first, better, second, worse)
            .isTrue();
      }
    }
  }
}
