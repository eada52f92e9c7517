package dev.leverage.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leverage.WorkedExample;
import dev.leverage.unit.CalendarTime;
import dev.leverage.unit.Effort;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The canonical text of a scenario: §9's order and units, only what differs from defaults. */
class ScenarioWriterTest {

  @Test
  void theWorkedExampleIsWrittenAsMODELSectionNineWritesIt() {
    assertThat(ScenarioWriter.yaml().write(WorkedExample.scenario()))
        .isEqualTo(
            """
            teams:
              - {id: checkout, output: 100}
              - {id: payments, output: 80}
              - {id: search, output: 60}
            managers:
              - id: alice
                owns: [checkout]
                influences: {payments: 0.5, search: 0.25}
                budget: 40h
            activities:
              - id: write-vision
                kind: foundation
                time: 6h
                effects:
                  - {team: checkout, uplift: 0.1, lasts: 12w}
                  - {team: payments, uplift: 0.05}
              - id: groom-backlog
                kind: optimization
                time: 3h
                effects:
                  - {team: checkout, uplift: 0.03, lasts: 2w}
            """);
  }

  @Test
  void jsonHasTheSameLayout() throws IOException {
    assertThat(ScenarioWriter.json().write(WorkedExample.scenario()))
        .startsWith(
            """
            {
              "teams": [
                {"id": "checkout", "output": 100},
            """)
        .contains(
            """
                  "time": "6h",
                  "effects": [
                    {"team": "checkout", "uplift": 0.1, "lasts": "12w"},
            """);
    assertThat(ScenarioReader.json().read(ScenarioWriter.json().write(WorkedExample.scenario())))
        .isEqualTo(WorkedExample.scenario());
  }

  @Test
  void commitmentsAndDelayedEffectsAreWrittenAndReadBack() {
    var scenario = ScenarioReader.yaml().read(DelayedAndFixedReadingTest.YAML);
    String written = ScenarioWriter.yaml().write(scenario);

    assertThat(written).contains("fixed: weekly").contains("fixed: once").contains("starts: 4w");
    assertThat(ScenarioReader.yaml().read(written)).isEqualTo(scenario);
  }

  @Test
  void effortAndCalendarTimeAreWrittenInTheirUnitsExactly() {
    assertThat(Effort.ofMinutes(90)).hasToString("1h30m");
    assertThat(Effort.ofMinutes(45)).hasToString("45m");
    assertThat(Effort.ofHours(6.000000001)).hasToString("6.000000001h");
    assertThat(Effort.ofHours(1e-7)).hasToString("0.0000001h");
    assertThat(CalendarTime.ofDays(17)).hasToString("2w3d");
    assertThat(CalendarTime.ofDays(3)).hasToString("3d");
    assertThat(CalendarTime.ofWeeks(0.123)).hasToString("0.123w");
  }

  @Test
  void textThatYamlWouldTakeForANumberOrABooleanIsQuoted() {
    String yaml =
        ScenarioWriter.yaml()
            .write(
                ScenarioReader.yaml()
                    .read(
                        """
                        teams: [{id: 007, output: 1}, {id: "no", output: 2}, {id: a.b, output: 1e-7}]
                        managers: [{id: "on", owns: [007, "no"]}]
                        """));

    assertThat(yaml)
        .contains(
            "{id: \"007\", output: 1}",
            "{id: \"no\", output: 2}",
            "{id: a.b, output: 1.0e-7}",
            "owns: [\"007\", \"no\"]");
  }
}
