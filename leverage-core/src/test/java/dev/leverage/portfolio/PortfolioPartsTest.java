package dev.leverage.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Products, pillars and roadmap items check every id they hold, at its path (§8, §10). */
class PortfolioPartsTest {
  private static void assertPaths(Runnable build, String... paths) {
    assertThatThrownBy(build::run)
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> assertThat(e.problems()).extracting(Problem::path).containsExactly(paths));
  }

  @Test
  void aProductNamesEveryBadIdAndBlankTheme() {
    assertPaths(
        () ->
            Product.builder()
                .id("-app")
                .pm("b ob")
                .teams("ok", "no way")
                .serves("growth", "", "x y")
                .vision("payments", " ")
                .build(),
        "id",
        "pm",
        "teams[1]",
        "serves[1]",
        "serves[2]",
        "vision[1]");
  }

  @Test
  void aProductCostsNothingUnlessSetAndItsTeamsCanBeReplaced() {
    Product app = Product.builder().id("app").teams("a", "b").build();

    assertThat(app.investment()).isEqualTo(Investment.NONE);
    assertThat(app.toBuilder().replaceTeams(List.of("c")).build().teams()).containsExactly("c");
    assertThat(app.toBuilder().teams(List.of("c")).build().teams()).containsExactly("a", "b", "c");
  }

  @Test
  void aPillarAndARoadmapItemNameEveryBadId() {
    assertPaths(() -> Pillar.of("one tap", "growth", "-x"), "id", "serves[1]");
    assertPaths(() -> RoadmapItem.of("wallet pay", "-app", "one tap"), "id", "product", "pillar");
  }

  @Test
  void namesArePrintedAsWritten() {
    assertThat(PortfolioStrategy.FOCUS).hasToString("focus");
    assertThat(PortfolioStrategy.DIVERSIFICATION).hasToString("diversification");
    assertThat(Severity.WARNING).hasToString("warning");
    assertThat(Severity.INFO.label()).isEqualTo("info");
  }
}
