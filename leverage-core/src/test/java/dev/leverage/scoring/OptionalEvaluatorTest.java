package dev.leverage.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.leverage.WorkedExample;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/** Guava is leverage-core's only required dependency: EvalEx is needed by formulas alone. */
class OptionalEvaluatorTest {

  private static URL locationOf(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  private static URLClassLoader coreAndGuavaOnly() {
    return new URLClassLoader(
        new URL[] {
          locationOf(ScoringStrategy.class),
          locationOf(ImmutableList.class),
          locationOf(WorkedExample.class)
        },
        ClassLoader.getPlatformClassLoader());
  }

  @Test
  void theBuiltInStrategiesWorkWithoutEvalEx() throws Exception {
    try (URLClassLoader loader = coreAndGuavaOnly()) {
      assertThatThrownBy(() -> loader.loadClass("com.ezylang.evalex.Expression"))
          .isInstanceOf(ClassNotFoundException.class);
      Class<?> strategies = loader.loadClass(ScoringStrategy.class.getName());
      Object rice = strategies.getMethod("rice").invoke(null);
      Object byName = strategies.getMethod("byName", String.class).invoke(null, "wsjf");
      assertThat(rice.toString()).isEqualTo("rice");
      assertThat(byName.toString()).isEqualTo("wsjf");
      Object worked =
          loader.loadClass("dev.leverage.WorkedExample").getMethod("scenario").invoke(null);
      Class<?> scenario = loader.loadClass("dev.leverage.scenario.Scenario");
      Object ranking =
          loader
              .loadClass(Ranking.class.getName())
              .getMethod("of", scenario, strategies)
              .invoke(null, worked, strategies.getMethod("leverage").invoke(null));
      assertThat(ranking.toString()).isEqualTo("leverage [write-vision, groom-backlog]");
    }
  }

  @Test
  void aFormulaWithoutEvalExSaysWhatIsMissing() throws Exception {
    try (URLClassLoader loader = coreAndGuavaOnly()) {
      Method formula =
          loader.loadClass(ScoringStrategy.class.getName()).getMethod("formula", String.class);
      assertThatThrownBy(() -> formula.invoke(null, "reach * 2"))
          .isInstanceOf(InvocationTargetException.class)
          .cause()
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "the formula strategy needs EvalEx 3.5.0 (com.ezylang:EvalEx), an optional"
                  + " dependency of leverage-core; add it to the class or module path");
    }
  }
}
