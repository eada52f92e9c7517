package dev.leverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityKind;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.activity.Contribution;
import dev.leverage.activity.Effect;
import dev.leverage.coaching.Characteristic;
import dev.leverage.coaching.Coaching;
import dev.leverage.coaching.CoachingCandidate;
import dev.leverage.coaching.ProductManager;
import dev.leverage.coaching.SectionNineExample;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.planning.Planner;
import dev.leverage.portfolio.Alignment;
import dev.leverage.portfolio.Finding;
import dev.leverage.portfolio.Investment;
import dev.leverage.portfolio.Objective;
import dev.leverage.portfolio.ObjectiveShare;
import dev.leverage.portfolio.Pillar;
import dev.leverage.portfolio.Portfolio;
import dev.leverage.portfolio.PortfolioStrategy;
import dev.leverage.portfolio.Product;
import dev.leverage.portfolio.RoadmapItem;
import dev.leverage.portfolio.Severity;
import dev.leverage.priorities.CoachingPriorities;
import dev.leverage.scenario.Scenario;
import dev.leverage.scoring.RankedActivity;
import dev.leverage.scoring.Ranking;
import dev.leverage.scoring.Score;
import dev.leverage.scoring.ScoringContext;
import dev.leverage.scoring.ScoringStrategy;
import dev.leverage.simulation.Simulation;
import dev.leverage.uncertainty.EffortEstimate;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.CalendarTime;
import dev.leverage.unit.Effort;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The null rule of the public API (see {@link InvalidModelException}).
 *
 * <p>Model data comes in through the factories, constructors and builders of the model's values and
 * through their {@code with*} copies: a null there is invalid input, an {@link
 * InvalidModelException} whose problem names the path of the missing value. Everywhere else (a
 * lookup, a scenario to plan, a strategy) a null is a programming error: a {@link
 * NullPointerException}, instead of carrying the null into a value or answering as if it were an
 * unknown name.
 *
 * <p>Both kinds of test pass null for one parameter at a time and valid values for the others: the
 * id {@code x} names a team, a manager, an activity and an attribute at once, so that any string is
 * valid wherever an id is expected.
 */
class NullHandlingTest {
  private static final Organization ORGANIZATION =
      Organization.builder()
          .teams(Team.of("x", 10))
          .managers(Manager.builder().id("x").owns("x").build())
          .build();
  private static final Effect EFFECT = Effect.on("x", 0.1);
  private static final Activity ACTIVITY =
      Activity.builder()
          .id("x")
          .by("x")
          .time(Effort.ofHours(2))
          .effects(EFFECT)
          .attribute("x", 1)
          .build();
  private static final Scenario SCENARIO =
      Scenario.builder().organization(ORGANIZATION).activities(ACTIVITY).build();
  private static final ScoringContext CONTEXT = ScoringContext.of(SCENARIO);
  private static final ActivityOutput OUTPUT = SCENARIO.output(ACTIVITY);
  private static final Score SCORE = ScoringStrategy.leverage().score(ACTIVITY, CONTEXT);
  private static final Ranking RANKING = Ranking.of(SCENARIO, ScoringStrategy.leverage());

  private static final Scenario SECTION_NINE = SectionNineExample.scenario();
  private static final Product PRODUCT =
      Product.builder()
          .id("checkout-app")
          .pm("bob")
          .teams("checkout")
          .serves("growth")
          .investment(400_000, 100_000)
          .vision("payments")
          .build();
  private static final Portfolio PORTFOLIO =
      Portfolio.builder()
          .strategy(PortfolioStrategy.FOCUS)
          .vision("payments")
          .objectives(Objective.of("growth", 1))
          .pillars(Pillar.of("one-tap", "growth"))
          .products(PRODUCT)
          .roadmap(RoadmapItem.of("wallet-pay", "checkout-app", "one-tap"))
          .build();
  private static final CoachingPriorities PRIORITIES = CoachingPriorities.of(SECTION_NINE);

  /** A valid value of every parameter type, for the parameters that are not null. */
  private static final Map<Class<?>, Object> SAMPLES = new LinkedHashMap<>();

