package dev.leverage.calculator;

import static dev.leverage.calculator.ScoreCommandTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code score --strategy NAME [--formula EXPR]}: §6 strategies on the command line. */
class StrategyOptionsTest {
  private static final String BACKLOG = resource("backlog.yaml");

  @TempDir Path dir;

  private static JsonNode json(CalculatorRun run) throws IOException {
    assertThat(run.status()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  private static List<String> ids(JsonNode json) {
    List<String> ids = new ArrayList<>();
    json.get("activities").forEach(a -> ids.add(a.get("id").asText()));
    return ids;
  }

  private static void assertBadInput(CalculatorRun run, String... expected) {
    assertThat(run.status()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(expected).doesNotContain("Exception", "\tat ");
  }

  @Test
  void riceRanksByReachImpactAndConfidencePerHourWithTheStrategyFieldSet() throws IOException {
    JsonNode json =
        json(CalculatorRun.of("score", BACKLOG, "--strategy", "rice", "--format", "json"));

    assertThat(json.get("strategy").asText()).isEqualTo("rice");
    assertThat(ids(json))
        .containsExactly(
            "fix-checkout-bug",
            "dark-mode",
            "onboarding-redesign",
            "pricing-experiment",
            "platform-roadmap");
    JsonNode first = json.get("activities").get(0);
    assertThat(first.get("score").asDouble()).isCloseTo(1200, within(1e-9));
    assertThat(first.get("rank").asInt()).isEqualTo(1);
    assertThat(first.get("leverage").asDouble()).isCloseTo(12, within(1e-9));
    assertThat(first.get("breakdown").get("terms").get(0).get("label").asText())
        .isEqualTo("reach * impact * confidence / hours");
    assertThat(first.get("breakdown").get("inputs").get("reach").asDouble()).isEqualTo(800);
  }

  @Test
  void iceAndWsjfRankByTheirOwnFormulas() throws IOException {
    assertThat(
            ids(json(CalculatorRun.of("score", BACKLOG, "--strategy", "ice", "--format", "json"))))
        .containsExactly(
            "fix-checkout-bug",
            "pricing-experiment",
            "dark-mode",
            "onboarding-redesign",
            "platform-roadmap");
    JsonNode wsjf =
        json(CalculatorRun.of("score", BACKLOG, "--strategy", "WSJF", "--format", "json"));
    assertThat(wsjf.get("strategy").asText()).isEqualTo("wsjf");
    assertThat(ids(wsjf))
        .containsExactly(
            "fix-checkout-bug",
            "pricing-experiment",
            "platform-roadmap",
            "onboarding-redesign",
            "dark-mode");
    assertThat(wsjf.get("activities").get(0).get("score").asDouble()).isCloseTo(9, within(1e-9));
    assertThat(wsjf.get("activities").get(0).get("breakdown").get("terms")).hasSize(3);
  }

  @Test
  void aFormulaScoresLikeTheBuiltInItSpellsOut() throws IOException {
    JsonNode formula =
        json(
            CalculatorRun.of(
                "score",
                BACKLOG,
                "--formula",
                "reach * impact * confidence / hours",
                "--format",
                "json"));
    JsonNode rice =
        json(CalculatorRun.of("score", BACKLOG, "--strategy", "rice", "--format", "json"));

    assertThat(formula.get("strategy").asText()).isEqualTo("formula");
    assertThat(formula.get("formula").asText()).isEqualTo("reach * impact * confidence / hours");
    assertThat(ids(formula)).isEqualTo(ids(rice));
    for (int i = 0; i < 5; i++) {
      assertThat(formula.get("activities").get(i).get("score").asDouble())
          .isCloseTo(rice.get("activities").get(i).get("score").asDouble(), within(1e-9));
    }
  }

  @Test
  void theTableShowsEachScoresBreakdown() {
    CalculatorRun run =
        CalculatorRun.of("score", BACKLOG, "--strategy", "formula", "--formula", "leverage * 2");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Activities ranked by formula 'leverage * 2'")
        .contains("score: leverage * 2 = 24.00, with leverage 12");
  }

  @Test
  void findsTheExamplePlugInByItsName() throws IOException {
    JsonNode json =
        json(
            CalculatorRun.of(
                "score", BACKLOG, "--strategy", "confident-leverage", "--format", "json"));

    assertThat(json.get("strategy").asText()).isEqualTo("confident-leverage");
    assertThat(json.get("activities").get(1).get("id").asText()).isEqualTo("onboarding-redesign");
    assertThat(json.get("activities").get(1).get("score").asDouble()).isCloseTo(4.5, within(1e-9));
  }

  @Test
  void anUnknownStrategyListsTheAvailableOnes() {
    assertBadInput(
        CalculatorRun.of("score", BACKLOG, "--strategy", "moscow"),
        "--strategy: unknown strategy 'moscow'",
        "leverage",
        "rice",
        "ice",
        "wsjf",
        "formula",
        "confident-leverage");
  }

  @Test
  void aMissingAttributeNamesTheActivityTheAttributeAndTheStrategy() {
    assertBadInput(
        CalculatorRun.of("score", resource("worked-example.yaml"), "--strategy", "ice"),
        "activities[0].attributes: activity 'write-vision' has no attribute 'impact', which"
            + " strategy 'ice' needs",
        "activities[1].attributes: activity 'groom-backlog' has no attribute 'ease'");
  }

  @Test
  void aFormulaSyntaxErrorGivesItsPosition() {
    assertBadInput(
        CalculatorRun.of("score", BACKLOG, "--formula", "reach * / impact"),
        "--formula: syntax error at position 9 of 'reach * / impact'");
  }

  @Test
  void anUnknownVariableIsNamedWithTheClosestAttribute() {
    assertBadInput(
        CalculatorRun.of("score", BACKLOG, "--formula", "reech * impact"),
        "--formula: unknown variable 'reech' at position 1",
        "did you mean 'reach'?");
  }

  @Test
  void aDivisionByZeroNamesTheActivity() {
    assertBadInput(
        CalculatorRun.of("score", BACKLOG, "--formula", "reach / (confidence - 1)"),
        "activities[1]: formula divides by zero",
        "for activity 'fix-checkout-bug'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "java.lang.Runtime.getRuntime().exec(\"touch /tmp/pwned\")",
        "T(java.lang.System).exit(1)",
        "\"text\"",
        "DT_NOW()",
        "RANDOM()",
        "reach[0]"
      })
  void aFormulaThatReachesForCodeIsRefused(String formula) {
    assertBadInput(CalculatorRun.of("score", BACKLOG, "--formula", formula), "--formula: ");
    assertThat(Path.of("/tmp/pwned")).doesNotExist();
  }

  @Test
  void formulaNeedsAnExpressionAndAnExpressionNeedsFormula() {
    assertBadInput(
        CalculatorRun.of("score", BACKLOG, "--strategy", "formula"),
        "--formula: strategy 'formula' needs an expression");
    assertBadInput(
        CalculatorRun.of("score", BACKLOG, "--strategy", "rice", "--formula", "reach"),
        "--formula: --formula goes with --strategy formula, but the strategy is 'rice'");
  }

  @Test
  void aBadScenarioIsStillReportedWithItsFile() throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "teams: []\nmanagers: []\nactivities: [{id: a}]\n");
    CalculatorRun run = CalculatorRun.of("score", file.toString(), "--strategy", "rice");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("bad.yaml");
  }
}
