package dev.leverage.report.chart;

import dev.leverage.internal.Numbers;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.function.Consumer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLabelLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The one look of every chart of the report: black ink on white, light grey grid lines, one blue
 * for bars, sans-serif text at sizes that read in print; and the set-up that every kind of chart
 * shares (axes, plot, value labels, markers, the SVG element).
 */
public final class ChartStyle {
  /** The width of a chart in SVG pixels; the page scales it to the width it has. */
  public static final int WIDTH = 760;

  /**
   * The width of a chart drawn for a phone, in SVG pixels: about a phone's width in CSS pixels, so
   * that its text keeps nearly its size when the page scales the chart to the screen.
   */
  public static final int NARROW = 400;

  /** Text, lines and outlines. */
  public static final Color INK = new Color(0x22, 0x22, 0x22);

  /** Grid lines. */
  public static final Color GRID = new Color(0xc8, 0xc8, 0xc8);

  /** Bars, and the outline of light segments. */
  public static final Color BAR = new Color(0x3a, 0x66, 0x94);

  /** The fill of a first series, light enough for dark labels. */
  public static final Color FIRST = new Color(0x9d, 0xbb, 0xd9);

  /** The fill of a second series, lighter still. */
  public static final Color SECOND = new Color(0xe8, 0xef, 0xf7);