  static {
    SAMPLES.put(String.class, "x");
    SAMPLES.put(CharSequence.class, "1h");
    SAMPLES.put(Problem.class, Problem.at("x", "broken"));
    SAMPLES.put(Effort.class, Effort.ofHours(1));
    SAMPLES.put(CalendarTime.class, CalendarTime.ofWeeks(1));
    SAMPLES.put(Estimate.class, Estimate.of(1));
    SAMPLES.put(EffortEstimate.class, EffortEstimate.ofHours(1));
    SAMPLES.put(Team.class, Team.of("x", 10));
    SAMPLES.put(Manager.class, ORGANIZATION.managers().get(0));
    SAMPLES.put(Organization.class, ORGANIZATION);
    SAMPLES.put(Effect.class, EFFECT);
    SAMPLES.put(Activity.class, ACTIVITY);
    SAMPLES.put(ActivityKind.class, ActivityKind.OTHER);
    SAMPLES.put(ActivityOutput.class, OUTPUT);
    SAMPLES.put(Contribution.class, OUTPUT.contributions().get(0));
    SAMPLES.put(Scenario.class, SCENARIO);
    SAMPLES.put(ScoringContext.class, CONTEXT);
    SAMPLES.put(ScoringStrategy.class, ScoringStrategy.leverage());
    SAMPLES.put(Score.class, SCORE);
    SAMPLES.put(Characteristic.class, Characteristic.BUSINESS);
    SAMPLES.put(ProductManager.class, SectionNineExample.bob());
    SAMPLES.put(Coaching.class, SectionNineExample.coaching());
    SAMPLES.put(PortfolioStrategy.class, PortfolioStrategy.FOCUS);
    SAMPLES.put(Severity.class, Severity.WARNING);
    SAMPLES.put(Finding.Kind.class, Finding.Kind.VISION_DEPARTS);
    SAMPLES.put(Objective.class, Objective.of("x", 1));
    SAMPLES.put(Pillar.class, Pillar.of("x"));
    SAMPLES.put(RoadmapItem.class, RoadmapItem.withoutPillar("x", "x"));
    SAMPLES.put(Investment.class, Investment.NONE);
    SAMPLES.put(Product.class, PRODUCT);
    SAMPLES.put(Portfolio.class, PORTFOLIO);
    SAMPLES.put(Planner.class, Planner.of(Effort.ofHours(8)));
    SAMPLES.put(Simulation.class, Simulation.builder().seed(1).build());
    SAMPLES.put(Optional.class, Optional.of("x"));
    SAMPLES.put(List.class, List.of());
    SAMPLES.put(Collection.class, List.of());
    SAMPLES.put(Map.class, Map.of());
  }

  /** The values of the model and the settings of planning and simulation. */
  static Stream<Class<?>> modelValues() {
    return Stream.of(
        Effort.class,
        CalendarTime.class,
        Estimate.class,
        EffortEstimate.class,
        Team.class,
        Manager.class,
        Organization.class,
        Effect.class,
        ActivityKind.class,
        Activity.class,
        Characteristic.class,
        ProductManager.class,
        Coaching.class,
        Objective.class,
        Pillar.class,
        RoadmapItem.class,
        Investment.class,
        Product.class,
        PortfolioStrategy.class,
        Portfolio.class,
        Scenario.class,
        Planner.class,
        Simulation.class);
  }

  /**
   * A way into a model value: a public constructor, a public static method returning the value or
   * its builder, a public method of its builder other than {@code build()}, or a {@code with*}
   * copy.
   */
  static boolean isWayIn(Executable executable) {
    Class<?> type = executable.getDeclaringClass();
    if (!Modifier.isPublic(executable.getModifiers())) {
      return false;
    }
    if (executable instanceof Constructor<?>) {
      return true;
    }
    Method method = (Method) executable;
    if (isBuilder(type)) {
      return !(method.getName().equals("build") && method.getParameterCount() == 0);
    }
    if (Modifier.isStatic(method.getModifiers())) {
      boolean enumValueOf = type.isEnum() && method.getName().equals("valueOf");
      return !enumValueOf && (method.getReturnType() == type || isBuilder(method.getReturnType()));
    }
    return method.getName().startsWith("with") && method.getReturnType() == type;
  }

  private static boolean isBuilder(Class<?> type) {
    return type.getSimpleName().equals("Builder") && type.getEnclosingClass() != null;
  }

  /** Every way into a model value that takes a reference. */
  static Stream<Executable> waysIn() {
    List<Executable> ways = new ArrayList<>();
    modelValues()
        .forEach(
            type -> {
              Stream.of(type.getConstructors())
                  .filter(NullHandlingTest::isWayIn)
                  .forEach(ways::add);
              declaredPublicMethods(type).filter(NullHandlingTest::isWayIn).forEach(ways::add);
              for (Class<?> nested : type.getClasses()) {
                if (isBuilder(nested)) {
                  declaredPublicMethods(nested)
                      .filter(NullHandlingTest::isWayIn)
                      .forEach(ways::add);
                }
              }
            });
    return ways.stream()
        .filter(way -> Stream.of(way.getParameterTypes()).anyMatch(t -> !t.isPrimitive()));
  }

  private static Stream<Method> declaredPublicMethods(Class<?> type) {
    return Stream.of(type.getMethods()).filter(m -> m.getDeclaringClass() == type);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("waysIn")
  void aNullGivenAsModelDataIsAnInvalidModelAtItsPath(Executable way) {
    Class<?>[] types = way.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      if (types[i].isPrimitive()) {
        continue;
      }
      assertReportsTheNull(way, arguments(way, i, null), i);
      if (types[i].isArray()) {
        Object holdingNull = Array.newInstance(types[i].getComponentType(), 1);
        assertReportsTheNull(way, arguments(way, i, holdingNull), i);
      }
    }
  }

