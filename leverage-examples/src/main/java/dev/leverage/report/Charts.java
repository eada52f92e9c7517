package dev.leverage.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Charts of the report, drawn by JFreeChart as inline SVG: horizontal bar charts (with optional
 * p10–p90 whiskers) and stacked bar charts. Every chart has a title, axis labels with units, and
 * its values printed on the bars, so nothing is told by colour alone.
 */
final class Charts {
  static final int WIDTH = 760;
  static final Color INK = new Color(0x22, 0x22, 0x22);
  static final Color GRID = new Color(0xc8, 0xc8, 0xc8);
  static final Color BAR = new Color(0x3a, 0x66, 0x94);
  static final Color FIRST = new Color(0x9d, 0xbb, 0xd9);
  static final Color SECOND = new Color(0xe8, 0xef, 0xf7);
  static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
  static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

  private Charts() {}

  /**
   * One bar: its category label, its value and, when estimates were simulated, the p10–p90 range
   * drawn as a whisker.
   */
  record Bar(String label, double value, OptionalDouble p10, OptionalDouble p90) {
    static Bar of(String label, double value) {
      return new Bar(label, value, OptionalDouble.empty(), OptionalDouble.empty());
    }

    static Bar of(String label, double value, double p10, double p90) {
      return new Bar(label, value, OptionalDouble.of(p10), OptionalDouble.of(p90));
    }

    boolean hasRange() {
      return p10.isPresent() && p90.isPresent();
    }
  }

  /** A series of a stacked bar chart: its name (printed on each segment) and one value per bar. */
  record Series(String name, List<Double> values) {}

