package dev.leverage.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leverage.WorkedExample;
import dev.leverage.activity.Activity;
import dev.leverage.scenario.Scenario;
import dev.leverage.unit.Effort;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "read a file, change it, write it" snippet of README.md, kept compiling and true. */
class ReadChangeWriteTest {
  @TempDir Path dir;

  @Test
  void theReadmeSnippetReadsChangesAndWritesAScenario() throws IOException {
    Files.writeString(
        dir.resolve("week.yaml"), ScenarioWriter.yaml().write(WorkedExample.scenario()));

    Scenario week;
    try (Reader in = Files.newBufferedReader(dir.resolve("week.yaml"))) {
      week = ScenarioReader.forFile("week.yaml").read(in);
    }
    Activity vision = week.activity("write-vision").orElseThrow();
    Scenario shorter = week.withActivity(vision.toBuilder().time(Effort.ofHours(4)).build());
    try (Writer out = Files.newBufferedWriter(dir.resolve("week-shorter.yaml"))) {
      ScenarioWriter.yaml().write(shorter, out);
    }

    String written = Files.readString(dir.resolve("week-shorter.yaml"));
    assertThat(written).contains("  - id: write-vision\n    kind: foundation\n    time: 4h\n");
    assertThat(ScenarioReader.yaml().read(written).activity("write-vision").orElseThrow().hours())
        .isEqualTo(4.0);
  }
}
