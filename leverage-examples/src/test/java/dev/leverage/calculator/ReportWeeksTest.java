package dev.leverage.calculator;

import static dev.leverage.calculator.ScoreCommandTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code report --weeks N}: the schedule of {@code plan --weeks N}, week by week, in the report.
 */
class ReportWeeksTest {
  @TempDir Path dir;

  @Test
  void aReportWithWeeksShowsTheScheduleWeekByWeekWithItsDelayCosts() throws Exception {
    Path output = dir.resolve("quarter.html");

    CalculatorRun run =
        CalculatorRun.of(
            "report", resource("quarter.yaml"), "-o", output.toString(), "--weeks", "3");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("Plan over several weeks");
    String html = Files.readString(output);
    String section = html.substring(html.indexOf("<section id=\"schedule\">"));
    section = section.substring(0, section.indexOf("</section>"));
    assertThat(ReportCommandTest.count(section, "<svg ")).isEqualTo(2); // wide and phone
    assertThat(section)
        .contains("Which activities to do in which of the next 3 weeks")
        .contains("alice: output 268.00 output units over the horizon (the best schedule, proved)")
        .contains("Week by week: alice (13h a week)")
        .contains("Week 1", "Week 2", "Week 3")
        // Every kind that is scheduled has its colour in the legend, and unused time its own.
        .contains(">foundation<", ">coaching<", ">other<", ">unused<")
        .contains("<td>one-to-ones</td>", "<td>fixed: weekly</td>")
        .contains("What doing it a week later costs");
    // write-vision in week 1: 144, a week later 132; hire in week 2: 70, a week later 60.
    assertThat(section.replaceAll("\\s+", " "))
        .containsPattern(
            "<td>write-vision</td> ?<td[^>]*>1</td> ?<td[^>]*>144\\.00</td> ?<td[^>]*>132\\.00</td>"
                + " ?<td[^>]*>12\\.00</td>")
        .containsPattern("<td>hire</td> ?<td[^>]*>2</td>");
  }

  @Test
  void aReportOfOneWeekHasNoSchedule() throws Exception {
    Path output = dir.resolve("week.html");

    CalculatorRun run =
        CalculatorRun.of("report", resource("quarter.yaml"), "-o", output.toString());

    assertThat(run.status()).as(run.err()).isZero();
    String html = Files.readString(output);
    assertThat(html).doesNotContain("id=\"schedule\"");
    // The fixed activities take 7h of alice's 13h: the frontier is over the 6h left.
    assertThat(html)
        .contains(
            "for every budget from 0 to 6h (the hours left of 13h after the fixed commitments)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "521"})
  void weeksOutOfRangeAreBadInputAndWriteNothing(String weeks) {
    Path output = dir.resolve("never.html");

    CalculatorRun run =
        CalculatorRun.of(
            "report", resource("quarter.yaml"), "-o", output.toString(), "--weeks", weeks);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--weeks: must be from 1 to 520");
    assertThat(output).doesNotExist();
  }
}
