package dev.leverage.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {
  private static final ChartSpec SPEC =
      ChartSpec.of("c").withTitle("T").withCategoryAxis("Activity").withValueAxis("Leverage");

  @Test
  void barsWithAP10ToP90RangeGetAWhiskerThatFitsTheAxis() {
    String plain = BarChart.of(SPEC, List.of(BarChart.Bar.of("a", 10))).svg();
    String whiskered = BarChart.of(SPEC, List.of(BarChart.Bar.of("a", 10, 4, 31))).svg();

    // Three strokes of the whisker's width (the whisker and its two caps); the axis reaches 31.
    assertThat(count(whiskered, "stroke-width:1.5;")).isEqualTo(3);
    assertThat(count(plain, "stroke-width:1.5;")).isZero();
    assertThat(whiskered).contains(">30<");
    assertThat(plain).doesNotContain(">30<");
  }

  @Test
  void aSegmentTooShortForItsLabelShowsItsShortLabelAndSpareTimeIsDashed() {
    String svg =
        SegmentChart.of(
                ChartSpec.of("p")
                    .withTitle("Plan")
                    .withCategoryAxis("Manager")
                    .withValueAxis("Hours"),
                List.of("maya (40h)"),
                List.of(
                    List.of(
                        SegmentChart.Segment.of("write-product-vision 30h", "1", 30),
                        SegmentChart.Segment.of("a-very-long-activity-name 15m", "2", 0.25),
                        SegmentChart.Segment.spare("unused 9h45m", "9h45m", 9.75))))
            .svg();

    assertThat(svg).contains(">write-product-vision 30h<", ">unused 9h45m<");
    assertThat(svg).doesNotContain("a-very-long-activity-name");
    assertThat(svg).contains("stroke-dasharray");
  }

  @Test
  void theStepChartMarksTheBudget() {
    String svg =
        StepChart.of(
                ChartSpec.of("f")
                    .withTitle("Best output by budget")
                    .withCategoryAxis("Budget (hours)")
                    .withValueAxis("Best output"),
                List.of(
                    new StepChart.Point(0, 0),
                    new StepChart.Point(6, 165.6),
                    new StepChart.Point(12, 226.14)))
            .withMarker(12, "budget 12h")
            .svg();

    assertThat(svg).contains(">budget 12h<", ">Budget (hours)<", "stroke-dasharray");
  }

  @Test
  void chartNumbersAreGroupedWithAtMostTwoDecimals() {
    String svg = BarChart.of(SPEC, List.of(BarChart.Bar.of("a", 1234.567))).svg();

    assertThat(svg).contains(">1,234.57<");
  }

  @Test
  void chartTextIsEscaped() {
    String svg =
        BarChart.of(
                ChartSpec.of("c").withTitle("a <b> & 'c'").withCategoryAxis("x").withValueAxis("y"),
                List.of(BarChart.Bar.of("<script>", 1)))
            .svg();

    assertThat(svg).doesNotContain("<script>", "<b>").contains("&lt;script&gt;");
  }

  static int count(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      count++;
    }
    return count;
  }
}
