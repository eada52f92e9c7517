package dev.leverage.file;

import static dev.leverage.file.ScenarioReaderTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.scenario.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile and malformed scenario text: every problem with its path and line, in plain words. */
class BadScenarioTest {
  private static final String ORGANIZATION =
      """
      teams:
        - {id: checkout, output: 100}
        - {id: payments, output: 80}
      managers:
        - id: alice
          owns: [checkout]
          influences: {payments: 0.5}
      """;

  private static List<String> messages(InvalidModelException e) {
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void anIdIsTheTextAsWritten() {
    Scenario scenario =
        ScenarioReader.yaml()
            .read(
                """
                teams: [{id: 007, output: 1}, {id: 1.10, output: 2}, {id: 1.1, output: 3}]
                managers: [{id: 1e3, owns: [007, 1.10]}]
                activities: [{id: 0x1F, time: 1h, requires: [010]}, {id: 010, time: 1h}]
                """);

    assertThat(scenario.organization().teamIds()).containsExactly("007", "1.10", "1.1");
    assertThat(scenario.organization().managerIds()).containsExactly("1e3");
    assertThat(scenario.organization().manager("1e3").orElseThrow().owns())
        .containsExactly("007", "1.10");
    assertThat(scenario.activity("0x1F").orElseThrow().requires()).containsExactly("010");
  }

  @Test
  void duplicateKeysAreReportedWithTheirPathsAndDoNotHideOtherProblems() {
    InvalidModelException e =
        problems(
            ORGANIZATION.replace("output: 100", "output: 100, output: 90")
                + """
                activities:
                  - id: a
                    time: 1h
                    time: 2h
                    effects: [{team: chekout, uplift: 0.1}]
                """);

    assertThat(messages(e))
        .containsExactly(
            "teams[0].output: duplicate key 'output' (line 2, first at line 2); give each key once",
            "activities[0].time: duplicate key 'time' (line 11, first at line 10); give each key"
                + " once",
            "activities[0].effects[0].team: unknown team 'chekout', did you mean 'checkout'?"
                + " (line 12)");
  }

  @Test
  void aTabIsSaidInPlainWordsWithItsLineAndColumn() {
    InvalidModelException e = problems("teams:\n\t- {id: checkout, output: 100}\n");

    assertThat(messages(e))
        .containsExactly(
            "YAML syntax error (line 2, column 1): a tab cannot indent YAML; indent with spaces");
  }

  @Test
  void yamlSyntaxErrorsSayWhatIsWrongAndWhereItBegan() {
    assertThat(messages(problems("teams:\n  - {id: checkout, output: 100\nmanagers: []\n")))
        .singleElement()
        .asString()
        .startsWith("YAML syntax error (line 3, column 9): the mapping opened with '{' at line 2")
        .doesNotContain("while parsing");
    assertThat(messages(problems("teams: \"checkout\nmanagers: []\n")))
        .containsExactly(
            "YAML syntax error (line 3, column 1): the quote opened at line 1 is never closed;"
                + " close it on purpose");
    assertThat(messages(problems("teams: a: b\n")))
        .singleElement()
        .asString()
        .startsWith("YAML syntax error (line 1, column 9): a ':' where no key can start");
  }

  @Test
  void jsonSyntaxErrorsGiveTheirLineAndColumnWithoutJacksonInternals() {
    assertThat(messages(problems(ScenarioReader.json(), "{\"teams\": [\n  {\"id\": 1,, }\n]}")))
        .singleElement()
        .asString()
        .startsWith("JSON syntax error (line 2, column 12): unexpected character (','")
        .doesNotContain("code 44", "Source:");
  }

  @Test
  void aByteOrderMarkIsAcceptedInYamlAndJsonAlike() throws IOException {
    String yaml = "\uFEFF" + ScenarioReaderTest.resource("worked-example.yaml");
    String json = "\uFEFF" + ScenarioReaderTest.resource("worked-example.json");

    assertThat(ScenarioReader.yaml().read(yaml)).isEqualTo(ScenarioReader.json().read(json));
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    assertThat(ScenarioReader.json().read(ScenarioReaderTest.utf8(bytes)))
        .isEqualTo(ScenarioReader.yaml().read(yaml));
  }

  @Test
  void aControlCharacterIsReportedAtItsOwnLineAndColumn() {
    String text = ORGANIZATION + "activities:\n" + "  - {id: a, time: 1h}\n".repeat(4);
    String withNul = text + "  - {id: b\u0000, time: 1h}\n";

    for (ScenarioReader reader : List.of(ScenarioReader.yaml(), ScenarioReader.json())) {
      assertThat(messages(problems(reader, withNul)))
          .containsExactly(
              "line 13, column 11: the control character U+0000 cannot be in a scenario, which is"
                  + " text; remove it (in a quoted text, write it as an escape such as \\t)");
    }
  }

  @Test
  void anIdListedTwiceIsReportedNotMerged() {
    InvalidModelException e =
        problems(
            ORGANIZATION.replace("owns: [checkout]", "owns: [checkout, checkout]")
                + """
                activities:
                  - {id: x, time: 1h}
                  - {id: y, time: 1h, requires: [x, x]}
                """);

    assertThat(messages(e))
        .containsExactly(
            "managers[0].owns[1]: 'checkout' is listed twice, first at managers[0].owns[0]; list"
                + " each once (line 6)",
            "activities[1].requires[1]: 'x' is listed twice, first at activities[1].requires[0];"
                + " list each once (line 10)");
  }

  @Test
  void controlCharactersInAnEchoedValueAreEscaped() {
    InvalidModelException e =
        problems(
            ORGANIZATION
                + "activities:\n  - {id: a, time: 1h, effects: [{team: \"\\e]2;pwned\\a\","
                + " uplift: 0.1}]}\n");

    assertThat(messages(e))
        .singleElement()
        .asString()
        .contains("was '\\u001b]2;pwned\\u0007'")
        .doesNotContain("\u001b", "\u0007");
  }

  @Test
  void anEmptyFileAndANonMappingAreNamed() {
    assertThat(messages(problems("# only a comment\n")))
        .containsExactly(
            "the file is empty: a scenario needs at least teams, managers and activities");
    assertThat(messages(problems("- a\n- b\n")))
        .containsExactly(
            "the file must hold a mapping with teams, managers and activities, found a list");
  }

  @Test
  void aValueOfTheWrongKindIsNamedWithWhatWasFoundAndWhatToWrite() {
    InvalidModelException e =
        problems(
            """
            horizon: 12w
            teams:
              - {id: checkout, output: lots}
              - {id: payments, output: 1e999}
              - {id: search, output: -.inf}
              - {id: wallet, output: [1]}
              - {id: ledger, outptu: 5}
              - plain text
            managers:
              - id: alice
                owns: checkout
                budget: {low: 10h, likely: 20h, high: 30h}
              - id: bob
                influences: [payments]
            activities:
              - id: a
                by: alice
                time: {low: 1h, likely: 2h}
                effects:
                  - {team: checkout, uplift: {low: 0.3, likely: 0.2, high: 0.4}}
                  - {team: payments, uplift: {low: 0.1, likely: 0.2, high: 0.3, mode: 1}}
              - id: b
                by: alice
                time: [6h]
                effects: {team: checkout, uplift: 0.1}
              - id: c
                by: alice
                time: 2h
                kind: {a: b}
                effects:
                  - {team: checkout, uplift: ten, lasts: 12w, starts: soon}
            """);

    assertThat(messages(e))
        .containsExactly(
            "teams[0].output: must be a number, found the text 'lots' (line 3)",
            "teams[1].output: must be a finite number, found 1e999, which is beyond the largest"
                + " number, about 1.8e308 (line 4)",
            "teams[2].output: must be a finite number, found -.inf (line 5)",
            "teams[3].output: must be a number, found a list (line 6)",
            "teams[4].outptu: unknown field 'outptu' in a team, did you mean 'output'? (fields: id,"
                + " output) (line 7)",
            "teams[4].output: missing output of a team, e.g. output: 100 (line 7)",
            "teams[5]: a team must be a mapping of id, output, found the text 'plain text' (line"
                + " 8)",
            "managers[0].owns: owns must be a list, found the text 'checkout' (line 11)",
            "managers[0].budget: must be a single effort such as 40h, not an estimate (line 12)",
            "managers[1].influences: influences (team: weight) must be a mapping, found a list"
                + " (line 14)",
            "activities[0].time: an estimate needs low, likely and high (an effort such as 6h"
                + " each); missing high (line 18)",
            "activities[0].effects[0].uplift: an estimate needs low <= likely <= high, found low"
                + " 0.3, likely 0.2, high 0.4 (line 20)",
            "activities[0].effects[1].uplift.mode: unknown field 'mode' in an estimate (fields:"
                + " low, likely, high) (line 21)",
            "activities[1].time: must be an effort such as 90m, 6h or 1h30m, found a list (line"
                + " 24)",
            "activities[1].effects: effects must be a list, found a mapping (line 25)",
            "activities[2].kind: must be an activity kind, found a mapping (line 29)",
            "activities[2].effects[0].uplift: must be a number, found the text 'ten' (line 31)",
            "activities[2].effects[0].starts: cannot read 'soon' as calendar time: write calendar"
                + " time as 10d, 12w, 2w3d, P14D or P2W (line 31)");
  }

  @Test
  void inJsonTextBooleansNullsAndBareNumbersAreNamedAlike() {
    InvalidModelException e =
        problems(
            ScenarioReader.json(),
            """
            {"teams": [{"id": "checkout", "output": "100"}, {"id": "payments", "output": true},
                       {"id": "search", "output": null}, {"id": 7, "output": 1}],
             "managers": [{"id": "alice", "owns": ["checkout", 3], "budget": "a lot"}],
             "activities": [{"id": "a", "by": "alice", "time": {"low": "1h", "likely": "2h", "high": 5},
                             "requires": "b",
                             "effects": [{"team": "checkout", "uplift": 0.1, "lasts": 12}]}],
             "horizon": "12 weeks"}
            """);

    assertThat(messages(e))
        .containsExactly(
            "teams[0].output: must be a number, found the text '100' (line 1)",
            "teams[1].output: must be a number, found the boolean true (line 1)",
            "teams[2].output: missing output of a team, e.g. output: 100 (line 2)",
            "managers[0].budget: cannot read 'a lot' as effort: write effort as 90m, 6h, 1h30m,"
                + " 1.5h or PT6H30M (line 3)",
            "managers[0].owns[1]: unknown team '3', did you mean '7'? (line 3)",
            "activities[0].time.high: '5' has no unit: write '5h' for hours or '5m' (line 4)",
            "activities[0].requires: requires must be a list, found the text 'b' (line 5)",
            "activities[0].effects[0].lasts: '12' has no unit: write '12w' for weeks or '12d'"
                + " (line 6)");
  }
}
