package dev.leverage.calculator;

import static dev.leverage.calculator.ScoreCommandTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import dev.leverage.scoring.ScoringStrategy;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's strategy in a jar of their own, built here from source as a user would, then used from
 * the command line with {@code --classpath}: found by name through ServiceLoader, or by class name.
 */
class PluginJarTest {
  private static final String BACKLOG = resource("backlog.yaml");

  private static final String SHORTEST_FIRST =
      """
      package com.example.scoring;

      import dev.leverage.activity.Activity;
      import dev.leverage.scoring.Score;
      import dev.leverage.scoring.ScoringContext;
      import dev.leverage.scoring.ScoringStrategy;
      import java.util.Map;

      /** Quick wins first: the score is 1 / hours. */
      public final class ShortestFirst implements ScoringStrategy {
        @Override
        public Score score(Activity activity, ScoringContext context) {
          return Score.single("1 / hours", 1 / activity.hours(), Map.of("hours", activity.hours()));
        }

        @Override
        public String name() {
          return "shortest-first";
        }
      }
      """;

  private static final String LONGEST_FIRST =
      """
      package com.example.scoring;

      import dev.leverage.activity.Activity;
      import dev.leverage.scoring.Score;
      import dev.leverage.scoring.ScoringContext;
      import dev.leverage.scoring.ScoringStrategy;
      import java.util.Map;

      /** Not listed in META-INF/services, and without a name: found by its class name. */
      public final class LongestFirst implements ScoringStrategy {
        @Override
        public Score score(Activity activity, ScoringContext context) {
          return Score.single("hours", activity.hours(), Map.of());
        }
      }
      """;

  private static final String NOT_A_STRATEGY =
      """
      package com.example.scoring;

      public final class NotAStrategy {}
      """;

  @TempDir static Path dir;
  static Path jar;

  @BeforeAll
  static void buildThePlugInJar() throws IOException, URISyntaxException {
    Path sources = dir.resolve("src/com/example/scoring");
    Files.createDirectories(sources);
    Files.writeString(sources.resolve("ShortestFirst.java"), SHORTEST_FIRST);
    Files.writeString(sources.resolve("LongestFirst.java"), LONGEST_FIRST);
    Files.writeString(sources.resolve("NotAStrategy.java"), NOT_A_STRATEGY);
    Path classes = Files.createDirectories(dir.resolve("classes"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> arguments = new ArrayList<>();
    arguments.addAll(
        List.of(
            "--release",
            "17",
            "-d",
            classes.toString(),
            "-classpath",
            locationOf(ScoringStrategy.class)
                + File.pathSeparator
                + locationOf(ImmutableList.class)));
    try (Stream<Path> files = Files.list(sources)) {
      files.map(Path::toString).forEach(arguments::add);
    }
    int status = javac.run(null, null, null, arguments.toArray(String[]::new));
    assertThat(status).as("javac of the plug-in").isZero();

    jar = dir.resolve("my-strategies.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> compiled = Files.walk(classes)) {
      for (Path file : compiled.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, out);
        out.closeEntry();
      }
      out.putNextEntry(new JarEntry("META-INF/services/" + ScoringStrategy.class.getName()));
      write(out, "# a user's strategies\ncom.example.scoring.ShortestFirst\n");
      out.closeEntry();
    }
  }

  private static String locationOf(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode json(String... args) throws IOException {
    CalculatorRun run = CalculatorRun.of(args);
    assertThat(run.status()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  private static List<String> ids(JsonNode json) {
    List<String> ids = new ArrayList<>();
    json.get("activities").forEach(a -> ids.add(a.get("id").asText()));
    return ids;
  }

  @Test
  void findsAPlugInByItsNameThroughServiceLoader() throws IOException {
    JsonNode json =
        json(
            "score",
            BACKLOG,
            "--strategy",
            "shortest-first",
            "--classpath",
            jar.toString(),
            "--format",
            "json");

    assertThat(json.get("strategy").asText()).isEqualTo("shortest-first");
    assertThat(ids(json))
        .containsExactly(
            "fix-checkout-bug",
            "dark-mode",
            "pricing-experiment",
            "platform-roadmap",
            "onboarding-redesign");
    assertThat(json.get("activities").get(0).get("score").asDouble()).isEqualTo(0.5);
  }

  @Test
  void findsAPlugInByItsClassNameAndNamesItSo() throws IOException {
    JsonNode json =
        json(
            "score",
            BACKLOG,
            "--strategy",
            "com.example.scoring.LongestFirst",
            "--classpath",
            jar.toString(),
            "--format",
            "json");

    assertThat(json.get("strategy").asText()).isEqualTo("com.example.scoring.LongestFirst");
    assertThat(ids(json)).first().isEqualTo("onboarding-redesign");
  }

  @Test
  void comparesThePlugInWithTheBuiltInStrategies() {
    CalculatorRun run = CalculatorRun.of("strategies", BACKLOG, "--classpath", jar.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("used: leverage, rice, ice, wsjf, shortest-first\n");
  }

  @Test
  void withoutTheJarThePlugInIsAnUnknownStrategy() {
    CalculatorRun run = CalculatorRun.of("score", BACKLOG, "--strategy", "shortest-first");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains("--strategy: unknown strategy 'shortest-first'", "confident-leverage");
  }

  @Test
  void aClassThatIsNoStrategyOrAMissingJarIsBadInput() {
    CalculatorRun notAStrategy =
        CalculatorRun.of(
            "score",
            BACKLOG,
            "--strategy",
            "com.example.scoring.NotAStrategy",
            "--classpath",
            jar.toString());
    assertThat(notAStrategy.status()).isEqualTo(2);
    assertThat(notAStrategy.err())
        .contains(
            "--strategy: class 'com.example.scoring.NotAStrategy' does not implement"
                + " dev.leverage.scoring.ScoringStrategy");

    CalculatorRun unknownClass =
        CalculatorRun.of(
            "score", BACKLOG, "--strategy", "com.example.Nope", "--classpath", jar.toString());
    assertThat(unknownClass.status()).isEqualTo(2);
    assertThat(unknownClass.err()).contains("nor is there a class 'com.example.Nope'");

    CalculatorRun missingJar =
        CalculatorRun.of(
            "score", BACKLOG, "--strategy", "shortest-first", "--classpath", "no/such.jar");
    assertThat(missingJar.status()).isEqualTo(2);
    assertThat(missingJar.err()).contains("--classpath: no such jar or directory 'no/such.jar'");
    assertThat(missingJar.out()).isEmpty();
  }
}
