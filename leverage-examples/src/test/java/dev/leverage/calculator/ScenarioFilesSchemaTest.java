package dev.leverage.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leverage.file.SchemaCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every scenario file of the calculator, built-in example or test scenario, fits the schema. */
class ScenarioFilesSchemaTest {
  private static final Path MODULE = Path.of(System.getProperty("basedir", "."));

  private static List<Path> scenarios(String directory) throws IOException {
    try (Stream<Path> files = Files.list(MODULE.resolve(directory))) {
      return files.filter(f -> f.toString().matches(".*\\.(yaml|yml|json)")).sorted().toList();
    }
  }

  @Test
  void everyBuiltInExampleAndTestScenarioIsValid() throws IOException {
    List<Path> files = new java.util.ArrayList<>();
    files.addAll(scenarios("src/main/resources/dev/leverage/calculator/examples"));
    files.addAll(scenarios("src/test/resources/scenarios"));

    assertThat(files).hasSizeGreaterThanOrEqualTo(9);
    for (Path file : files) {
      assertThat(SchemaCheck.errors(Files.readString(file))).as(file.toString()).isEmpty();
    }
  }
}
