package dev.leverage.scoring;

import static dev.leverage.Tolerance.assertNear;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leverage.LeverageDomain;
import dev.leverage.activity.Activity;
import dev.leverage.scenario.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/**
 * What every {@link ScoringStrategy} and the {@link Ranking} it makes must satisfy (MODEL.md §6):
 * scores are deterministic and explain themselves with terms that sum to them; the ranking is a
 * total order, score descending then id ascending, whatever the order of the input.
 *
 * <p>A strategy's test class implements this interface and says which strategy it tests. The
 * scenarios come from {@link LeverageDomain}, whose activities carry every attribute the built-in
 * strategies read.
 */
@Domain(LeverageDomain.class)
@Domain(DomainContext.Global.class)
public interface ScoringStrategyContract {

  /** The strategy under test. */
  ScoringStrategy strategy();

  @Property(tries = 200)
  default void scoringTheSameActivityTwiceGivesTheSameScore(@ForAll Scenario scenario) {
    ScoringContext context = ScoringContext.of(scenario);
    for (Activity activity : scenario.activities()) {
      assertThat(strategy().score(activity, context))
          .isEqualTo(strategy().score(activity, context));
    }
  }

  @Property(tries = 200)
  default void theTermsOfAScoreSumToItsValue(@ForAll Scenario scenario) {
    ScoringContext context = ScoringContext.of(scenario);
    for (Activity activity : scenario.activities()) {
      Score score = strategy().score(activity, context);
      double sum = 0;
      double magnitude = 0;
      for (Score.Term term : score.terms()) {
        sum += term.value();
        magnitude += Math.abs(term.value());
      }
      assertNear(sum, score.value(), magnitude);
    }
  }

  @Property(tries = 200)
  default void theRankingIsATotalOrderConsistentWithTheScores(@ForAll Scenario scenario) {
    Ranking ranking = Ranking.of(scenario, strategy());
    List<RankedActivity> entries = ranking.entries();
    assertThat(entries).hasSameSizeAs(scenario.activities());
    assertThat(ranking.ids()).containsExactlyInAnyOrderElementsOf(ids(scenario.activities()));
    for (int i = 0; i < entries.size(); i++) {
      RankedActivity entry = entries.get(i);
      assertThat(entry.rank()).isEqualTo(i + 1);
      assertThat(entry.score())
          .isEqualTo(strategy().score(entry.activity(), ScoringContext.of(scenario)));
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

  @Property(tries = 200)
  default void theRankingDoesNotDependOnTheOrderOfTheActivities(
      @ForAll Scenario scenario, @ForAll Random random) {
    List<Activity> shuffled = new ArrayList<>(scenario.activities());
    Collections.shuffle(shuffled, random);
    assertThat(Ranking.of(ScoringContext.of(scenario), strategy(), shuffled).ids())
        .isEqualTo(Ranking.of(scenario, strategy()).ids());
  }

  private static List<String> ids(List<Activity> activities) {
    return activities.stream().map(Activity::id).toList();
  }
}