  private static void assertReportsTheNull(Executable way, Object[] arguments, int index) {
    boolean parse = way.getName().equals("parse");
    assertThatThrownBy(() -> invoke(way, arguments))
        .as("%s with null at parameter %d", way, index)
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> {
              assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("null"));
              if (!parse) {
                // parse reads a whole value: its problems are at the value's own path, ""
                assertThat(e.problems()).allSatisfy(p -> assertThat(p.path()).isNotEmpty());
              }
            });
  }

  private static Object[] arguments(Executable way, int nullAt, Object atNull) {
    Class<?>[] types = way.getParameterTypes();
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      arguments[i] = i == nullAt ? atNull : sample(types[i]);
    }
    return arguments;
  }

  /** A valid value of {@code type}, or an array of one valid value. */
  static Object sample(Class<?> type) {
    if (type == double.class) {
      return 1.0;
    }
    if (type == int.class) {
      return 1;
    }
    if (type == long.class) {
      return 1L;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type.isArray()) {
      Object array = Array.newInstance(type.getComponentType(), 1);
      Array.set(array, 0, sample(type.getComponentType()));
      return array;
    }
    Object sample = SAMPLES.get(type);
    assertThat(sample).as("a sample %s", type.getName()).isNotNull();
    return sample;
  }

  private static Object invoke(Executable way, Object[] arguments) throws Throwable {
    try {
      if (way instanceof Constructor<?> constructor) {
        return constructor.newInstance(arguments);
      }
      Method method = (Method) way;
      return method.invoke(receiver(method), arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static Object receiver(Method method) throws ReflectiveOperationException {
    if (Modifier.isStatic(method.getModifiers())) {
      return null;
    }
    Class<?> type = method.getDeclaringClass();
    if (isBuilder(type)) {
      return type.getEnclosingClass().getMethod("builder").invoke(null);
    }
    return sample(type);
  }

  @Test
  void theWaysInIncludeFactoriesBuildersAndCopies() {
    assertThat(waysIn().map(Executable::getName))
        .contains("owns", "influence", "replaceInfluences", "withTeam", "of", "parse", "owning");
  }

  private final NullPointerTester tester = new NullPointerTester();

  {
    SAMPLES.forEach(this::setDefault);
    waysIn().filter(Method.class::isInstance).forEach(m -> tester.ignore((Method) m));
  }

  @SuppressWarnings("unchecked")
  private <T> void setDefault(Class<T> type, Object value) {
    tester.setDefault(type, (T) value);
  }

  static Stream<Class<?>> publicTypes() {
    return Stream.concat(modelValues(), otherTypes());
  }

  /** Public types that are not model values: results, strategies, errors. */
  static Stream<Class<?>> otherTypes() {
    return Stream.of(
        InvalidModelException.class,
        Problem.class,
        Spelling.class,
        ActivityOutput.class,
        Contribution.class,
        Score.class,
        Score.Term.class,
        ScoringContext.class,
        ScoringStrategy.class,
        RankedActivity.class,
        Ranking.class,
        CoachingCandidate.class,
        CoachingPriorities.class,
        Alignment.class,
        Finding.class,
        ObjectiveShare.class,
        Severity.class);
  }

  static Stream<Object> publicValues() {
    return Stream.of(
        Problem.at("x", "broken"),
        Effort.ofHours(1),
        CalendarTime.ofWeeks(1),
        Estimate.of(1, 2, 3),
        EffortEstimate.ofHours(2),
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
        SectionNineExample.bob(),
        SectionNineExample.coaching(),
        PRIORITIES,
        PRIORITIES.candidates().get(0),
        PORTFOLIO,
        PORTFOLIO.alignment(),
        PORTFOLIO.alignment().objectives().get(0),
        PRODUCT,
        Planner.builder().build(),
        Simulation.builder().seed(1).build());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicTypes")
  void everyOtherPublicStaticMethodRejectsNullWithANullPointerException(Class<?> type) {
    tester.testAllPublicStaticMethods(type);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherTypes")
  void theConstructorsOfOtherTypesRejectNullWithANullPointerException(Class<?> type) {
    tester.testAllPublicConstructors(type);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicValues")
  void everyOtherPublicMethodRejectsNullWithANullPointerException(Object value) {
    tester.testAllPublicInstanceMethods(value);
  }

  @Test
  void anInvalidModelExceptionRejectsANullParent() throws NoSuchMethodException {
    tester.testMethod(
        InvalidModelException.of("x", "broken"),
        InvalidModelException.class.getMethod("under", String.class));
  }
}
