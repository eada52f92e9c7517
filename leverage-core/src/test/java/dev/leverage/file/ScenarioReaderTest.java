package dev.leverage.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.WorkedExample;
import dev.leverage.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading the scenario format of MODEL.md §9 from text. */
class ScenarioReaderTest {

  static String resource(String name) throws IOException {
    try (InputStream in = ScenarioReaderTest.class.getResourceAsStream("/scenarios/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static InvalidModelException problems(ScenarioReader reader, String text) {
    try {
      reader.read(text);
    } catch (InvalidModelException e) {
      return e;
    }
    throw new AssertionError("read without problems: " + text);
  }

  static InvalidModelException problems(String yaml) {
    return problems(ScenarioReader.yaml(), yaml);
  }

  @Test
  void theWorkedExampleReadsAsTheModelBuiltInJava() throws IOException {
    assertThat(ScenarioReader.yaml().read(resource("worked-example.yaml")))
        .isEqualTo(WorkedExample.scenario());
    assertThat(ScenarioReader.json().read(resource("worked-example.json")))
        .isEqualTo(WorkedExample.scenario());
  }

  @Test
  void titleAndUnitAreReadAndTheUnitIsOutputUnitsUnlessSet() {
    String body = "teams: [{id: t, output: 1}]\nmanagers: [{id: m, owns: [t]}]\n";

    Scenario labelled = ScenarioReader.yaml().read("title: 'Q1: Alice'\nunit: k$ ARR\n" + body);
    Scenario plain = ScenarioReader.yaml().read(body);

    assertThat(labelled.title()).contains("Q1: Alice");
    assertThat(labelled.unit()).isEqualTo("k$ ARR");
    assertThat(plain.title()).isEmpty();
    assertThat(plain.unit()).isEqualTo("output units").isEqualTo(Scenario.DEFAULT_UNIT);
    assertThat(ScenarioWriter.yaml().write(labelled)).startsWith("title: \"Q1: Alice\"\nunit:");
    assertThat(ScenarioWriter.yaml().write(plain)).doesNotContain("title").doesNotContain("unit");
  }

  @Test
  void aBlankTitleOrUnitIsRefusedAtItsPath() {
    InvalidModelException e =
        problems("title: ' '\nunit: ''\nteams: [{id: t, output: 1}]\nmanagers: [{id: m}]\n");

    assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder("title", "unit");
    assertThat(e.problems().get(0).message()).contains("must not be blank");
  }

  @Test
  void aReaderIsReadToItsEndAndLeftOpen() throws IOException {
    boolean[] closed = {false};
    Reader in =
        new StringReader(resource("worked-example.yaml")) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    Scenario scenario = ScenarioReader.forFile("week.yaml").read(in);

    assertThat(scenario).isEqualTo(WorkedExample.scenario());
    assertThat(closed[0]).isFalse();
  }

  @Test
  void theFormatFollowsTheFileName() {
    assertThat(ScenarioReader.forFile("a/b.JSON").format()).isEqualTo(ScenarioFormat.JSON);
    assertThat(ScenarioReader.forFile("b.yml").format()).isEqualTo(ScenarioFormat.YAML);
    assertThat(ScenarioReader.forFile("b").format()).isEqualTo(ScenarioFormat.YAML);
  }

  @Test
  void textLongerThanTheLimitIsRefusedWhileReading() throws IOException {
    Reader endless =
        new Reader() {
          long given;

          @Override
          public int read(char[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, ' ');
            given += length;
            if (given > 10_000_000) {
              throw new AssertionError("read far past the limit");
            }
            return length;
          }

          @Override
          public void close() {}
        };

    assertThatThrownBy(() -> ScenarioReader.yaml().withMaxCharacters(1000).read(endless))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("longer than 1000 characters");
  }

  @Test
  void aFailingReaderFailsWithItsOwnException() {
    Reader broken =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            throw new java.nio.charset.MalformedInputException(1);
          }

          @Override
          public void close() {}
        };

    assertThatThrownBy(() -> ScenarioReader.yaml().read(broken))
        .isInstanceOf(java.nio.charset.MalformedInputException.class);
    assertThatThrownBy(() -> ScenarioReader.json().read(broken))
        .isInstanceOf(java.nio.charset.MalformedInputException.class);
  }

  @Test
  void aMisspeltCharacteristicIsReportedAtItsPathWithTheClosestName() {
    InvalidModelException e =
        problems(
            """
            teams:
              - {id: checkout, output: 100}
            managers:
              - {id: carol, reports: [bob]}
              - {id: bob, owns: [checkout]}
            productManagers:
              - id: bob
                skills: {empathy: 3, communication: 2, timeManagement: 4, technology: 3,
                         busines: 2, business: 2, curiosity: 4, productKnowledge: 3}
                targets: {curiousity: 5}
            coaching:
              coach: carol
              importance: {empaty: 2}
            """);

    assertThat(e.problems())
        .extracting(Problem::path, Problem::message)
        .containsExactly(
            tuple(
                "productManagers[0].skills.busines",
                "unknown characteristic 'busines', did you mean 'business'? (line 9)"),
            tuple(
                "productManagers[0].targets.curiousity",
                "unknown characteristic 'curiousity', did you mean 'curiosity'? (line 10)"),
            tuple(
                "coaching.importance.empaty",
                "unknown characteristic 'empaty', did you mean 'empathy'? (line 13)"));
  }

  @Test
  void problemsCarryTheirPathAndLine() {
    InvalidModelException e =
        problems(
            """
            teams:
              - {id: checkout, output: 100}
            managers:
              - {id: alice, owns: [checkout]}
            activities:
              - id: a
                time: 1h
                effects:
                  - {team: checkout, uplift: -1.5}
            """);

    assertThat(e.problems())
        .extracting(Problem::toString)
        .singleElement()
        .asString()
        .startsWith("activities[0].effects[0].uplift: must be greater than -1")
        .endsWith("(line 9)");
  }

  @Test
  void withoutJacksonReadingSaysWhatToAdd() throws Exception {
    try (URLClassLoader loader = coreAndGuavaOnly()) {
      assertThatThrownBy(
              () -> loader.loadClass("com.fasterxml.jackson.dataformat.yaml.YAMLFactory"))
          .isInstanceOf(ClassNotFoundException.class);
      Class<?> readers = loader.loadClass(ScenarioReader.class.getName());
      Object reader = readers.getMethod("yaml").invoke(null);
      Method read = readers.getMethod("read", CharSequence.class);

      assertThatThrownBy(() -> read.invoke(reader, "teams: []"))
          .isInstanceOf(InvocationTargetException.class)
          .cause()
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("com.fasterxml.jackson.dataformat:jackson-dataformat-yaml")
          .hasMessageContaining("requires com.fasterxml.jackson.dataformat.yaml;");
    }
  }

  /**
   * A loader of leverage-core and Guava over the boot loader alone: on the module path the platform
   * loader would still find the Jackson modules of the boot layer.
   */
  private static URLClassLoader coreAndGuavaOnly() {
    return new URLClassLoader(
        new URL[] {locationOf(ScenarioReader.class), locationOf(ImmutableList.class)}, null);
  }

  private static URL locationOf(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  static Reader utf8(byte[] bytes) {
    return new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
  }
}
