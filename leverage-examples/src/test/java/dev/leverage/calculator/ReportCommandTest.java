package dev.leverage.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class ReportCommandTest {
  @TempDir Path dir;

  private Path example() throws IOException {
    Path file = dir.resolve("week.yaml");
    Files.writeString(file, CalculatorRun.of("--example", "week", "--print").out());
    return file;
  }

  static int count(String text, String part) {
    Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  @Test
  void reportWritesOneSelfContainedPageWithSixChartsEachForAWidePageAndForAPhone()
      throws Exception {
    Path output = dir.resolve("report.html");

    CalculatorRun run = CalculatorRun.of("report", example().toString(), "-o", output.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("Wrote " + output, "Influence map");
    String html = Files.readString(output);
    // Output, leverage, the plans, a frontier for each of the two managers with activities and the
    // map, each drawn for a wide page and for a phone; each of the two activities with
    // three-point estimates has one, so it gets a sentence, not a tornado of one bar.
    assertThat(count(html, "<svg ")).isEqualTo(12);
    assertThat(html)
        .contains("<title>Leverage report: week.yaml</title>")
        .contains("Managers&#39; output per week", "Leverage per activity", "Influence map")
        .contains("Output (output units per week)")
        .contains("Leverage (output units per hour of the manager")
        .contains("write-product-vision (maya, foundation)", "27.60")
        .contains(
            "Recommended plan of the week", "Hours of the manager&apos;s week", "<td>unused</td>")
        .contains("Best output by budget: maya", "Budget (hours of the manager&apos;s week)")
        .contains(
            "Which estimates matter",
            "align-payments-strategy (maya) has one uncertain estimate, its time (3h–8h)",
            "review-search-relevance (maya) has one uncertain estimate, its uplift on search"
                + " (0.01–0.06)")
        .contains("The decision: what to do this week", "maya: 3 activities, output 226.14")
        .contains("@media print")
        .doesNotContain("<script", "<link", "<img", "@import", "url(http", "src=");
    // The only absolute URLs are the XML namespaces of the SVG elements.
    assertThat(html.replaceAll("xmlns(:\\w+)?='http[^']*'", ""))
        .doesNotContain("http://", "https://");
  }

  @Test
  void theReportIsWellFormedSoEveryPieceOfTextIsEscaped() throws Exception {
    Path file = dir.resolve("a<b>&\"c'.yaml");
    Files.copy(example(), file);
    Path output = dir.resolve("report.html");

    CalculatorRun run = CalculatorRun.of("report", file.toString(), "-o", output.toString());

    assertThat(run.status()).as(run.err()).isZero();
    String html = Files.readString(output);
    assertThat(html).contains("a&lt;b&gt;&amp;&quot;c&#39;.yaml").doesNotContain("a<b>");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    Document document =
        factory
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(html.replace("<!DOCTYPE html>", ""))));
    assertThat(document.getElementsByTagName("svg").getLength()).isEqualTo(12);
    assertThat(document.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("Leverage report: a<b>&\"c'.yaml");
  }

  @Test
  void theSameScenarioGivesTheSameReport() throws Exception {
    Path scenario = example();
    Path first = dir.resolve("first.html");
    Path second = dir.resolve("second.html");

    CalculatorRun.of("report", scenario.toString(), "-o", first.toString());
    CalculatorRun.of("report", scenario.toString(), "-o", second.toString());

    assertThat(Files.readString(first)).isEqualTo(Files.readString(second));
  }

  @Test
  void badInputExitsWithTwoAndLeavesTheOutputUntouched() throws Exception {
    Path scenario = dir.resolve("bad.yaml");
    Files.writeString(scenario, "teams:\n  - {id: checkout, output: -5}\nmanagers: []\n");
    Path output = dir.resolve("report.html");
    Files.writeString(output, "the previous report");

    CalculatorRun run = CalculatorRun.of("report", scenario.toString(), "-o", output.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("teams[0].output").doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(output)).isEqualTo("the previous report");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("bad.yaml", "report.html");
    }
  }

  @Test
  void aMissingFileWritesNothing() {
    Path output = dir.resolve("report.html");

    CalculatorRun run =
        CalculatorRun.of("report", dir.resolve("nope.yaml").toString(), "-o", output.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("no such file");
    assertThat(output).doesNotExist();
  }

  @Test
  void anOutputInAMissingDirectoryOrOnADirectoryIsBadInput() throws Exception {
    Path scenario = example();

    CalculatorRun missing =
        CalculatorRun.of(
            "report", scenario.toString(), "-o", dir.resolve("no/such/report.html").toString());
    CalculatorRun directory = CalculatorRun.of("report", scenario.toString(), "-o", dir.toString());

    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("--output: '", "': its directory does not exist");
    assertThat(directory.status()).isEqualTo(2);
    assertThat(directory.err()).contains("is a directory");
  }

  @Test
  void anExistingReportIsReplacedAndNoTemporaryFileIsLeft() throws Exception {
    Path scenario = example();
    Path output = dir.resolve("report.html");
    Files.writeString(output, "old");

    CalculatorRun run = CalculatorRun.of("report", scenario.toString(), "-o", output.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.readString(output)).startsWith("<!DOCTYPE html>");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("week.yaml", "report.html");
    }
  }

  @Test
  void sectionsWithNothingToShowAreLeftOutAndTheMessageSaysWhichRemain() throws Exception {
    Path scenario = dir.resolve("empty.yaml");
    Files.writeString(scenario, "teams:\n  - {id: checkout, output: 10}\nmanagers: []\n");
    Path output = dir.resolve("report.html");

    CalculatorRun run = CalculatorRun.of("report", scenario.toString(), "-o", output.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("(nothing to report: no managers and no activities)");
    assertThat(Files.readString(output))
        .contains("Nothing to report: no managers and no activities.")
        .doesNotContain("<svg", "Influence map", "Leverage per activity", "<section");
  }

  @Test
  void aProductLeadsScenarioGetsCoachingAndPortfolioSections() throws Exception {
    Path scenario = dir.resolve("team.yaml");
    Files.writeString(scenario, CalculatorRun.of("--example", "pm-lead", "--print").out());
    Path output = dir.resolve("team.html");

    CalculatorRun run = CalculatorRun.of("report", scenario.toString(), "-o", output.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("Coaching product managers, Portfolio alignment");
    String html = Files.readString(output);
    assertThat(html)
        .contains("<section id=\"coaching\">", "<section id=\"portfolio\">")
        .contains("First priority of each product manager", "leo", "business")
        .contains("Investment against objectives", "Findings, most serious first");
    // Output per week, influence map, the coach's plan of coaching steps and its frontier,
    // coaching steps, investment against weights, each drawn for a wide page and for a phone; the
    // objective without investment shows 0.
    assertThat(count(html, "<svg ")).isEqualTo(12);
  }

  @Test
  void theReportsPlanIsTheWholeWeekThatPlanPrintsCoachingIncluded() throws Exception {
    Path scenario = dir.resolve("team.yaml");
    Files.writeString(scenario, CalculatorRun.of("--example", "pm-lead", "--print").out());
    Path output = dir.resolve("team.html");

    CalculatorRun.of("report", scenario.toString(), "-o", output.toString());
    JsonNode plan =
        new ObjectMapper()
            .readTree(
                CalculatorRun.of(
                        "plan", scenario.toString(), "--manager", "priya", "--format", "json")
                    .out());

    String html = Files.readString(output);
    String section =
        html.substring(
            html.indexOf("<section id=\"plan\">"),
            html.indexOf("</section>", html.indexOf("<section id=\"plan\">")));
    assertThat(plan.get("activities")).isNotEmpty();
    // Priya's coaching steps are activities of hers (MODEL.md §7): the report shows the one plan
    // of her week that `leverage plan` gives, coaching steps included.
    for (JsonNode id : plan.get("activities")) {
      assertThat(section).contains("<td>" + id.asText() + "</td>");
    }
    assertThat(section).contains("<td>coach-");
  }

  @Test
  void aScenarioWithoutProductManagersHasNoCoachingOrPortfolioSection() throws Exception {
    Path output = dir.resolve("report.html");

    CalculatorRun.of("report", example().toString(), "-o", output.toString());

    assertThat(Files.readString(output)).doesNotContain("id=\"coaching\"", "id=\"portfolio\"");
  }

  @Test
  void samplesAndSeedChooseTheSimulationBehindTheWhiskers() throws Exception {
    Path scenario = example();
    Path byDefault = dir.resolve("default.html");
    Path seven = dir.resolve("seven.html");
    Path again = dir.resolve("again.html");

    CalculatorRun.of("report", scenario.toString(), "-o", byDefault.toString());
    CalculatorRun run =
        CalculatorRun.of(
            "report",
            scenario.toString(),
            "-o",
            seven.toString(),
            "--samples",
            "300",
            "--seed",
            "7");
    CalculatorRun.of(
        "report", scenario.toString(), "-o", again.toString(), "--samples", "300", "--seed", "7");

    assertThat(run.status()).as(run.err()).isZero();
    String html = Files.readString(byDefault);
    assertThat(html).contains("2000 simulated samples (seed 42)");
    // Whiskers (three strokes each) on the two activities with estimates only, in the chart for a
    // wide page and in the one for a phone.
    int start = html.indexOf("<section id=\"leverage\">");
    assertThat(count(html.substring(start, html.indexOf("</section>", start)), "stroke-width:1.5;"))
        .isEqualTo(12);
    assertThat(Files.readString(seven))
        .contains("300 simulated samples (seed 7)")
        .isEqualTo(Files.readString(again));
  }

  @Test
  void samplesOutOfRangeAreBadInput() throws Exception {
    Path output = dir.resolve("report.html");

    CalculatorRun run =
        CalculatorRun.of("report", example().toString(), "-o", output.toString(), "--samples", "0");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--samples: must be from 1 to 1000000, was 0");
    assertThat(output).doesNotExist();
  }

  @Test
  void helpNamesTheOutputOption() {
    assertThat(CalculatorRun.of("report", "--help").out())
        .contains("--output", "FILE", "--samples", "--seed");
    assertThat(CalculatorRun.of("--help").out()).contains("report");
  }
}
