package dev.leverage.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scenario's title and unit (MODEL.md §9) on every table, JSON result and report. */
class TitleAndUnitTest {
  @TempDir Path dir;

  private Path labelled() throws IOException {
    Path file = dir.resolve("labelled.yaml");
    Files.writeString(
        file,
        "title: \"Alice's <quarter> & co\"\nunit: value points\n"
            + Files.readString(Path.of(ScoreCommandTest.resource("worked-example.yaml"))));
    return file;
  }

  @ParameterizedTest
  @ValueSource(strings = {"score", "plan", "simulate", "strategies"})
  void everyTableOpensWithTheTitleAndNamesTheUnit(String command) throws IOException {
    CalculatorRun run = CalculatorRun.of(command, labelled().toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Alice's <quarter> & co\n\n");
    if (!command.equals("strategies")) {
      assertThat(run.out()).contains("value points").doesNotContain("output units");
    }
  }

  @Test
  void aScheduleTableOpensWithTheTitleAndNamesTheUnit() throws IOException {
    CalculatorRun run = CalculatorRun.of("plan", labelled().toString(), "--weeks", "3");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Alice's <quarter> & co\n\n").contains("value points");
  }

  @ParameterizedTest
  @ValueSource(strings = {"score", "plan", "simulate", "strategies", "compare"})
  void everyJsonResultCarriesTitleAndUnit(String command) throws IOException {
    CalculatorRun run =
        command.equals("compare")
            ? CalculatorRun.of(
                command, labelled().toString(), "write-vision", "groom-backlog", "--format=json")
            : CalculatorRun.of(command, labelled().toString(), "--format", "json");

    assertThat(run.status()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("title").asText()).isEqualTo("Alice's <quarter> & co");
    assertThat(json.get("unit").asText()).isEqualTo("value points");
  }

  @Test
  void withoutThemJsonSaysOutputUnitsAndHasNoTitle() throws IOException {
    CalculatorRun run =
        CalculatorRun.of(
            "score", ScoreCommandTest.resource("worked-example.yaml"), "--format", "json");

    assertThat(run.status()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.has("title")).isFalse();
    assertThat(json.get("unit").asText()).isEqualTo("output units");
    assertThat(CalculatorRun.of("score", ScoreCommandTest.resource("worked-example.yaml")).out())
        .startsWith("Managers' output");
  }

  @Test
  void theReportIsTitledAndItsAxesAndTablesNameTheUnit() throws IOException {
    Path output = dir.resolve("report.html");

    CalculatorRun run = CalculatorRun.of("report", labelled().toString(), "-o", output.toString());

    assertThat(run.status()).as(run.err()).isZero();
    String html = Files.readString(output);
    assertThat(html)
        .contains("<title>Alice&#39;s &lt;quarter&gt; &amp; co (leverage report)</title>")
        .contains("<h1>Alice&#39;s &lt;quarter&gt; &amp; co</h1>")
        .contains("Output is in value points")
        .contains("Output (value points per week)")
        .contains("Leverage (value points per hour of the manager")
        .contains("Best output (value points over the horizon)")
        // the influence map's subtitle, drawn in the chart
        .contains("output in value points per week")
        .doesNotContain("output units");
  }
}