  /**
   * A horizontal bar chart, one bar per entry in the given order, its value printed at its end;
   * bars with a p10–p90 range get a whisker.
   *
   * @param id the SVG element's id, unique in the page
   */
  static String bars(
      String id, String title, String categoryAxis, String valueAxis, List<Bar> bars) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Bar bar : bars) {
      dataset.addValue(bar.value(), valueAxis, bar.label());
    }
    WhiskerBarRenderer renderer = new WhiskerBarRenderer(bars);
    renderer.setSeriesPaint(0, BAR);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", numbers()));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(TICK);
    renderer.setDefaultItemLabelPaint(INK);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setDefaultNegativeItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
    renderer.setItemLabelAnchorOffset(4);
    CategoryPlot plot = plot(dataset, renderer, categoryAxis, valueAxis);
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    // Room for the value labels beyond the longest bars.
    axis.setUpperMargin(0.15);
    axis.setLowerMargin(0.15);
    return svg(chart(title, plot), id, height(bars.size()));
  }

  /**
   * A horizontal stacked bar chart: one bar per category, one segment per series; each segment is
   * labelled with its series name and value, so the segments read without a legend.
   */
  static String stacked(
      String id,
      String title,
      String categoryAxis,
      String valueAxis,
      List<String> categories,
      List<Series> series) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Series s : series) {
      for (int i = 0; i < categories.size(); i++) {
        dataset.addValue(s.values().get(i), s.name(), categories.get(i));
      }
    }
    StackedBarRenderer renderer = new StackedBarRenderer();
    style(renderer);
    renderer.setSeriesPaint(0, FIRST);
    renderer.setSeriesPaint(1, SECOND);
    renderer.setDrawBarOutline(true);
    renderer.setDefaultOutlineStroke(new BasicStroke(1f));
    renderer.setDefaultOutlinePaint(BAR);
    renderer.setDefaultItemLabelGenerator(new NamedValueLabels());
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(TICK);
    renderer.setDefaultItemLabelPaint(INK);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
    // A segment too short for its label gets it just past the segment's end instead.
    renderer.setPositiveItemLabelPositionFallback(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    CategoryPlot plot = plot(dataset, renderer, categoryAxis, valueAxis);
    // Wide bars, so that each segment's label fits inside it.
    renderer.setMaximumBarWidth(1.0);
    plot.getDomainAxis().setCategoryMargin(0.35);
    plot.getRangeAxis().setUpperMargin(0.2);
    return svg(chart(title, plot), id, height(categories.size()));
  }

  /**
   * One segment of a bar in {@link #segments}: its label (printed on it with its value) and its
   * value; a spare segment (time left unused) is drawn white with a dashed outline.
   */
  record Segment(String label, String shortLabel, double value, boolean spare) {
    static Segment of(String label, String shortLabel, double value) {
      return new Segment(label, shortLabel, value, false);
    }

    static Segment spare(String label, String shortLabel, double value) {
      return new Segment(label, shortLabel, value, true);
    }
  }

  /** Fills of the segments of {@link #segments}, light enough for dark labels, in turn. */
  static final List<Color> PALETTE =
      List.of(
          new Color(0x9d, 0xbb, 0xd9),
          new Color(0xf2, 0xc1, 0x8d),
          new Color(0xa8, 0xd5, 0xa2),
          new Color(0xe5, 0xa8, 0xb5),
          new Color(0xc9, 0xb8, 0xe0),
          new Color(0xe8, 0xdc, 0x8f),
          new Color(0x9f, 0xd6, 0xd2));

  /**
   * A horizontal stacked bar chart with any number of segments per bar, in the given order: each
   * segment takes the palette's colours in turn and is labelled with its own label and value, so
   * the segments read without a legend and without colour.
   *
   * @param bars for each category, its segments from the axis outwards
   */
  static String segments(
      String id,
      String title,
      String categoryAxis,
      String valueAxis,
      List<String> categories,
      List<List<Segment>> bars) {
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
    style(renderer);
    renderer.setDrawBarOutline(true);
    renderer.setDefaultOutlineStroke(new BasicStroke(1f));
    renderer.setDefaultOutlinePaint(INK);
    SegmentLabels labels = new SegmentLabels(bars);
    renderer.setDefaultItemLabelGenerator(labels);
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(TICK);
    renderer.setDefaultItemLabelPaint(INK);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
    renderer.setPositiveItemLabelPositionFallback(
        new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
    CategoryPlot plot = plot(dataset, renderer, categoryAxis, valueAxis);
    renderer.setMaximumBarWidth(1.0);
    plot.getDomainAxis().setCategoryMargin(0.35);
    plot.getRangeAxis().setUpperMargin(0.02);
    int height = height(categories.size());
    JFreeChart chart = chart(title, plot);
    // Lay the chart out once to learn the pixels per unit, so a segment too short for its label
    // gets its short label (its step number) instead.
    ChartRenderingInfo info = new ChartRenderingInfo();
    chart.draw(new SVGGraphics2D(WIDTH, height), new Rectangle(0, 0, WIDTH, height), info);
    Range range = plot.getRangeAxis().getRange();
    labels.pixelsPerUnit = info.getPlotInfo().getDataArea().getWidth() / range.getLength();
    return svg(chart, id, height);
  }

  /**
   * A line chart of a step function: {@code points} joined by horizontal-then-vertical steps, with
   * a dashed vertical marker at {@code marker} labelled {@code markerLabel}.
   *
   * @param points x and y pairs, x ascending
   */
  static String steps(
      String id,
      String title,
      String xAxis,
      String yAxis,
      List<double[]> points,
      double marker,
      String markerLabel) {
    XYSeries series = new XYSeries("curve", false, true);
    for (double[] point : points) {
      series.add(point[0], point[1]);
    }
    XYStepRenderer renderer = new XYStepRenderer();
    renderer.setSeriesPaint(0, BAR);
    renderer.setSeriesStroke(0, new BasicStroke(2f));
    renderer.setDefaultShapesVisible(false);
    NumberAxis x = new NumberAxis(xAxis);
    NumberAxis y = new NumberAxis(yAxis);
    for (NumberAxis axis : List.of(x, y)) {
      axis.setLabelFont(LABEL);
      axis.setTickLabelFont(TICK);
      axis.setTickLabelPaint(INK);
      axis.setLabelPaint(INK);
      axis.setNumberFormatOverride(numbers());
      axis.setAutoRangeIncludesZero(true);
    }
    x.setLowerMargin(0);
    y.setUpperMargin(0.12);
    XYPlot plot = new XYPlot(new XYSeriesCollection(series), x, y, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    plot.setInsets(new RectangleInsets(4, 4, 4, 12));
    ValueMarker budget = new ValueMarker(marker);
    budget.setPaint(INK);
    budget.setStroke(
        new BasicStroke(
            1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    budget.setLabel(markerLabel);
    budget.setLabelFont(TICK);
    budget.setLabelPaint(INK);
    budget.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    budget.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
    budget.setLabelOffset(new RectangleInsets(4, 4, 4, 6));
    plot.addDomainMarker(budget);
    JFreeChart chart = new JFreeChart(title, TITLE, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(6, 6, 6, 6));
    chart.getTitle().setPaint(INK);
    chart.getTitle().setMargin(new RectangleInsets(0, 0, 8, 0));
    return svg(chart, id, 340);
  }

  /**
   * A horizontal grouped bar chart: for each category one bar per series, each labelled with its
   * series name and value, so the bars read without a legend.
   */
  static String grouped(
      String id,
      String title,
      String categoryAxis,
      String valueAxis,
      List<String> categories,
      List<Series> series) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Series s : series) {
      for (int i = 0; i < categories.size(); i++) {
        dataset.addValue(s.values().get(i), s.name(), categories.get(i));
      }
    }
    BarRenderer renderer = new BarRenderer();
    style(renderer);
    renderer.setSeriesPaint(0, FIRST);
    renderer.setSeriesPaint(1, BAR);
    renderer.setDrawBarOutline(true);
    renderer.setDefaultOutlinePaint(BAR);
    renderer.setDefaultItemLabelGenerator(new NamedValueLabels());
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(TICK);
    renderer.setDefaultItemLabelPaint(INK);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setItemLabelAnchorOffset(4);
    CategoryPlot plot = plot(dataset, renderer, categoryAxis, valueAxis);
    renderer.setMaximumBarWidth(1.0);
    renderer.setItemMargin(0.1);
    plot.getRangeAxis().setUpperMargin(0.25);
    return svg(chart(title, plot), id, height(categories.size() * series.size()));
  }

  /** A number format that does not depend on the machine's locale: {@code 1,234.5}. */
  static NumberFormat numbers() {
    return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  /**
   * One bar of a tornado chart: the leverage at one end of an estimate ({@code atLow}, labelled
   * {@code low}) and at the other ({@code atHigh}, labelled {@code high}).
   */
  record Interval(String label, double atLow, double atHigh) {
    double min() {
      return Math.min(atLow, atHigh);
    }

    double max() {
      return Math.max(atLow, atHigh);
    }
  }

  /**
   * A tornado chart: one horizontal interval bar per entry in the given order (the first on top),
   * from its value at one end to its value at the other, each end labelled "low" or "high" with its
   * value, and a dashed vertical marker at {@code centre} labelled {@code centreLabel}.
   */
  static String intervals(
      String id,
      String title,
      String categoryAxis,
      String valueAxis,
      List<Interval> intervals,
      double centre,
      String centreLabel) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Interval interval : intervals) {
      dataset.addValue(interval.max(), valueAxis, interval.label());
    }
    IntervalRenderer renderer = new IntervalRenderer(intervals, centre);
    CategoryPlot plot = plot(dataset, renderer, categoryAxis, valueAxis);
    renderer.setMaximumBarWidth(0.5);
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    axis.setAutoRangeIncludesZero(false);
    // Room for the end labels beside the widest bars.
    axis.setUpperMargin(0.3);
    axis.setLowerMargin(0.3);
    ValueMarker marker = new ValueMarker(centre);
    marker.setPaint(INK);
    marker.setStroke(
        new BasicStroke(
            1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
    marker.setLabel(centreLabel);
    marker.setLabelFont(TICK);
    marker.setLabelPaint(INK);
    marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
    marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
    marker.setLabelBackgroundColor(Color.WHITE);
    plot.addRangeMarker(marker);
    // Taller than a bar chart's rows: room for the marker's label and the vertical axis label.
    return svg(chart(title, plot), id, height(intervals.size()) + 70);
  }

  /** Draws each interval as a bar from its lower to its upper value, both ends labelled. */
  private static final class IntervalRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;
    private final transient List<Interval> intervals;
    private final double centre;

    IntervalRenderer(List<Interval> intervals, double centre) {
      this.intervals = List.copyOf(intervals);
      this.centre = centre;
    }

    @Override
    public Range findRangeBounds(CategoryDataset dataset) {
      Range range = new Range(centre, centre);
      for (Interval interval : intervals) {
        range = Range.expandToInclude(range, interval.min());
        range = Range.expandToInclude(range, interval.max());
      }
      return range;
    }

    @Override
    public void drawItem(
        Graphics2D g2,
        CategoryItemRendererState state,
        Rectangle2D dataArea,
        CategoryPlot plot,
        CategoryAxis domainAxis,
        ValueAxis rangeAxis,
        CategoryDataset dataset,
        int row,
        int column,
        int pass) {
      if (pass != 0) {
        return;
      }
      Interval interval = intervals.get(column);
      double w0 =
          calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, row, column);
      double width = state.getBarWidth();
      double low = rangeAxis.valueToJava2D(interval.min(), dataArea, plot.getRangeAxisEdge());
      double high = rangeAxis.valueToJava2D(interval.max(), dataArea, plot.getRangeAxisEdge());
      Rectangle2D bar = new Rectangle2D.Double(low, w0, Math.max(1, high - low), width);
      g2.setPaint(FIRST);
      g2.fill(bar);
      g2.setPaint(INK);
      g2.setStroke(new BasicStroke(1f));
      g2.draw(bar);
      g2.setFont(TICK);
      java.awt.FontMetrics metrics = g2.getFontMetrics();
      double baseline = w0 + width / 2 + metrics.getAscent() / 2.0 - 1;
      boolean lowOnLeft = interval.atLow() <= interval.atHigh();
      String left = (lowOnLeft ? "low " : "high ") + numbers().format(interval.min());
      String right = (lowOnLeft ? "high " : "low ") + numbers().format(interval.max());
      g2.drawString(left, (float) (low - 4 - metrics.stringWidth(left)), (float) baseline);
      g2.drawString(right, (float) (high + 4), (float) baseline);
    }
  }

  /** Renders a drawing of {@code width} × {@code height} to an SVG element that scales to fit. */
  static String svg(
      String id, int width, int height, java.util.function.Consumer<Graphics2D> draw) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix(id + "-");
    draw.accept(g);
    String svg =
        g.getSVGElement(
            id,
            false,
            new ViewBox(0, 0, width, height),
            PreserveAspectRatio.XMIN_YMIN,
            MeetOrSlice.MEET);
    return svg.replaceFirst("<svg ", "<svg role='img' class='chart' ");
  }

  private static String svg(JFreeChart chart, String id, int height) {
    return svg(id, WIDTH, height, g -> chart.draw(g, new Rectangle(0, 0, WIDTH, height)));
  }

  private static int height(int bars) {
    return 110 + 34 * Math.max(1, bars);
  }

  private static CategoryPlot plot(
      CategoryDataset dataset, BarRenderer renderer, String categoryLabel, String valueLabel) {
    CategoryAxis categories = new CategoryAxis(categoryLabel);
    categories.setLabelFont(LABEL);
    categories.setTickLabelFont(TICK);
    categories.setTickLabelPaint(INK);
    categories.setLabelPaint(INK);
    categories.setMaximumCategoryLabelWidthRatio(0.45f);
    categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    categories.setCategoryMargin(0.25);
    NumberAxis values = new NumberAxis(valueLabel);
    values.setLabelFont(LABEL);
    values.setTickLabelFont(TICK);
    values.setTickLabelPaint(INK);
    values.setLabelPaint(INK);
    values.setNumberFormatOverride(numbers());
    values.setAutoRangeIncludesZero(true);
    style(renderer);
    CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.setRangeGridlineStroke(new BasicStroke(0.8f));
    plot.setRangeZeroBaselineVisible(true);
    plot.setRangeZeroBaselinePaint(INK);
    plot.setInsets(new RectangleInsets(4, 4, 4, 12));
    return plot;
  }

  private static void style(BarRenderer renderer) {
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.12);
    renderer.setItemMargin(0);
  }

  private static JFreeChart chart(String title, CategoryPlot plot) {
    JFreeChart chart = new JFreeChart(title, TITLE, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(6, 6, 6, 6));
    TextTitle heading = chart.getTitle();
    heading.setPaint(INK);
    heading.setMargin(new RectangleInsets(0, 0, 8, 0));
    chart.setAntiAlias(true);
    return chart;
  }

  /** Labels a segment "name: value"; no label for an empty segment. */
  private static final class NamedValueLabels extends StandardCategoryItemLabelGenerator {
    private static final long serialVersionUID = 1L;

    NamedValueLabels() {
      super("{0}: {2}", numbers());
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      Number value = dataset.getValue(row, column);
      return value == null || value.doubleValue() == 0
          ? null
          : super.generateLabel(dataset, row, column);
    }
  }

  /** Labels each segment of {@link #segments} "label value"; no label for an absent one. */
  private static final class SegmentLabels extends StandardCategoryItemLabelGenerator {
    private static final long serialVersionUID = 1L;
    private static final java.awt.FontMetrics METRICS =
        new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB)
            .createGraphics()
            .getFontMetrics(TICK);
    private final transient List<List<Segment>> bars;
    private transient double pixelsPerUnit = Double.POSITIVE_INFINITY;

    SegmentLabels(List<List<Segment>> bars) {
      this.bars = List.copyOf(bars);
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

  /** Fills each segment of {@link #segments} from the palette in turn; spare ones white, dashed. */
  private static final class SegmentRenderer extends StackedBarRenderer {
    private static final long serialVersionUID = 1L;
    private static final BasicStroke DASHED =
        new BasicStroke(
            1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);
    private final transient List<List<Segment>> bars;

    SegmentRenderer(List<List<Segment>> bars) {
      this.bars = List.copyOf(bars);
    }

    private boolean spare(int row, int column) {
      List<Segment> bar = bars.get(column);
      return row < bar.size() && bar.get(row).spare();
    }

    @Override
    public java.awt.Paint getItemPaint(int row, int column) {
      return spare(row, column) ? Color.WHITE : PALETTE.get(row % PALETTE.size());
    }

    @Override
    public java.awt.Stroke getItemOutlineStroke(int row, int column) {
      return spare(row, column) ? DASHED : super.getItemOutlineStroke(row, column);
    }
  }

  /** Draws each bar, then its p10–p90 whisker with end caps when the bar has a range. */
  private static final class WhiskerBarRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;
    private final transient List<Bar> bars;

    private transient ValueAxis axis;
    private transient Rectangle2D area;

    WhiskerBarRenderer(List<Bar> bars) {
      this.bars = List.copyOf(bars);
    }

    /** Places the value label beyond the whisker's end, so that the whisker does not cross it. */
    @Override
    protected void drawItemLabel(
        Graphics2D g2,
        CategoryDataset data,
        int row,
        int column,
        CategoryPlot plot,
        org.jfree.chart.labels.CategoryItemLabelGenerator generator,
        Rectangle2D bar,
        boolean negative) {
      Bar b = bars.get(column);
      Rectangle2D at = bar;
      if (b.hasRange() && axis != null && area != null) {
        double p10 = axis.valueToJava2D(b.p10().getAsDouble(), area, plot.getRangeAxisEdge());
        double p90 = axis.valueToJava2D(b.p90().getAsDouble(), area, plot.getRangeAxisEdge());
        double left = Math.min(bar.getMinX(), Math.min(p10, p90));
        double right = Math.max(bar.getMaxX(), Math.max(p10, p90));
        at =
            negative
                ? new Rectangle2D.Double(left, bar.getY(), bar.getMaxX() - left, bar.getHeight())
                : new Rectangle2D.Double(
                    bar.getX(), bar.getY(), right - bar.getX(), bar.getHeight());
      }
      super.drawItemLabel(g2, data, row, column, plot, generator, at, negative);
    }

    @Override
    public Range findRangeBounds(CategoryDataset dataset) {
      Range range = super.findRangeBounds(dataset);
      for (Bar bar : bars) {
        if (bar.hasRange()) {
          range = Range.expandToInclude(range, bar.p10().getAsDouble());
          range = Range.expandToInclude(range, bar.p90().getAsDouble());
        }
      }
      return range;
    }

    @Override
    public void drawItem(
        Graphics2D g2,
        CategoryItemRendererState state,
        Rectangle2D dataArea,
        CategoryPlot plot,
        CategoryAxis domainAxis,
        ValueAxis rangeAxis,
        CategoryDataset dataset,
        int row,
        int column,
        int pass) {
      this.axis = rangeAxis;
      this.area = dataArea;
      super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
      Bar bar = bars.get(column);
      if (pass != 0 || !bar.hasRange()) {
        return;
      }
      double w0 =
          calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, row, column);
      double middle = w0 + state.getBarWidth() / 2;
      double cap = state.getBarWidth() / 3;
      double low =
          rangeAxis.valueToJava2D(bar.p10().getAsDouble(), dataArea, plot.getRangeAxisEdge());
      double high =
          rangeAxis.valueToJava2D(bar.p90().getAsDouble(), dataArea, plot.getRangeAxisEdge());
      g2.setPaint(INK);
      g2.setStroke(new BasicStroke(1.5f));
      g2.draw(new Line2D.Double(low, middle, high, middle));
      g2.draw(new Line2D.Double(low, middle - cap, low, middle + cap));
      g2.draw(new Line2D.Double(high, middle - cap, high, middle + cap));
    }
  }
}
