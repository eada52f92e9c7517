package dev.leverage.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad scenario files: exit status 2, every problem with its path, no stack trace, no output. */
class BadInputTest {
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

  @TempDir Path dir;

  private CalculatorRun score(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return CalculatorRun.of("score", file.toString(), "--format", "json");
  }

  private CalculatorRun score(String content) throws IOException {
    return score("scenario.yaml", content);
  }

  private static void assertBadInput(CalculatorRun run, String... expected) {
    assertThat(run.status()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(expected).doesNotContain("Exception", "\tat ");
  }

  @Test
  void anUpliftOfMinusOneAndAHalfNamesItsPath() throws IOException {
    CalculatorRun run =
        score(
            ORGANIZATION
                + """
                activities:
                  - {id: a, time: 1h, effects: [{team: checkout, uplift: 0.1}]}
                  - id: b
                    time: 2h
                    effects:
                      - {team: checkout, uplift: -1.5}
                """);

    assertBadInput(
        run, "activities[1].effects[0].uplift: must be greater than -1", "was -1.5", "(line 13)");
  }

  @Test
  void aMisspeltFieldIsAnErrorWithTheClosestName() throws IOException {
    CalculatorRun run =
        score(
            ORGANIZATION
                + "activities:\n  - {id: a, time: 1h, effects: [{team: checkout, uplfit: 0.1}]}\n");

    assertBadInput(
        run,
        "activities[0].effects[0].uplfit: unknown field 'uplfit' in an effect, did you mean 'uplift'?",
        "activities[0].effects[0].uplift: missing uplift");
  }

  @Test
  void anUnknownTeamNamesTheClosestKnownTeam() throws IOException {
    CalculatorRun run =
        score(
            ORGANIZATION
                + "activities:\n  - {id: a, time: 1h, effects: [{team: paymets, uplift: 0.1}]}\n");

    assertBadInput(
        run, "activities[0].effects[0].team: unknown team 'paymets', did you mean 'payments'?");
  }

  @Test
  void everyProblemIsReportedAtOnce() throws IOException {
    CalculatorRun run =
        score(
            """
            horizon: 12h
            teams:
              - {id: checkout, output: -5}
              - {id: payments, output: lots}
            managers:
              - id: alice
                owns: [checkout, search]
                influences: {payments: 1.5}
            activities:
              - {id: a, time: 0h, kind: fundation, effects: [{team: checkout, uplift: .inf}]}
            """);

    assertBadInput(
        run,
        "horizon: '12h' is effort (hours, minutes), but this is calendar time",
        "teams[0].output: must be a finite number of output units per week, at least 0, was -5.0",
        "teams[1].output: must be a number, found the text 'lots'",
        "managers[0].influences.payments: influence weight must be greater than 0 and at most 1, was 1.5",
        "managers[0].owns[1]: unknown team 'search'",
        "activities[0].kind: unknown activity kind 'fundation', did you mean 'foundation'?",
        "activities[0].effects[0].uplift: must be a finite number, found .inf",
        "activities[0].time: must be more than 0 hours");
    assertThat(run.err()).contains("8 problems");
  }

  @Test
  void structuralErrorsNameTheIdsInvolved() throws IOException {
    CalculatorRun run =
        score(
            """
            teams:
              - {id: checkout, output: 100}
            managers:
              - {id: alice, owns: [checkout], reports: [bob]}
              - {id: bob, owns: [checkout], reports: [carol]}
              - {id: carol, reports: [alice]}
              - {id: dave, reports: [bob]}
            activities: []
            """);

    assertBadInput(
        run,
        "managers[1].owns[0]: team 'checkout' is already owned by manager 'alice'",
        "managers[3].reports[0]: manager 'bob' already reports to 'alice'",
        "reports form a cycle alice -> bob -> carol -> alice");
  }

  @Test
  void requirementCyclesAndDuplicateIdsAreReported() throws IOException {
    CalculatorRun run =
        score(
            ORGANIZATION
                + """
                activities:
                  - {id: a, time: 1h, requires: [b]}
                  - {id: b, time: 1h, requires: [a]}
                """);

    assertBadInput(run, "activities[0].requires[0]: requirements form a cycle a -> b -> a");
  }

  @Test
  void aMissingFileIsBadInput() {
    CalculatorRun run = CalculatorRun.of("score", dir.resolve("nope.yaml").toString());

    assertBadInput(run, "no such file");
  }

  @Test
  void anEmptyFileIsBadInput() throws IOException {
    assertBadInput(score(""), "the file is empty");
    assertBadInput(score("# only a comment\n"), "the file is empty");
  }

  @Test
  void aYamlSyntaxErrorGivesItsLine() throws IOException {
    CalculatorRun run = score("teams:\n  - {id: checkout, output: 100\nmanagers: []\n");

    assertBadInput(run, "YAML syntax error (line 3");
  }

  @Test
  void aJsonSyntaxErrorGivesItsLine() throws IOException {
    CalculatorRun run = score("s.json", "{\"teams\": [\n  {\"id\": \"checkout\",, }\n]}");

    assertBadInput(run, "JSON syntax error (line 2");
  }

  @Test
  void wrongTypesAreNamed() throws IOException {
    CalculatorRun run = score("teams: {id: checkout}\nmanagers: alice\n");

    assertBadInput(
        run,
        "teams: teams must be a list, found a mapping",
        "managers: managers must be a list, found the text 'alice'");
  }

  @Test
  void aScalarDocumentIsNotAScenario() throws IOException {
    assertBadInput(score("just text\n"), "the file must hold a mapping");
  }

  @Test
  void nonFiniteNumbersAreRejected() throws IOException {
    assertBadInput(
        score(ORGANIZATION.replace("100", ".nan")),
        "teams[0].output: must be a finite number, found .nan");
    assertBadInput(
        score(
            "s.json", "{\"teams\": [{\"id\": \"checkout\", \"output\": 1e999}], \"managers\": []}"),
        "teams[0].output: must be a finite number, found 1e999, which is beyond the largest number");
  }

  @Test
  void anAliasBombIsRefusedQuicklyWithoutExpansion() throws IOException {
    StringBuilder bomb =
        new StringBuilder(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char previous = 'a';
    for (char c = 'b'; c <= 'k'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ",").append('*').append(previous);
      }
      bomb.append("]\n");
      previous = c;
    }

    assertBadInput(score(bomb.toString()), "YAML anchors", "not supported");
  }

