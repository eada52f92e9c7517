package dev.leverage;

import com.google.common.testing.NullPointerTester;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityKind;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.activity.Contribution;
import dev.leverage.activity.Effect;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.scenario.Scenario;
import dev.leverage.scoring.RankedActivity;
import dev.leverage.scoring.Ranking;
import dev.leverage.scoring.Score;
import dev.leverage.scoring.ScoringContext;
import dev.leverage.scoring.ScoringStrategy;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.CalendarTime;
import dev.leverage.unit.Effort;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public factory and method of the public types rejects a null argument with a {@link
 * NullPointerException}, instead of carrying the null into a value or answering as if it were an
 * unknown name.
 *
 * <p>The tester passes null for one parameter at a time and valid values for the others: the id
 * {@code x} names a team, a manager, an activity and an attribute at once, so that any string is
 * valid wherever an id is expected.
 */
class NullHandlingTest {
  private static final Organization ORGANIZATION =
      Organization.builder()
          .addTeam(Team.of("x", 10))
          .addManager(Manager.builder().id("x").addOwn("x").build())
          .build();
  private static final Effect EFFECT = Effect.on("x", 0.1);
  private static final Activity ACTIVITY =
      Activity.builder()
          .id("x")
          .by("x")
          .time(Effort.ofHours(2))
          .addEffect(EFFECT)
          .attribute("x", 1)
          .build();
  private static final Scenario SCENARIO =
      Scenario.builder().organization(ORGANIZATION).addActivity(ACTIVITY).build();
  private static final ScoringContext CONTEXT = ScoringContext.of(SCENARIO);
  private static final ActivityOutput OUTPUT = SCENARIO.output(ACTIVITY);
  private static final Score SCORE = ScoringStrategy.leverage().score(ACTIVITY, CONTEXT);
  private static final Ranking RANKING = Ranking.of(SCENARIO, ScoringStrategy.leverage());

  private final NullPointerTester tester =
      new NullPointerTester()
          .setDefault(String.class, "x")
          .setDefault(Problem.class, Problem.at("x", "broken"))
          .setDefault(Effort.class, Effort.ofHours(1))
          .setDefault(CalendarTime.class, CalendarTime.ofWeeks(1))
          .setDefault(Estimate.class, Estimate.of(1))
          .setDefault(Team.class, Team.of("x", 10))
          .setDefault(Manager.class, ORGANIZATION.managers().get(0))
          .setDefault(Organization.class, ORGANIZATION)
          .setDefault(Effect.class, EFFECT)
          .setDefault(Activity.class, ACTIVITY)
          .setDefault(ActivityKind.class, ActivityKind.OTHER)
          .setDefault(ActivityOutput.class, OUTPUT)
          .setDefault(Contribution.class, OUTPUT.contributions().get(0))
          .setDefault(Scenario.class, SCENARIO)
          .setDefault(ScoringContext.class, CONTEXT)
          .setDefault(ScoringStrategy.class, ScoringStrategy.leverage())
          .setDefault(Score.class, SCORE)
          .setDefault(List.class, List.of())
          .setDefault(Map.class, Map.of());

  static Stream<Class<?>> publicTypes() {
    return Stream.of(
        InvalidModelException.class,
        Problem.class,
        Spelling.class,
        Effort.class,
        CalendarTime.class,
        Estimate.class,
        Team.class,
        Manager.class,
        Organization.class,
        Effect.class,
        Activity.class,
        ActivityKind.class,
        ActivityOutput.class,
        Contribution.class,
        Scenario.class,
        Score.class,
        Score.Term.class,
        ScoringContext.class,
        ScoringStrategy.class,
        RankedActivity.class,
        Ranking.class);
  }

  static Stream<Object> publicValues() {
    return Stream.of(
        Problem.at("x", "broken"),
        Effort.ofHours(1),
        CalendarTime.ofWeeks(1),
        Estimate.of(1, 2, 3),
        Team.of("x", 10),
        ORGANIZATION.managers().get(0),
        ORGANIZATION,
        EFFECT,
        ACTIVITY,
        OUTPUT,
        OUTPUT.contributions().get(0),
        SCENARIO,
        SCORE,
        SCORE.terms().get(0),
        CONTEXT,
        ScoringStrategy.leverage(),
        ScoringStrategy.named("custom", ScoringStrategy.leverage()),
        RANKING,
        RANKING.entries().get(0),
        Manager.builder(),
        Organization.builder(),
        Effect.builder(),
        Activity.builder(),
        Scenario.builder());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicTypes")
  void everyPublicFactoryRejectsNull(Class<?> type) {
    tester.testAllPublicStaticMethods(type);
    tester.testAllPublicConstructors(type);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicValues")
  void everyPublicMethodRejectsNull(Object value) {
    tester.testAllPublicInstanceMethods(value);
  }

  @Test
  void anInvalidModelExceptionRejectsANullParent() throws NoSuchMethodException {
    tester.testMethod(
        InvalidModelException.of("x", "broken"),
        InvalidModelException.class.getMethod("under", String.class));
  }
}
