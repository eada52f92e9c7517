package dev.leverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leverage.activity.Activity;
import dev.leverage.activity.Effect;
import dev.leverage.coaching.Coaching;
import dev.leverage.uncertainty.EffortEstimate;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.CalendarTime;
import dev.leverage.unit.Effort;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid model data other than null (which {@link NullHandlingTest} covers) given through the Java
 * API: a number that is not finite, given to any way into a model value, and a builder that is
 * missing what it needs, are an {@link InvalidModelException}, never another exception, and inside
 * a value with fields every problem has the path of its field.
 */
class InvalidInputTest {
  /**
   * Values that are one number or one estimate: their problems are at their own path, {@code ""},
   * and the value that holds them puts its field in front.
   */
  private static final Set<Class<?>> SCALARS =
      Set.of(Effort.class, CalendarTime.class, Estimate.class, EffortEstimate.class);

  private static final double[] NOT_FINITE = {
    Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY
  };

  /** Every way into a model value (as {@link NullHandlingTest} finds them) that takes a double. */
  static Stream<Executable> waysInTakingADouble() {
    List<Executable> ways = new ArrayList<>();
    NullHandlingTest.modelValues()
        .forEach(
            type -> {
              ways.addAll(List.of(type.getConstructors()));
              ways.addAll(declaredPublicMethods(type));
              for (Class<?> nested : type.getClasses()) {
                if (nested.getSimpleName().equals("Builder")) {
                  ways.addAll(declaredPublicMethods(nested));
                }
              }
            });
    return ways.stream()
        .filter(NullHandlingTest::isWayIn)
        .filter(way -> List.of(way.getParameterTypes()).contains(double.class));
  }

  private static List<Method> declaredPublicMethods(Class<?> type) {
    return Stream.of(type.getMethods()).filter(m -> m.getDeclaringClass() == type).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("waysInTakingADouble")
  void aNumberThatIsNotFiniteIsAnInvalidModelAtItsPath(Executable way) {
    Class<?>[] types = way.getParameterTypes();
    Class<?> value =
        way.getDeclaringClass().getSimpleName().equals("Builder")
            ? way.getDeclaringClass().getEnclosingClass()
            : way.getDeclaringClass();
    for (int i = 0; i < types.length; i++) {
      if (types[i] != double.class) {
        continue;
      }
      for (double notFinite : NOT_FINITE) {
        Object[] arguments = new Object[types.length];
        for (int j = 0; j < types.length; j++) {
          arguments[j] = j == i ? notFinite : NullHandlingTest.sample(types[j]);
        }
        assertThatThrownBy(() -> invokeAndBuild(way, arguments))
            .as("%s with %s at parameter %d", way, notFinite, i)
            .isInstanceOfSatisfying(
                InvalidModelException.class,
                e -> {
                  assertThat(e.problems()).isNotEmpty();
                  if (!SCALARS.contains(value)) {
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.path()).isNotEmpty());
                  }
                });
      }
    }
  }

  @Test
  void theWaysInTakingADoubleIncludeFactoriesAndBuilders() {
    assertThat(waysInTakingADouble().map(Executable::getName))
        .contains("ofHours", "of", "on", "uplift", "attribute", "elasticity", "tolerance");
  }

  /** Calls {@code way}; a builder method is called on a valid value's builder, then built. */
  private static Object invokeAndBuild(Executable way, Object[] arguments) throws Throwable {
    try {
      if (way instanceof Constructor<?> constructor) {
        return constructor.newInstance(arguments);
      }
      Method method = (Method) way;
      Object receiver = null;
      if (!Modifier.isStatic(method.getModifiers())) {
        Class<?> builder = method.getDeclaringClass();
        Object valid = NullHandlingTest.sample(builder.getEnclosingClass());
        receiver = valid.getClass().getMethod("toBuilder").invoke(valid);
      }
      Object result = method.invoke(receiver, arguments);
      return result.getClass().getSimpleName().equals("Builder")
          ? result.getClass().getMethod("build").invoke(result)
          : result;
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Test
  void aNumberThatIsNotFiniteIsReportedAtTheFieldThatHoldsIt() {
    assertThatThrownBy(() -> Effect.on("checkout", Double.NaN))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "uplift: an estimate must be finite numbers, was {low: NaN, likely: NaN, high: NaN}");
    assertThatThrownBy(
            () -> Activity.builder().attribute("reach", Double.POSITIVE_INFINITY).build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactly("attributes.reach"));
    assertThatThrownBy(() -> Coaching.builder().elasticity(Double.NaN))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("elasticity"));
  }

  @Test
  void anEffortEstimateOutOfOrderIsReportedWithUnits() {
    assertThatThrownBy(
            () ->
                Activity.builder().time(Effort.ofHours(3), Effort.ofMinutes(90), Effort.ofHours(1)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "time: an effort estimate needs low <= likely <= high, was {low: 3h, likely: 1h30m,"
                + " high: 1h}");
  }

  /** The model values built with a builder. */
  static Stream<Class<?>> valuesWithBuilders() {
    return NullHandlingTest.modelValues()
        .filter(
            type -> {
              try {
                return Modifier.isStatic(type.getMethod("builder").getModifiers());
              } catch (NoSuchMethodException e) {
                return false;
              }
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valuesWithBuilders")
  void aBuilderWithNothingSetBuildsOrReportsWhatIsMissingAtItsPath(Class<?> type)
      throws ReflectiveOperationException {
    Object builder = type.getMethod("builder").invoke(null);
    Method build = builder.getClass().getMethod("build");
    try {
      assertThat(build.invoke(builder)).isInstanceOf(type);
    } catch (InvocationTargetException e) {
      assertThat(e.getCause())
          .isInstanceOfSatisfying(
              InvalidModelException.class,
              invalid ->
                  assertThat(invalid.problems())
                      .isNotEmpty()
                      .allSatisfy(p -> assertThat(p.path()).isNotEmpty()));
    }
  }

  @Test
  void everyBuilderIsChecked() {
    assertThat(valuesWithBuilders())
        .hasSizeGreaterThanOrEqualTo(10)
        .contains(Activity.class, Effect.class, Coaching.class);
  }
}
