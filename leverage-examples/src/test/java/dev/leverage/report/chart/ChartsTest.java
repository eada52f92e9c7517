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

  private static final SegmentChart PLAN =
      SegmentChart.of(
          ChartSpec.of("p").withTitle("Plan").withCategoryAxis("Manager").withValueAxis("Hours"),
          List.of("maya (40h)"),
          List.of(
              List.of(
                  SegmentChart.Segment.of("write-product-vision 30h", "1", 30, "foundation"),
                  SegmentChart.Segment.of("a-very-long-activity-name 15m", "2", 0.25, "other"),
                  SegmentChart.Segment.spare("unused 9h45m", "9h45m", 9.75, "unused"))));

  @Test
  void aSegmentTooShortForItsLabelShowsItsShortLabelAndSpareTimeIsDashed() {
    String svg = PLAN.svg();

    assertThat(svg).contains(">write-product-vision 30h<", ">unused 9h45m<");
    assertThat(svg).doesNotContain("a-very-long-activity-name");
    assertThat(svg).contains("stroke-dasharray");
  }

  @Test
  void segmentsAreColouredByGroupWithALegendAndTheUnnamedOnesAreListedForAFootnote() {
    String svg = PLAN.svg();

    // The legend names each group once, in the order they first appear, then the spare room.
    assertThat(svg).contains(">foundation<", ">other<", ">unused<");
    assertThat(svg.indexOf(">foundation<")).isLessThan(svg.indexOf(">other<"));
    assertThat(PLAN.unnamed(ChartStyle.WIDTH))
        .extracting(e -> e.getKey() + " " + e.getValue().label())
        .containsExactly("maya (40h) a-very-long-activity-name 15m");
    // Narrower, the spare segment no longer fits its label either.
    assertThat(PLAN.unnamed(60)).hasSizeGreaterThan(1);
  }

  @Test
  void aChartDrawnNarrowerHasItsOwnIdSoThatAPageCanHoldBoth() {
    assertThat(PLAN.svg()).contains("id='p'");
    assertThat(PLAN.svg(ChartStyle.NARROW))
        .contains("id='p-" + ChartStyle.NARROW + "'", "viewBox='0.0 0.0 400.0 ");
  }

  @Test
  void aShortChartIsTallEnoughForItsCategoryAxisLabel() {
    ChartSpec spec = SPEC.withCategoryAxis("A rather long category axis label, written upwards");

    assertThat(ChartStyle.height(1, spec))
        .isGreaterThan(ChartStyle.height(1, SPEC))
        .isGreaterThan(ChartStyle.textWidth(spec.categoryAxis()));
  }

  @Test
  void aGroupedBarOfZeroIsLabelledZero() {
    String svg =
        GroupedBarChart.of(
                SPEC,
                List.of("growth", "retention"),
                List.of(
                    new Series("target", List.of(50.0, 50.0)),
                    new Series("invested", List.of(100.0, 0.0))))
            .svg();

    assertThat(svg).contains(">invested: 0<", ">invested: 100<");
  }

  @Test
  void theTornadosCentreIsExplainedUnderTheTitleNotInsideThePlot() {
    String svg =
        TornadoChart.of(
                SPEC,
                List.of(
                    new TornadoChart.Interval("time", 4, 12),
                    new TornadoChart.Interval("uplift", 6, 9)),
                7.5,
                "PERT means, 7.5")
            .svg();

    assertThat(svg).contains(">dashed line: PERT means, 7.5<", ">low 4<", ">high 12<");
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
