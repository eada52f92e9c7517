package dev.leverage.calculator;

import static dev.leverage.calculator.ScoreCommandTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plug-in is someone else's code: when it has no name, throws, or returns no score, the
 * calculator names the plug-in and exits with 2 (MODEL.md §10); what is not a jar is refused.
 */
class PluginFailuresTest {
  private static final String BACKLOG = resource("backlog.yaml");

  @TempDir Path dir;

  /** A strategy in package {@code com.example.bad} with the given bodies of name() and score(). */
  private Path plugin(String className, String name, String score) {
    String source =
        """
        package com.example.bad;

        import dev.leverage.activity.Activity;
        import dev.leverage.scoring.Score;
        import dev.leverage.scoring.ScoringContext;
        import dev.leverage.scoring.ScoringStrategy;
        import java.util.Map;

        public final class %s implements ScoringStrategy {
          @Override
          public Score score(Activity activity, ScoringContext context) {
            %s
          }

          @Override
          public String name() {
            %s
          }
        }
        """
            .formatted(className, score, name);
    String qualified = "com.example.bad." + className;
    return PluginJars.build(dir, className, Map.of(qualified, source), List.of(qualified));
  }

  private static void assertBadInput(CalculatorRun run, String... expected) {
    assertThat(run.status()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(expected).doesNotContain("internal error", "\tat ");
  }

  @Test
  void aPlugInWithoutANameIsNamedByItsClass() {
    Path jar = plugin("Nameless", "return null;", "return Score.single(\"x\", 1, Map.of());");

    assertBadInput(
        CalculatorRun.of("score", BACKLOG, "--classpath", jar.toString()),
        "plug-in com.example.bad.Nameless: name() returned null");
    assertBadInput(
        CalculatorRun.of("strategies", BACKLOG, "--classpath", jar.toString()),
        "plug-in com.example.bad.Nameless: name() returned null");
  }

  @Test
  void aPlugInWhoseNameThrowsIsNamedByItsClass() {
    Path jar =
        plugin(
            "Broken",
            "throw new IllegalStateException(\"no name today\");",
            "return Score.single(\"x\", 1, Map.of());");

    assertBadInput(
        CalculatorRun.of("score", BACKLOG, "--classpath", jar.toString()),
        "plug-in com.example.bad.Broken: name() failed: IllegalStateException: no name today");
  }

  @Test
  void aPlugInThatThrowsWhileScoringIsNamedWithTheActivity() {
    Path jar =
        plugin("Thrower", "return \"thrower\";", "throw new ArithmeticException(\"/ by zero\");");

    CalculatorRun score =
        CalculatorRun.of("score", BACKLOG, "--strategy", "thrower", "--classpath", jar.toString());

    assertBadInput(
        score,
        "activities[0]: plug-in 'thrower' (com.example.bad.Thrower) failed: ArithmeticException:"
            + " / by zero on activity",
        "this is a defect of the plug-in");
  }

  @Test
  void aPlugInThatReturnsNoScoreIsNamedWithTheActivity() {
    Path jar = plugin("Silent", "return \"silent\";", "return null;");

    assertBadInput(
        CalculatorRun.of("score", BACKLOG, "--strategy", "silent", "--classpath", jar.toString()),
        "plug-in 'silent' (com.example.bad.Silent) returned no score (null) on activity");
    assertBadInput(
        CalculatorRun.of(
            "score",
            BACKLOG,
            "--strategy",
            "com.example.bad.Silent",
            "--classpath",
            jar.toString()),
        "returned no score (null)");
  }

  @Test
  void aStrategiesComparisonSkipsAPlugInThatCannotScoreAndSaysWhy() {
    Path jar = plugin("Silent", "return \"silent\";", "return null;");

    CalculatorRun run = CalculatorRun.of("strategies", BACKLOG, "--classpath", jar.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("skipped silent: ", "returned no score (null)");
  }

  @Test
  void aTextFileGivenAsAJarIsRefused() throws IOException {
    Path notes = Files.writeString(dir.resolve("notes.jar"), "these are my notes, not classes\n");

    assertBadInput(
        CalculatorRun.of("score", BACKLOG, "--classpath", notes.toString()),
        "--classpath: '" + notes + "' is not a jar (a zip file of classes)");
  }

  @Test
  void aDeviceGivenAsAJarIsRefusedWithoutOpeningIt() {
    assertBadInput(
        CalculatorRun.of("score", BACKLOG, "--classpath", "/dev/zero"),
        "--classpath: '/dev/zero' is a device, FIFO or socket");
  }
}
