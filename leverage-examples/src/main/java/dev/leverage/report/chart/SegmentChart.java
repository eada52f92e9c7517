package dev.leverage.report.chart;

import static java.util.Objects.requireNonNull;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Stroke;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * A horizontal stacked bar chart with any number of segments per bar, in the given order: each
 * segment takes the palette's colours in turn and is labelled with its own label and value, so the
 * segments read without a legend and without colour; a segment too short for its label gets its
 * short label instead.
 *
 * <p>Immutable and thread-safe.
 */
public final class SegmentChart implements Chart {
  /** Fills of the segments, light enough for dark labels, in turn. */
  static final List<Color> PALETTE =
      List.of(
          new Color(0x9d, 0xbb, 0xd9),
          new Color(0xf2, 0xc1, 0x8d),
          new Color(0xa8, 0xd5, 0xa2),
          new Color(0xe5, 0xa8, 0xb5),
          new Color(0xc9, 0xb8, 0xe0),
          new Color(0xe8, 0xdc, 0x8f),
          new Color(0x9f, 0xd6, 0xd2));

  private final ChartSpec spec;
  private final List<String> categories;
  private final List<List<Segment>> bars;

  private SegmentChart(ChartSpec spec, List<String> categories, List<List<Segment>> bars) {
    this.spec = requireNonNull(spec, "spec");
    this.categories = List.copyOf(categories);
    this.bars = bars.stream().map(List::copyOf).toList();
    if (this.bars.size() != this.categories.size()) {
      throw new IllegalArgumentException(
          categories.size() + " categories but " + bars.size() + " bars");
    }
  }

  /**
   * A bar per category, top to bottom.
   *
   * @param bars for each category, its segments from the axis outwards
   */
  public static SegmentChart of(ChartSpec spec, List<String> categories, List<List<Segment>> bars) {
    return new SegmentChart(spec, categories, bars);
  }

  @Override
  public ChartSpec spec() {
    return spec;
  }

  /**
   * One segment of a bar: its label (printed on it), the short label printed instead when the label
   * does not fit, and its value; a spare segment (time left unused) is drawn white with a dashed
   * outline.
   *
   * @param label the segment's label
   * @param shortLabel its label where the segment is too short for {@code label}
   * @param value its length
   * @param spare whether it is spare room rather than something done
   */
  public record Segment(String label, String shortLabel, double value, boolean spare) {
    /** A segment of something done. */
    public static Segment of(String label, String shortLabel, double value) {
      return new Segment(label, shortLabel, value, false);
    }

    /** A segment of spare room. */
    public static Segment spare(String label, String shortLabel, double value) {
      return new Segment(label, shortLabel, value, true);
    }
  }

  @Override
  public String svg() {
    int rows = 0;
    for (List<Segment> bar : bars) {
      rows = Math.max(rows, bar.size());
    }
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (int row = 0; row < Math.max(1, rows); row++) {
      for (int i = 0; i < categories.size(); i++) {
        List<Segment> bar = bars.get(i);
        dataset.addValue(
            row < bar.size() ? bar.get(row).value() : 0.0, "s" + row, categories.get(i));
      }
    }
    SegmentRenderer renderer = new SegmentRenderer(bars);
    ChartStyle.outlined(renderer, ChartStyle.INK);
    SegmentLabels labels = new SegmentLabels(bars);
    ItemLabelPosition centre = new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER);
    ChartStyle.valueLabels(renderer, labels, centre);
    renderer.setPositiveItemLabelPositionFallback(centre);
    CategoryPlot plot = ChartStyle.horizontalBars(dataset, renderer, spec);
    renderer.setMaximumBarWidth(1.0);
    plot.getDomainAxis().setCategoryMargin(0.35);
    plot.getRangeAxis().setUpperMargin(0.02);
    int width = ChartStyle.WIDTH;
    int height = ChartStyle.height(categories.size());
    JFreeChart chart = ChartStyle.chart(spec, plot);
    // Lay the chart out once to learn the pixels per unit, so a segment too short for its label
    // gets its short label instead.
    ChartRenderingInfo info = new ChartRenderingInfo();
    chart.draw(new SVGGraphics2D(width, height), new Rectangle(0, 0, width, height), info);
    Range range = plot.getRangeAxis().getRange();
    labels.pixelsPerUnit = info.getPlotInfo().getDataArea().getWidth() / range.getLength();
    return ChartStyle.svg(chart, spec.id(), height);
  }

  /** Labels each segment with its label, or its short label, or nothing, whichever fits. */
  private static final class SegmentLabels extends StandardCategoryItemLabelGenerator {
    private static final long serialVersionUID = 1L;
    private static final FontMetrics METRICS =
        new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB)
            .createGraphics()
            .getFontMetrics(ChartStyle.TICK);
    private final transient List<List<Segment>> bars;
    private transient double pixelsPerUnit = Double.POSITIVE_INFINITY;

    SegmentLabels(List<List<Segment>> bars) {
      this.bars = bars;
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      List<Segment> bar = bars.get(column);
      if (row >= bar.size() || bar.get(row).value() == 0) {
        return null;
      }
      Segment segment = bar.get(row);
      double room = segment.value() * pixelsPerUnit - 6;
      if (METRICS.stringWidth(segment.label()) <= room) {
        return segment.label();
      }
      return METRICS.stringWidth(segment.shortLabel()) <= room ? segment.shortLabel() : null;
    }
  }

  /** Fills each segment from the palette in turn; spare ones white, with a dashed outline. */
  private static final class SegmentRenderer extends StackedBarRenderer {
    private static final long serialVersionUID = 1L;
    private static final BasicStroke DASHED =
        new BasicStroke(
            1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);
    private final transient List<List<Segment>> bars;

    SegmentRenderer(List<List<Segment>> bars) {
      this.bars = bars;
    }

    private boolean spare(int row, int column) {
      List<Segment> bar = bars.get(column);
      return row < bar.size() && bar.get(row).spare();
    }

    @Override
    public Paint getItemPaint(int row, int column) {
      return spare(row, column) ? Color.WHITE : PALETTE.get(row % PALETTE.size());
    }

    @Override
    public Stroke getItemOutlineStroke(int row, int column) {
      return spare(row, column) ? DASHED : super.getItemOutlineStroke(row, column);
    }
  }
}
