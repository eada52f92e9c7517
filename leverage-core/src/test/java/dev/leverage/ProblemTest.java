package dev.leverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Problems escape what a terminal would act on; an invalid model carries at least one. */
class ProblemTest {
  @Test
  void controlCharactersInAPathOrMessageAreEscaped() {
    Problem problem = Problem.at("\u001b", "was '\u001b[2J\u0007'");
    assertThat(problem.path()).isEqualTo("\\u001b");
    assertThat(problem.message()).isEqualTo("was '\\u001b[2J\\u0007'");
  }

  @Test
  void textWithoutControlCharactersIsKeptAsWritten() {
    Problem problem = Problem.at("teams[0].id", "was 'équipe ✓'");
    assertThat(problem.path()).isEqualTo("teams[0].id");
    assertThat(problem.message()).isEqualTo("was 'équipe ✓'");
  }

  @Test
  void anInvalidModelWithoutProblemsIsRefused() {
    assertThatThrownBy(() -> new InvalidModelException(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an invalid model has at least one problem");
  }

  @Test
  void anInvalidModelListsEveryProblemInItsMessage() {
    InvalidModelException e =
        new InvalidModelException(List.of(Problem.at("a", "one"), Problem.at("b", "two")));
    assertThat(e.problems()).containsExactly(Problem.at("a", "one"), Problem.at("b", "two"));
    assertThat(e.getMessage()).isEqualTo(Problem.at("a", "one") + "\n" + Problem.at("b", "two"));
  }
}
