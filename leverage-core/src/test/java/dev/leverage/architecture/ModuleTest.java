package dev.leverage.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.collect.ImmutableList;
import dev.leverage.WorkedExample;
import dev.leverage.scoring.Ranking;
import dev.leverage.scoring.ScoringStrategy;
import java.lang.module.ModuleDescriptor;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a modular application gets from the packaged jar: Failsafe runs the tests of leverage-core
 * on the module path against it (the class-path run of Surefire skips these).
 */
class ModuleTest {
  private static final String EVALUATOR_PACKAGE = "dev.leverage.internal.evalex";
  private final Module core = ScoringStrategy.class.getModule();

  @BeforeEach
  void onTheModulePath() {
    assumeTrue(core.isNamed(), "leverage-core is on the class path in this run");
  }

  @Test
  void theModuleIsNamedDevLeverageCore() {
    assertThat(core.getName()).isEqualTo("dev.leverage.core");
  }

  @Test
  void guavaIsTheOnlyModuleRequiredAtRunTime() {
    assertThat(
            core.getDescriptor().requires().stream()
                .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.MANDATED))
                .map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toSet()))
        .containsExactly("com.google.common");
  }

  @Test
  void guavaIsTheOldestSupportedVersionInThisRun() {
    // Failsafe puts guava.floor.version (31.0) on the module path: an automatic module then.
    assertThat(ImmutableList.class.getModule().getDescriptor().isAutomatic()).isTrue();
  }

  @Test
  void noInternalPackageIsExported() {
    assertThat(core.getDescriptor().exports())
        .allSatisfy(export -> assertThat(export.source()).doesNotContain("internal"));
  }

  @Test
  void theFormulaEvaluatorIsAConcealedPackageOfTheModule() {
    assertThat(core.getPackages()).contains(EVALUATOR_PACKAGE);
    assertThat(core.isExported(EVALUATOR_PACKAGE)).isFalse();
    assertThatThrownBy(() -> Class.forName("com.ezylang.evalex.Expression"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void aFormulaScoresWithNoEvaluatorOfTheCallersOwn() {
    Ranking ranking =
        Ranking.of(WorkedExample.scenario(), ScoringStrategy.formula("leverage * 2 + hours"));

    // write-vision: leverage 24, 6 hours; groom-backlog: leverage 2, 3 hours (MODEL.md §9).
    assertThat(ranking.entries())
        .extracting(entry -> entry.activity().id(), entry -> entry.score().value())
        .containsExactly(tuple("write-vision", 54.0), tuple("groom-backlog", 7.0));
  }
}