  /** A chart's title. */
  public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);

  /** An axis label. */
  public static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

  /** Tick labels and the values printed on a chart. */
  public static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

  private ChartStyle() {}

  /**
   * The numbers of a chart, as {@link Numbers#label} prints them ({@code 1,234.5}), for
   * JFreeChart's axes and label generators.
   */
  static NumberFormat numbers() {
    return new LabelFormat();
  }

  /**
   * Renders a drawing of {@code width} × {@code height} to an SVG element with id {@code id} that
   * scales to fit its container.
   */
  public static String svg(String id, int width, int height, Consumer<Graphics2D> draw) {
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

  /**
   * Renders {@code chart} {@code width} wide and {@code height} high, as the element {@link
   * Chart#svg(int)} describes. Narrower than {@link #WIDTH}, a category label may take three lines
   * and the horizontal axis's label ends at the plot's right end, so that neither is cut.
   */
  static String svg(JFreeChart chart, ChartSpec spec, int width, int height) {
    if (width < WIDTH) {
      narrow(chart.getPlot());
    }
    String id = width == WIDTH ? spec.id() : spec.id() + "-" + width;
    return svg(id, width, height, g -> chart.draw(g, new Rectangle(0, 0, width, height)));
  }

  private static void narrow(Plot plot) {
    if (plot instanceof CategoryPlot category) {
      category.getDomainAxis().setMaximumCategoryLabelLines(3);
      ValueAxis values = category.getRangeAxis();
      values.setLabelLocation(AxisLabelLocation.HIGH_END);
      // Value labels beside the bars take a larger share of a narrow plot.
      if (values.getUpperMargin() >= 0.1) {
        values.setUpperMargin(values.getUpperMargin() + 0.1);
      }
      if (values.getLowerMargin() >= 0.1) {
        values.setLowerMargin(values.getLowerMargin() + 0.1);
      }
    } else if (plot instanceof XYPlot xy) {
      xy.getDomainAxis().setLabelLocation(AxisLabelLocation.HIGH_END);
    }
  }

  /**
   * The height of a horizontal bar chart with {@code bars} bars, at least enough for the category
   * axis's label (written upwards beside the bars) to fit uncut.
   */
  static int height(int bars, ChartSpec spec) {
    return Math.max(110 + 34 * Math.max(1, bars), verticalRoom(spec.categoryAxis()));
  }

  /** The height a chart needs for {@code label} written upwards beside its plot. */
  static int verticalRoom(String label) {
    return METRICS.stringWidth(label) + 130;
  }

  /** Text widths in {@link #TICK}, for fitting labels before drawing. */
  static int textWidth(String text) {
    return TICK_METRICS.stringWidth(text);
  }

  private static final FontMetrics METRICS = metrics(LABEL);
  private static final FontMetrics TICK_METRICS = metrics(TICK);

  private static FontMetrics metrics(Font font) {
    return new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB)
        .createGraphics()
        .getFontMetrics(font);
  }

  /** A chart titled as {@code spec} says, around {@code plot}, on white, without a legend. */
  static JFreeChart chart(ChartSpec spec, Plot plot) {
    JFreeChart chart = new JFreeChart(spec.title(), TITLE, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(6, 6, 6, 6));
    TextTitle heading = chart.getTitle();
    heading.setPaint(INK);
    heading.setMargin(new RectangleInsets(0, 0, 8, 0));
    chart.setAntiAlias(true);
    return chart;
  }

  /**
   * A number axis labelled {@code label}, including zero, its ticks printed as {@link #numbers}.
   */
  static NumberAxis valueAxis(String label) {
    NumberAxis axis = new NumberAxis(label);
    axis.setLabelFont(LABEL);
    axis.setTickLabelFont(TICK);
    axis.setTickLabelPaint(INK);
    axis.setLabelPaint(INK);
    axis.setNumberFormatOverride(numbers());
    axis.setAutoRangeIncludesZero(true);
    return axis;
  }

  /**
   * A horizontal bar plot of {@code dataset} drawn by {@code renderer} (given the flat bars of
   * {@link #flat}), with the axes {@code spec} labels.
   */
  static CategoryPlot horizontalBars(
      CategoryDataset dataset, BarRenderer renderer, ChartSpec spec) {
    CategoryAxis categories = new CategoryAxis(spec.categoryAxis());
    categories.setLabelFont(LABEL);
    categories.setTickLabelFont(TICK);
    categories.setTickLabelPaint(INK);
    categories.setLabelPaint(INK);
    categories.setMaximumCategoryLabelWidthRatio(0.45f);
    categories.setMaximumCategoryLabelLines(2);
    categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    categories.setCategoryMargin(0.25);
    flat(renderer);
    CategoryPlot plot =
        new CategoryPlot(dataset, categories, valueAxis(spec.valueAxis()), renderer);
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

  /** Flat bars without shadows, narrow unless a chart widens them. */
  static void flat(BarRenderer renderer) {
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.12);
    renderer.setItemMargin(0);
  }

  /** Prints on every bar the label {@code labels} gives it, in ink, at {@code position}. */
  static void valueLabels(
      BarRenderer renderer, CategoryItemLabelGenerator labels, ItemLabelPosition position) {
    renderer.setDefaultItemLabelGenerator(labels);
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(TICK);
    renderer.setDefaultItemLabelPaint(INK);
    renderer.setDefaultPositiveItemLabelPosition(position);
  }

  /** Outlines every bar in {@code paint}, one pixel wide. */
  static void outlined(BarRenderer renderer, Color paint) {
    renderer.setDrawBarOutline(true);
    renderer.setDefaultOutlineStroke(new BasicStroke(1f));
    renderer.setDefaultOutlinePaint(paint);
  }

  /** A dashed line across the plot at {@code value}, labelled {@code label} in ink. */
  static ValueMarker dashedMarker(double value, String label, float width, float dash, float gap) {
    ValueMarker marker = new ValueMarker(value);
    marker.setPaint(INK);
    marker.setStroke(
        new BasicStroke(
            width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {dash, gap}, 0f));
    marker.setLabel(label);
    marker.setLabelFont(TICK);
    marker.setLabelPaint(INK);
    return marker;
  }

  /** A dataset of one row per series and one column per category, in the given orders. */
  static DefaultCategoryDataset dataset(List<String> categories, List<Series> series) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Series s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException(
            "series '"
                + s.name()
                + "' has "
                + s.values().size()
                + " values for "
                + categories.size()
                + " categories");
      }
      for (int i = 0; i < categories.size(); i++) {
        dataset.addValue(s.values().get(i), s.name(), categories.get(i));
      }
    }
    return dataset;
  }

  /** {@link Numbers#label} as a {@link NumberFormat}; formatting only. */
  private static final class LabelFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
      return toAppendTo.append(Numbers.label(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
      return toAppendTo.append(Numbers.label(number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
      throw new UnsupportedOperationException("chart numbers are only printed");
    }
  }
}
