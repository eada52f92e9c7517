package dev.leverage.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the reports of the built-in examples in headless Chromium: no console error, no request to
 * the network, every chart drawn. Screenshots of the page on screen and in print land in {@code
 * target/}. Skipped where no Chromium is installed (CI installs Debian's).
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

  private Path report(String example) {
    try {
      Path scenario = dir.resolve(example + ".yaml");
      Files.writeString(scenario, CalculatorRun.of("--example", example, "--print").out());
      Path report = dir.resolve(example + ".html");
      CalculatorRun run = CalculatorRun.of("report", scenario.toString(), "-o", report.toString());
      assertThat(run.status()).as(run.err()).isZero();
      return report;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theReportOpensWithoutErrorsOrNetworkAndShowsEveryChart() throws Exception {
    Path browser = chromium();
    Path report = report("week");
    Path team = report("pm-lead");

    try (Chromium chromium = Chromium.start(browser, dir)) {
      chromium.open(team);
      assertThat(chromium.problems()).as(chromium.log()).isEmpty();
      assertThat(chromium.evaluate("document.querySelectorAll('svg.chart').length").asInt())
          .isEqualTo(4);
      chromium.screenshot(Path.of("target", "report-pm-lead.png"), "screen");

      chromium.open(report);

      assertThat(chromium.problems()).as(chromium.log()).isEmpty();
      assertThat(chromium.evaluate("document.title").asText())
          .isEqualTo("Leverage report: week.yaml");
      assertThat(chromium.evaluate("document.querySelectorAll('svg.chart').length").asInt())
          .isEqualTo(8);
      // Every chart is laid out at a readable size, not collapsed.
      assertThat(
              chromium
                  .evaluate(
                      "Math.min(...[...document.querySelectorAll('svg.chart')]"
                          + ".map(s => s.getBoundingClientRect().width))")
                  .asDouble())
          .isGreaterThan(600);
      chromium.screenshot(Path.of("target", "report-screen.png"), "screen");
      chromium.screenshot(Path.of("target", "report-print.png"), "print");
    }
    assertThat(Path.of("target", "report-screen.png")).isNotEmptyFile();
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
