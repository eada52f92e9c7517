package dev.leverage.report.chart;

import static java.util.Objects.requireNonNull;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * A horizontal stacked bar chart with any number of segments per bar, in the given order: each
 * segment is filled with the colour of its group (a legend names the groups) and labelled with its
 * own label, or its short label where the label does not fit, so that the segments read without
 * colour; {@link #unnamed} lists the segments that show only their short label or nothing, for a
 * footnote.
 *
 * <p>Immutable and thread-safe.
 */
public final class SegmentChart extends SpecChart {
  /** Fills of the groups, light enough for dark labels, in the order of the groups. */
  static final List<Color> PALETTE =
      List.of(
          new Color(0x9d, 0xbb, 0xd9),
          new Color(0xf2, 0xc1, 0x8d),
          new Color(0xa8, 0xd5, 0xa2),
          new Color(0xe5, 0xa8, 0xb5),
          new Color(0xc9, 0xb8, 0xe0),
          new Color(0xe8, 0xdc, 0x8f),
          new Color(0x9f, 0xd6, 0xd2));

  /** Room for the legend below the plot. */
  private static final int LEGEND = 30;

  private final List<String> categories;
  private final List<List<Segment>> bars;
  private final List<String> groups;

  private SegmentChart(ChartSpec spec, List<String> categories, List<List<Segment>> bars) {
    super(spec);
    this.categories = List.copyOf(categories);
    this.bars = bars.stream().map(List::copyOf).toList();
    if (this.bars.size() != this.categories.size()) {
      throw new IllegalArgumentException(
          categories.size() + " categories but " + bars.size() + " bars");
    }
    Set<String> groups = new LinkedHashSet<>();
    for (List<Segment> bar : this.bars) {
      for (Segment segment : bar) {
        if (!segment.spare()) {
          groups.add(segment.group());
        }
      }
    }
    this.groups = List.copyOf(groups);
  }

  /**
   * A bar per category, top to bottom; the groups take the palette's colours in the order they
   * first appear.
   *
   * @param bars for each category, its segments from the axis outwards
   */
  public static SegmentChart of(ChartSpec spec, List<String> categories, List<List<Segment>> bars) {
    return new SegmentChart(spec, categories, bars);
  }

  /**
   * One segment of a bar: its label (printed on it), the short label printed instead when the label
   * does not fit, its value and its group (its colour, named in the legend); a spare segment (time
   * left unused) is drawn white with a dashed outline.
   *
   * @param label the segment's label
   * @param shortLabel its label where the segment is too short for {@code label}
   * @param value its length
   * @param group what kind of thing it is, named in the legend
   * @param spare whether it is spare room rather than something done
   */
  public record Segment(
      String label, String shortLabel, double value, String group, boolean spare) {
    /** Checks that the texts are given. */
    public Segment {
      requireNonNull(label, "label");
      requireNonNull(shortLabel, "shortLabel");
      requireNonNull(group, "group");
    }

    /** A segment of something done, of {@code group}. */
    public static Segment of(String label, String shortLabel, double value, String group) {
      return new Segment(label, shortLabel, value, group, false);
    }

    /** A segment of spare room, named {@code group} in the legend. */
    public static Segment spare(String label, String shortLabel, double value, String group) {
      return new Segment(label, shortLabel, value, group, true);
    }
  }

  /**
   * The segments that show less than their label when the chart is {@code width} wide, with the
   * category of their bar: a footnote names them.
   */
  public List<Map.Entry<String, Segment>> unnamed(int width) {
    SegmentLabels labels = layOut(width).labels;
    List<Map.Entry<String, Segment>> unnamed = new ArrayList<>();
    for (int i = 0; i < categories.size(); i++) {
      for (Segment segment : bars.get(i)) {
        if (segment.value() > 0 && !segment.label().equals(labels.label(segment))) {
          unnamed.add(Map.entry(categories.get(i), segment));
        }
      }
    }
    return unnamed;
  }

  @Override
  public String svg(int width) {
    Laid laid = layOut(width);
    return ChartStyle.svg(laid.chart, spec, width, laid.height);
  }

  private record Laid(JFreeChart chart, SegmentLabels labels, int height) {}

  /** The chart laid out once, so that each segment's label is chosen by the room it has. */
  private Laid layOut(int width) {
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
    SegmentRenderer renderer = new SegmentRenderer(bars, groups);
    ChartStyle.outlined(renderer, ChartStyle.INK);
    SegmentLabels labels = new SegmentLabels(bars);
    ItemLabelPosition centre = new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER);
    ChartStyle.valueLabels(renderer, labels, centre);
    renderer.setPositiveItemLabelPositionFallback(centre);
    CategoryPlot plot = ChartStyle.horizontalBars(dataset, renderer, spec);
    renderer.setMaximumBarWidth(1.0);
    plot.getDomainAxis().setCategoryMargin(0.35);
    plot.getRangeAxis().setUpperMargin(0.02);
    plot.setFixedLegendItems(legend());
    int height = ChartStyle.height(categories.size(), spec) + LEGEND;
    JFreeChart chart = ChartStyle.chart(spec, plot);
    LegendTitle legend = new LegendTitle(plot);
    legend.setItemFont(ChartStyle.TICK);
    legend.setItemPaint(ChartStyle.INK);
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setFrame(BlockBorder.NONE);
    chart.addLegend(legend);
    ChartRenderingInfo info = new ChartRenderingInfo();
    chart.draw(new SVGGraphics2D(width, height), new Rectangle(0, 0, width, height), info);
    Range range = plot.getRangeAxis().getRange();
    labels.pixelsPerUnit = info.getPlotInfo().getDataArea().getWidth() / range.getLength();
    return new Laid(chart, labels, height);
  }

  private LegendItemCollection legend() {
    LegendItemCollection items = new LegendItemCollection();
    Shape box = new Rectangle(-6, -6, 12, 12);
    for (int i = 0; i < groups.size(); i++) {
      items.add(
          new LegendItem(
              groups.get(i),
              null,
              null,
              null,
              box,
              PALETTE.get(i % PALETTE.size()),
              new BasicStroke(1f),
              ChartStyle.INK));
    }
    for (List<Segment> bar : bars) {
      for (Segment segment : bar) {
        if (segment.spare()) {
          items.add(
              new LegendItem(
                  segment.group(),
                  null,
                  null,
                  null,
                  box,
                  Color.WHITE,
                  SegmentRenderer.DASHED,
                  ChartStyle.INK));
          return items;
        }
      }
    }
    return items;
  }

  /** Labels each segment with its label, or its short label, or nothing, whichever fits. */
  private static final class SegmentLabels extends StandardCategoryItemLabelGenerator {
    private static final long serialVersionUID = 1L;
    private final transient List<List<Segment>> bars;
    private transient double pixelsPerUnit = Double.POSITIVE_INFINITY;

    SegmentLabels(List<List<Segment>> bars) {
      this.bars = bars;
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      List<Segment> bar = bars.get(column);
      return row >= bar.size() || bar.get(row).value() == 0 ? null : label(bar.get(row));
    }

    /** The text that fits {@code segment}: its label, its short label or none (null). */
    String label(Segment segment) {
      double room = segment.value() * pixelsPerUnit - 6;
      if (ChartStyle.textWidth(segment.label()) <= room) {
        return segment.label();
      }
      return ChartStyle.textWidth(segment.shortLabel()) <= room ? segment.shortLabel() : null;
    }
  }

  /** Fills each segment with its group's colour; spare ones white, with a dashed outline. */
  private static final class SegmentRenderer extends StackedBarRenderer {
    private static final long serialVersionUID = 1L;
    static final BasicStroke DASHED =
        new BasicStroke(
            1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);
    private final transient List<List<Segment>> bars;
    private final transient List<String> groups;

    SegmentRenderer(List<List<Segment>> bars, List<String> groups) {
      this.bars = bars;
      this.groups = groups;
    }

    private Segment segment(int row, int column) {
      List<Segment> bar = bars.get(column);
      return row < bar.size() ? bar.get(row) : null;
    }

    @Override
    public Paint getItemPaint(int row, int column) {
      Segment segment = segment(row, column);
      if (segment == null || segment.spare()) {
        return Color.WHITE;
      }
      return PALETTE.get(groups.indexOf(segment.group()) % PALETTE.size());
    }

    @Override
    public Stroke getItemOutlineStroke(int row, int column) {
      Segment segment = segment(row, column);
      return segment != null && segment.spare() ? DASHED : super.getItemOutlineStroke(row, column);
    }
  }
}
