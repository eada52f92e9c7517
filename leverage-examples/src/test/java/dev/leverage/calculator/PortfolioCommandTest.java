package dev.leverage.calculator;

import static dev.leverage.calculator.ScoreCommandTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PortfolioCommandTest {

  @Test
  void portfolioJsonHasStrategyFindingsAndObjectiveShares() throws Exception {
    CalculatorRun run =
        CalculatorRun.of("portfolio", resource("product-managers.yaml"), "--format", "json");

    assertThat(run.status()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("strategy").asText()).isEqualTo("focus");
    assertThat(json.get("tolerance").asDouble()).isEqualTo(0.1);
    assertThat(json.get("aligned").asBoolean()).isFalse();
    JsonNode objectives = json.get("objectives");
    assertThat(objectives.get(0).get("id").asText()).isEqualTo("growth");
    assertThat(objectives.get(0).get("weight").asDouble()).isEqualTo(0.6);
    assertThat(objectives.get(0).get("investmentShare").asDouble()).isCloseTo(1.0, within(1e-12));
    assertThat(objectives.get(1).get("id").asText()).isEqualTo("retention");
    assertThat(objectives.get(1).get("investmentShare").asDouble()).isEqualTo(0.0);
    JsonNode findings = json.get("findings");
    assertThat(findings).hasSize(3);
    assertThat(findings.get(0).get("severity").asText()).isEqualTo("critical");
    assertThat(findings.get(0).get("subject").asText()).isEqualTo("objective:retention");
    assertThat(findings.get(0).get("message").asText())
        .isEqualTo(
            "objective 'retention' has a weight of 40.0% but no investment; fund a product that"
                + " serves it or lower its weight");
    assertThat(findings.get(1).get("subject").asText()).isEqualTo("objective:growth");
    assertThat(findings.get(1).get("kind").asText()).isEqualTo("investment-off-weight");
    assertThat(findings.get(2).get("subject").asText()).isEqualTo("product:checkout-app");
    assertThat(findings.get(2).get("kind").asText()).isEqualTo("vision-departs");
    assertThat(findings.get(2).get("message").asText())
        .startsWith("product 'checkout-app' departs from the shared vision: leaves out trust;");
  }

  @Test
  void portfolioTableShowsSharesAgainstWeightsAndTheFindings() {
    CalculatorRun run = CalculatorRun.of("portfolio", resource("product-managers.yaml"));

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Portfolio alignment (strategy: focus): not aligned, 1 critical, 2 warnings")
        .contains("tolerance 10.0 points")
        .contains("growth", "60.0%", "100.0%", "+40.0")
        .contains("critical  objective:retention")
        .contains("no investment");
  }

  @Test
  void aScenarioWithoutAPortfolioIsBadInputSayingWhatToAdd() {
    CalculatorRun run = CalculatorRun.of("portfolio", resource("worked-example.yaml"));

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("portfolio: the scenario has no portfolio section");
  }
}