  @Test
  void yamlTagsNeverBecomeJavaObjects() throws IOException {
    CalculatorRun run =
        score(
            ORGANIZATION.replace(
                "output: 100",
                "output: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]"));

    assertBadInput(run, "YAML tags", "not supported");
  }

  @Test
  void veryDeepNestingIsRefused() throws IOException {
    String deep = "teams: " + "[".repeat(5000) + "]".repeat(5000) + "\nmanagers: []\n";

    assertBadInput(score(deep), "nesting");
  }

  @Test
  void duplicateKeysAreReportedWithTheirPathsAlongWithEveryOtherProblem() throws IOException {
    CalculatorRun run =
        score(
            ORGANIZATION.replace("output: 80}", "output: 80, output: 90}")
                + "activities:\n  - {id: a, time: 0h}\nteams: []\n");

    assertBadInput(
        run,
        "teams[1].output: duplicate key 'output' (line 3, first at line 3); give each key once",
        "teams: duplicate key 'teams' (line 10, first at line 1); give each key once",
        "activities[0].time: must be more than 0 hours");
    assertThat(run.err()).contains("3 problems");
  }

  @Test
  void effortAndCalendarTimeDoNotMix() throws IOException {
    CalculatorRun run =
        score(
            ORGANIZATION
                + """
                activities:
                  - {id: a, time: 2d, effects: [{team: checkout, uplift: 0.1, lasts: 3h}]}
                  - {id: b, time: 6, effects: [{team: checkout, uplift: 0.1, halfLife: 2w, lasts: 4w}]}
                """);

    assertBadInput(
        run,
        "activities[0].time: '2d' is calendar time, but effort is hours of work",
        "activities[0].effects[0].lasts: '3h' is effort (hours, minutes), but this is calendar time",
        "activities[1].time: '6' has no unit: write '6h' for hours or '6m'",
        "activities[1].effects[0].halfLife: an effect holds as a step (lasts) or decays (halfLife), not both");
  }

  @Test
  void anEstimateOutOfOrderOrIncompleteIsNamed() throws IOException {
    CalculatorRun run =
        score(
            ORGANIZATION
                + """
                activities:
                  - {id: a, time: {low: 4h, likely: 2h, high: 6h}, effects: [{team: checkout, uplift: {low: 0.1, high: 0.2}}]}
                """);

    assertBadInput(
        run,
        "activities[0].time: an estimate needs low <= likely <= high, found low 4, likely 2, high 6",
        "activities[0].effects[0].uplift: an estimate needs low, likely and high (a number each); missing likely");
  }

  @Test
  void byIsRequiredWhenThereAreSeveralManagers() throws IOException {
    CalculatorRun run = score(ORGANIZATION + "  - {id: bob}\nactivities:\n  - {id: a, time: 1h}\n");

    assertBadInput(
        run, "activities[0].by: missing by: the scenario has 2 managers", "one of alice, bob");
  }

  @Test
  void aDirectoryIsNotAScenario() {
    assertBadInput(CalculatorRun.of("score", dir.toString()), "it is a directory");
  }

  @Test
  void aScenarioWithoutActivitiesHasNothingToScore() throws IOException {
    assertBadInput(
        score("teams: []\nmanagers: []\nactivities: []\n"),
        "activities: nothing to score: the scenario has no activities and no teams or no"
            + " managers");
    assertThat(score(ORGANIZATION).status()).isZero();
    Path file = dir.resolve("organization.yaml");
    Files.writeString(file, ORGANIZATION);
    assertBadInput(
        CalculatorRun.of("simulate", file.toString()),
        "nothing to score: the scenario has no activities;");
  }
}
