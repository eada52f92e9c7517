package dev.leverage.report;

import dev.leverage.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The leverage report: one self-contained HTML page (no network, no scripts, a print stylesheet and
 * a phone layout) that opens with the decision (each manager's plan, its reasons and how sure it
 * is), then a section per aspect of the scenario, each with inline SVG charts and the figures as
 * tables.
 *
 * <p>The page is the same for the same scenario and source name: it holds no timestamp.
 */
public final class Report {
  private static final List<ReportSection> SECTIONS =
      List.of(
          new DecisionSection(),
          new ManagersOutputSection(),
          new LeverageSection(),
          new PlanSection(),
          new ScheduleSection(),
          new FrontierSection(),
          new SensitivitySection(),
          new InfluenceMapSection(),
          new CoachingSection(),
          new PortfolioSection());

  static {
    // Charts measure text with AWT; a report never needs a display.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  /** What the page and the calculator say when no section has anything to show. */
  public static final String NOTHING = "nothing to report: no managers and no activities";

  private Report() {}

  /** The built-in sections, in the order they appear. */
  public static List<ReportSection> sections() {
    return SECTIONS;
  }

  /** The report of {@code context} with the built-in sections. */
  public static String html(ReportContext context) {
    return html(context, SECTIONS);
  }

  /** The report of {@code scenario}, read from {@code source}, with the built-in sections. */
  public static String html(Scenario scenario, String source) {
    return html(ReportContext.of(scenario, source));
  }

  /**
   * The report of {@code context} with {@code sections}; a section whose body is empty is left out,
   * along with its entry in the contents.
   */
  public static String html(ReportContext context, List<ReportSection> sections) {
    return page(context, sections).html();
  }

  /**
   * A report page: its HTML and the titles of the sections it holds.
   *
   * @param html the whole page
   * @param sections the titles of the sections shown, in order
   */
  public record Page(String html, List<String> sections) {
    /** Copies the titles. */
    public Page {
      sections = List.copyOf(sections);
    }
  }

  /** The page of {@code context} with {@code sections}, as {@link #html(ReportContext, List)}. */
  public static Page page(ReportContext context, List<ReportSection> sections) {
    Scenario scenario = context.scenario();
    StringBuilder body = new StringBuilder();
    StringBuilder contents = new StringBuilder();
    List<String> shown = new ArrayList<>();
    for (ReportSection section : sections) {
      Optional<String> html = section.body(context);
      if (html.isEmpty()) {
        continue;
      }
      shown.add(section.title());
      String id = Html.escape(section.id());
      String title = Html.escape(section.title());
      contents.append("<li><a href=\"#").append(id).append("\">").append(title).append("</a></li>");
      body.append("<section id=\"")
          .append(id)
          .append("\">\n<h2>")
          .append(title)
          .append("</h2>\n")
          .append(html.get())
          .append("</section>\n");
    }
    if (shown.isEmpty()) {
      body.append(Html.paragraph("N" + NOTHING.substring(1) + "."));
    }
    String source = Html.escape(context.source());
    String heading = scenario.title().map(Html::escape).orElse("Leverage report");
    String unit = Html.escape(scenario.unit());
    String html =
        "<!DOCTYPE html>\n"
            + "<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
            + " style-src 'unsafe-inline'; img-src data:\"/>\n"
            + "<title>"
            + scenario
                .title()
                .map(t -> Html.escape(t) + " (leverage report)")
                .orElse("Leverage report: " + source)
            + "</title>\n<style>\n"
            + stylesheet()
            + "</style>\n</head>\n<body>\n<header>\n<h1>"
            + heading
            + "</h1>\n<p class=\"meta\">"
            + "Scenario <code>"
            + source
            + "</code>: "
            + scenario.organization().teams().size()
            + plural(scenario.organization().teams().size(), " team")
            + ", "
            + scenario.organization().managers().size()
            + plural(scenario.organization().managers().size(), " manager")
            + ", "
            + scenario.activities().size()
            + plural(scenario.activities().size(), " activity", " activities")
            + "; effects count over a horizon of "
            + Html.escape(scenario.horizon().toString())
            + ". Output is in "
            + unit
            + " (team output per week); effort in hours"
            + " of the manager's time.</p>\n<nav aria-label=\"Contents\"><ol>"
            + contents
            + "</ol></nav>\n</header>\n<main>\n"
            + body
            + "</main>\n<footer><p>Made by the leverage calculator (<code>leverage report</code>)."
            + " The page is self-contained: it loads nothing from the network.</p></footer>\n"
            + "</body>\n</html>\n";
    return new Page(html, shown);
  }

  private static String plural(int count, String one) {
    return plural(count, one, one + "s");
  }

  private static String plural(int count, String one, String many) {
    return count == 1 ? one : many;
  }

  private static String stylesheet() {
    try (InputStream in = Report.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("missing resource report.css");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
