package dev.leverage.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the reports of the built-in examples in headless Chromium on a phone (390 CSS pixels wide),
 * a desktop (1280) and an A4 page in print: no console error, no request to the network, every
 * chart drawn with readable text and no label cut, and nothing wider than the page. Screenshots
 * ({@code target/report-390.png}, {@code report-1280.png}, {@code report-pm-lead-*.png}, {@code
 * report-print.png}) and PDFs printed on A4 and Letter ({@code target/report-a4.pdf}, {@code
 * report-letter.pdf}) land in {@code target/}. Skipped where no Chromium is installed (CI installs
 * Debian's).
 */
class ReportInBrowserTest {
  @TempDir Path dir;

  private static Path chromium() {
    Optional<Path> binary = Chromium.binary();
    assumeTrue(
        binary.isPresent(),
        "no Chromium found (looked for $CHROMIUM, /usr/bin/chromium, /usr/bin/chromium-browser,"
            + " /usr/bin/google-chrome): the browser test is skipped; install it with"
            + " apt-get install chromium");
    return binary.get();
  }

  private Path report(String example, String... options) {
    try {
      Path scenario = dir.resolve(example + ".yaml");
      Files.writeString(scenario, CalculatorRun.of("--example", example, "--print").out());
      Path report = dir.resolve(example + options.length + ".html");
      List<String> args =
          new ArrayList<>(List.of("report", scenario.toString(), "-o", report.toString()));
      args.addAll(List.of(options));
      CalculatorRun run = CalculatorRun.of(args.toArray(String[]::new));
      assertThat(run.status()).as(run.err()).isZero();
      return report;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The charts the page shows (each is drawn twice, for a wide page and for a phone). */
  private static final String VISIBLE_CHARTS =
      "[...document.querySelectorAll('svg.chart')].filter(s => s.getBoundingClientRect().width > 0)";

  /** How far the page is wider than its window, in CSS pixels: 0 when nothing scrolls sideways. */
  private static final String OVERFLOW =
      "document.documentElement.scrollWidth - document.documentElement.clientWidth";

  /** The innermost elements that reach past the page's right edge, to say what overflows. */
  private static final String TOO_WIDE =
      "JSON.stringify([...document.querySelectorAll('body *')]"
          + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
          + ".filter(e => ![...e.children].some(c => c.getBoundingClientRect().right"
          + " > document.documentElement.clientWidth + 1))"
          + ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + e.textContent.substring(0, 40)))";

  /** The size in CSS pixels of a chart's 12px text as shown, for the smallest chart. */
  private static final String SMALLEST_TEXT =
      "Math.min(..."
          + VISIBLE_CHARTS
          + ".map(s => 12 * s.getBoundingClientRect().width / s.viewBox.baseVal.width))";

  /**
   * Every chart label that reaches past its chart's edges (a cut label): its text, or for text
   * drawn turned (as glyph outlines), the outline's path.
   */
  private static final String CUT_LABELS =
      VISIBLE_CHARTS
          + ".flatMap(s => { const b = s.getBoundingClientRect();"
          + " return [...s.querySelectorAll('text, g[transform]')]"
          + ".filter(t => { const r = t.getBoundingClientRect();"
          + " return r.left < b.left - 1 || r.right > b.right + 1"
          + " || r.top < b.top - 1 || r.bottom > b.bottom + 1; })"
          + ".map(t => s.id + ': ' + (t.textContent || t.innerHTML.substring(0, 60))); })";

  @Test
  void theReportReadsOnAPhoneOnADesktopAndOnPaper() throws Exception {
    Path browser = chromium();
    Path report = report("week");
    Path team = report("pm-lead");

    try (Chromium chromium = Chromium.start(browser, dir)) {
      for (int width : new int[] {390, 1280}) {
        chromium.viewport(width, 900, "screen");
        assertReadable(chromium, report, width, 6);
        assertThat(chromium.evaluate("document.title").asText())
            .isEqualTo("Leverage report: week.yaml");
        if (width > 600) {
          // On a wide page every chart is laid out at its readable size, not collapsed.
          assertThat(
                  chromium
                      .evaluate(
                          "Math.min(..."
                              + VISIBLE_CHARTS
                              + ".map(s => s.getBoundingClientRect().width))")
                      .asDouble())
              .isGreaterThan(600);
        }
        chromium.screenshot(Path.of("target", "report-" + width + ".png"), "screen");
        assertReadable(chromium, team, width, 6);
        chromium.screenshot(Path.of("target", "report-pm-lead-" + width + ".png"), "screen");
      }
      // On paper: A4 is the narrower page (210 mm less 14 mm margins each side); nothing wider.
      chromium.viewport(688, 1000, "print");
      assertReadable(chromium, team, 688, 6);
      assertReadable(chromium, report, 688, 6);
      chromium.screenshot(Path.of("target", "report-print.png"), "print");
      for (String paper : new String[] {"a4", "letter"}) {
        byte[] pdf =
            paper.equals("a4") ? chromium.pdf(210 / 25.4, 297 / 25.4) : chromium.pdf(8.5, 11);
        Path file = Path.of("target", "report-" + paper + ".pdf");
        Files.write(file, pdf);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
            .isEqualTo("%PDF-");
        assertThat(pdf.length).as(paper).isGreaterThan(10_000);
      }
    }
    assertThat(Path.of("target", "report-390.png")).isNotEmptyFile();
  }

  /**
   * Opens {@code page} and checks that it does not scroll sideways, shows {@code charts} charts
   * whose text is at least 9 CSS pixels high, and cuts no chart label.
   */
  private static void assertReadable(Chromium chromium, Path page, int width, int charts)
      throws Exception {
    chromium.open(page);
    String at = page.getFileName() + " at " + width + " px";
    assertThat(chromium.problems()).as(at).isEmpty();
    assertThat(chromium.evaluate(OVERFLOW).asDouble())
        .as(at + ": " + chromium.evaluate(TOO_WIDE).asText())
        .isLessThanOrEqualTo(0);
    assertThat(chromium.evaluate(VISIBLE_CHARTS + ".length").asInt()).as(at).isEqualTo(charts);
    assertThat(chromium.evaluate(SMALLEST_TEXT).asDouble()).as(at).isGreaterThanOrEqualTo(9);
    assertThat(chromium.evaluate("JSON.stringify(" + CUT_LABELS + ")").asText())
        .as(at)
        .isEqualTo("[]");
  }

  @Test
  void theQuarterReportsWeekByWeekChartsReadOnAPhoneOnADesktopAndOnPaper() throws Exception {
    Path browser = chromium();
    // The week's six charts and a week-by-week chart for each of its two managers; the product
    // lead's six and one for each manager with candidates (the coach's include coaching steps).
    Path week = report("week", "--weeks", "13");
    Path team = report("pm-lead", "--weeks", "13");

    try (Chromium chromium = Chromium.start(browser, dir)) {
      for (int width : new int[] {390, 1280}) {
        chromium.viewport(width, 900, "screen");
        assertReadable(chromium, week, width, 8);
        chromium.screenshot(Path.of("target", "report-quarter-" + width + ".png"), "screen");
        chromium.open(team);
        int schedules = managersWithCandidates(chromium);
        assertThat(schedules).isPositive();
        assertReadable(chromium, team, width, 6 + schedules);
      }
      chromium.viewport(688, 1000, "print");
      assertReadable(chromium, week, 688, 8);
    }
  }

  /** How many week-by-week charts the open page shows. */
  private static int managersWithCandidates(Chromium chromium) throws Exception {
    return chromium
        .evaluate(VISIBLE_CHARTS + ".filter(s => s.id.startsWith('chart-schedule-')).length")
        .asInt();
  }

  @Test
  void aPageWithAConsoleErrorOrANetworkRequestIsCaught() throws Exception {
    Path browser = chromium();
    Path page = dir.resolve("broken.html");
    Files.writeString(
        page,
        "<!DOCTYPE html><html><head><title>broken</title></head><body>"
            + "<img src=\"http://127.0.0.1:9/missing.png\"/>"
            + "<script>console.error('deliberate'); undefinedFunction();</script>"
            + "</body></html>");

    try (Chromium chromium = Chromium.start(browser, dir)) {
      chromium.open(page);

      assertThat(chromium.problems())
          .anyMatch(p -> p.startsWith("console.error") && p.contains("deliberate"))
          .anyMatch(p -> p.startsWith("uncaught exception") && p.contains("undefinedFunction"))
          .anyMatch(p -> p.equals("network request: http://127.0.0.1:9/missing.png"));
    }
  }
}
