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

/** {@code strategies FILE}: where the frameworks disagree. */
class StrategiesCommandTest {
  private static final String BACKLOG = resource("backlog.yaml");

  private static JsonNode json(String... args) throws IOException {
    CalculatorRun run = CalculatorRun.of(args);
    assertThat(run.status()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  @Test
  void namesThePlugInsOnTheClassPathWithoutComparingThem() throws IOException {
    CalculatorRun run = CalculatorRun.of("strategies", BACKLOG);

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("used: leverage, rice, ice, wsjf\n")
        .contains(
            "plug-in confident-leverage (dev.leverage.examples.plugin.ConfidentLeverage) is on"
                + " the class path; add --plugins to compare it")
        .containsPattern("Activity +leverage +rice +ice +wsjf +Moves\n");
    JsonNode json = json("strategies", BACKLOG, "--format", "json");
    assertThat(texts(json.get("strategies"))).containsExactly("leverage", "rice", "ice", "wsjf");
    JsonNode plugin = json.get("plugins").get(0);
    assertThat(plugin.get("name").asText()).isEqualTo("confident-leverage");
    assertThat(plugin.get("compared").asBoolean()).isFalse();
  }

  @Test
  void scoresWithEveryStrategyTheAttributesAllowAndShowsTheRanksSideBySide() {
    CalculatorRun run = CalculatorRun.of("strategies", BACKLOG, "--plugins");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("used: leverage, rice, ice, wsjf, confident-leverage")
        .containsPattern("Activity +leverage +rice +ice +wsjf +confident-leverage +Moves")
        .containsPattern("fix-checkout-bug +1 +1 +1 +1 +1 +0")
        .containsPattern("dark-mode +5 +2 +3 +5 +5 +3")
        .contains("Kendall's tau")
        .containsPattern("rice +0\\.20")
        .contains("Rank moves most (3 places between strategies):")
        .contains("dark-mode: #5 by leverage, #2 by rice, #3 by ice, #5 by wsjf")
        .contains("the framework, not the facts, decides the ranking");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void givesRanksScoresTauForEveryPairAndTheBiggestMoversAsJson() throws IOException {
    JsonNode json = json("strategies", BACKLOG, "--plugins", "--format", "json");

    assertThat(texts(json.get("strategies")))
        .containsExactly("leverage", "rice", "ice", "wsjf", "confident-leverage");
    assertThat(json.get("plugins").get(0).get("compared").asBoolean()).isTrue();
    assertThat(json.get("skipped")).isEmpty();
    JsonNode dark = json.get("activities").get(4);
    assertThat(dark.get("id").asText()).isEqualTo("dark-mode");
    assertThat(dark.get("ranks").get("rice").asInt()).isEqualTo(2);
    assertThat(dark.get("scores").get("rice").asDouble()).isCloseTo(900, within(1e-9));
    assertThat(dark.get("spread").asInt()).isEqualTo(3);
    assertThat(json.get("kendallTau")).hasSize(10);
    JsonNode first = json.get("kendallTau").get(0);
    assertThat(first.get("a").asText()).isEqualTo("leverage");
    assertThat(first.get("b").asText()).isEqualTo("rice");
    assertThat(first.get("tau").asDouble()).isCloseTo(0.2, within(1e-12));
    assertThat(texts(json.get("mostMoved"))).containsExactly("dark-mode");
  }

  @Test
  void skipsTheStrategiesWhoseAttributesAreMissingAndSaysWhich() throws IOException {
    JsonNode json = json("strategies", resource("worked-example.yaml"), "--format", "json");

    assertThat(texts(json.get("strategies"))).containsExactly("leverage");
    assertThat(json.get("skipped").get(0).get("strategy").asText()).isEqualTo("rice");
    assertThat(json.get("skipped").get(0).get("reason").asText())
        .isEqualTo(
            "needs attribute 'reach' (2 activities lack it), 'impact' (2 activities lack it),"
                + " 'confidence' (2 activities lack it)");
    assertThat(json.get("kendallTau")).isEmpty();
    CalculatorRun table = CalculatorRun.of("strategies", resource("worked-example.yaml"));
    assertThat(table.out())
        .contains("skipped wsjf: needs attribute 'businessValue'")
        .contains("Only one strategy could score this scenario");
  }

  @Test
  void comparesAFormulaToo() throws IOException {
    JsonNode json = json("strategies", BACKLOG, "--formula", "output / hours", "--format", "json");

    assertThat(texts(json.get("strategies"))).contains("formula");
    JsonNode last = json.get("kendallTau").get(json.get("kendallTau").size() - 1);
    assertThat(last.get("b").asText()).isEqualTo("formula");
    JsonNode leverageAndFormula = null;
    for (JsonNode pair : json.get("kendallTau")) {
      if (pair.get("a").asText().equals("leverage") && pair.get("b").asText().equals("formula")) {
        leverageAndFormula = pair;
      }
    }
    assertThat(leverageAndFormula.get("tau").asDouble()).isEqualTo(1.0);
  }

  @Test
  void aFormulaThatCannotScoreIsBadInput() {
    CalculatorRun run = CalculatorRun.of("strategies", BACKLOG, "--formula", "reach / effort");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--formula: unknown variable 'effort'");
  }

  @Test
  void theBacklogExampleComparesTheStrategiesOfItsOwnFile(@TempDir Path dir) throws IOException {
    CalculatorRun example = CalculatorRun.of("--example", "backlog");
    Path file = dir.resolve("backlog.yaml");
    Files.writeString(file, CalculatorRun.of("--example", "backlog", "--print").out());

    CalculatorRun compared = CalculatorRun.of("strategies", file.toString());

    assertThat(example.status()).as(example.err()).isZero();
    assertThat(example.out()).contains("Activities ranked by rice").contains(compared.out());
  }
}
