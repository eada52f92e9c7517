package dev.leverage.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leverage.LeverageDomain;
import dev.leverage.scenario.Scenario;
import dev.leverage.unit.CalendarTime;
import dev.leverage.unit.Effort;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What the writer writes, the reader reads back equal (MODEL.md §9), in YAML and in JSON. */
class ScenarioWriterProperties {

  @Provide
  Arbitrary<Scenario> wholeScenarios() {
    return LeverageDomain.wholeScenarios();
  }

  @Provide
  Arbitrary<ScenarioFormat> formats() {
    return Arbitraries.of(ScenarioFormat.class);
  }

  @Property(tries = 300)
  void readingWhatWasWrittenGivesTheSameScenario(
      @ForAll("wholeScenarios") Scenario scenario, @ForAll("formats") ScenarioFormat format) {
    String text = ScenarioWriter.of(format).write(scenario);

    assertThat(ScenarioReader.of(format).read(text)).as(text).isEqualTo(scenario);
  }

  @Property(tries = 100)
  void writingIsDeterministicAndWritingWhatWasReadGivesTheSameText(
      @ForAll("wholeScenarios") Scenario scenario, @ForAll("formats") ScenarioFormat format) {
    String text = ScenarioWriter.of(format).write(scenario);

    assertThat(ScenarioWriter.of(format).write(ScenarioReader.of(format).read(text)))
        .isEqualTo(text);
  }

  @Property(tries = 200)
  void yamlAndJsonDescribeTheSameScenario(@ForAll("wholeScenarios") Scenario scenario) {
    Scenario viaYaml = ScenarioReader.yaml().read(ScenarioWriter.yaml().write(scenario));

    assertThat(ScenarioReader.json().read(ScenarioWriter.json().write(viaYaml)))
        .isEqualTo(scenario);
  }

  @Property
  void anEffortReadsBackFromItsTextExactly(@ForAll double hours) {
    Effort effort = Effort.ofHours(Math.abs(hours) % Effort.MAX_HOURS);

    assertThat(Effort.parse(effort.toString())).isEqualTo(effort);
  }

  @Property
  void aCalendarTimeReadsBackFromItsTextExactly(@ForAll double weeks) {
    CalendarTime time = CalendarTime.ofWeeks(Math.abs(weeks) % CalendarTime.MAX_WEEKS);

    assertThat(CalendarTime.parse(time.toString())).isEqualTo(time);
  }
}
