package dev.leverage.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leverage.DelayedAndFixedExample;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** {@code starts} on effects and {@code fixed} on activities in scenario files (§9). */
class DelayedAndFixedReadingTest {
  static final String YAML =
      """
      horizon: 12w
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
            - {team: checkout, uplift: 0.10, lasts: 12w}
            - {team: payments, uplift: 0.05}
        - id: groom-backlog
          kind: optimization
          time: 3h
          effects:
            - {team: checkout, uplift: 0.03, lasts: 2w}
        - id: hire
          time: 4h
          effects:
            - {team: checkout, uplift: 0.10, starts: 4w}
        - id: one-to-ones
          kind: coaching
          fixed: weekly
          time: 5h
          effects:
            - {team: checkout, uplift: 0.02}
        - id: review
          fixed: once
          time: 2h
          requires: [one-to-ones]
          effects:
            - {team: payments, uplift: 0.05}
      """;

  @Test
  void startsAndFixedReadAsTheModelBuiltInJava() {
    assertThat(ScenarioReader.yaml().read(YAML)).isEqualTo(DelayedAndFixedExample.scenario());
  }

  @Test
  void anUnknownCommitmentIsNamedWithTheKnownOnes() {
    InvalidModelException e =
        ScenarioReaderTest.problems(YAML.replace("fixed: once", "fixed: daily"));
    assertThat(e.problems())
        .extracting(Problem::toString)
        .singleElement()
        .asString()
        .startsWith("activities[4].fixed: ")
        .contains("once")
        .contains("weekly");
  }

  @Test
  void aNegativeOrHourlyStartIsRefusedAtItsPath() {
    InvalidModelException e = ScenarioReaderTest.problems(YAML.replace("starts: 4w", "starts: 4h"));
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("activities[2].effects[0].starts");
  }

  @Test
  void aStartBeyondTheHorizonIsAllowedAndWorthNothing() {
    Scenario scenario = ScenarioReader.yaml().read(YAML.replace("starts: 4w", "starts: 20w"));
    assertThat(scenario.output(scenario.activity("hire").orElseThrow()).output()).isEqualTo(0.0);
  }
}
