package dev.leverage.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductManagerTest {

  private static ProductManager.Builder allAt(int level) {
    return allAtExcept(level, null);
  }

  private static ProductManager.Builder allAtExcept(int level, Characteristic except) {
    ProductManager.Builder builder = ProductManager.builder().id("bob");
    for (Characteristic c : Characteristic.values()) {
      if (c != except) {
        builder.skill(c, level);
      }
    }
    return builder;
  }

  @Test
  void targetsDefaultToFour() {
    ProductManager bob = allAt(2).target(Characteristic.BUSINESS, 5).build();
    assertThat(bob.target(Characteristic.BUSINESS)).isEqualTo(5);
    assertThat(bob.target(Characteristic.EMPATHY)).isEqualTo(4);
    assertThat(bob.level(Characteristic.TIME_MANAGEMENT)).isEqualTo(2);
  }

  @Test
  void levelsAndTargetsOutsideOneToFiveAreReported() {
    assertThatThrownBy(
            () ->
                allAtExcept(3, Characteristic.BUSINESS)
                    .skill(Characteristic.BUSINESS, 6)
                    .target(Characteristic.EMPATHY, 0)
                    .build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        Problem.at(
                            "skills.business", "level must be a whole number from 1 to 5, was 6"),
                        Problem.at(
                            "targets.empathy",
                            "target must be a whole number from 1 to 5, was 0")));
  }

  @Test
  void everyCharacteristicNeedsALevel() {
    assertThatThrownBy(
            () -> ProductManager.builder().id("bob").skill(Characteristic.EMPATHY, 3).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "skills: product manager 'bob' has no level for communication, timeManagement,"
                + " technology, business, curiosity, productKnowledge; give each of the seven"
                + " characteristics a level from 1 to 5");
  }

  @Test
  void coachingRejectsNegativeImportanceAndNoTime() {
    assertThatThrownBy(
            () ->
                Coaching.builder()
                    .coach("carol")
                    .importance(Map.of(Characteristic.EMPATHY, 2.0))
                    .importance(Characteristic.BUSINESS, -1)
                    .elasticity(-0.1)
                    .hoursPerLevel(dev.leverage.unit.Effort.ZERO)
                    .build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactly("importance.business", "elasticity", "hoursPerLevel"));
  }

  @Test
  void coachingDefaultsFollowSectionEight() {
    Coaching coaching = Coaching.by("carol");
    assertThat(coaching.elasticity().pertMean()).isEqualTo(0.03);
    assertThat(coaching.hoursPerLevel()).hasToString("6h");
    assertThat(coaching.importance(Characteristic.CURIOSITY)).isEqualTo(1.0);
  }

  @Test
  void characteristicsUseTheirFileNames() {
    assertThat(Characteristic.labels())
        .containsExactly(
            "empathy",
            "communication",
            "timeManagement",
            "technology",
            "business",
            "curiosity",
            "productKnowledge");
    assertThat(Characteristic.parse("productKnowledge"))
        .isEqualTo(Characteristic.PRODUCT_KNOWLEDGE);
    assertThatThrownBy(() -> Characteristic.parse("timemanagment"))
        .hasMessage("unknown characteristic 'timemanagment', did you mean 'timeManagement'?");
  }
}
