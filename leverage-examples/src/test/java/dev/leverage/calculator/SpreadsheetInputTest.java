package dev.leverage.calculator;

import static dev.leverage.calculator.ScoreCommandTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leverage.activity.Activity;
import dev.leverage.file.ActivityCsvReader;
import dev.leverage.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Activities from a spreadsheet's CSV (MODEL.md §9 "Spreadsheets"), alone or added to a scenario,
 * with the example exports of leverage-examples/spreadsheets that docs/guide.md maps.
 */
class SpreadsheetInputTest {
  @TempDir Path dir;

  static String spreadsheet(String name) {
    return GuideCommandsTest.root().resolve("leverage-examples/spreadsheets/" + name).toString();
  }

  /** The ids of a ranking written with {@code --format csv}, best first. */
  private static List<String> rankedIds(String csv) {
    Scenario ranking = ActivityCsvReader.of().read(csv);
    return ranking.activities().stream().map(Activity::id).toList();
  }

  @Test
  void aBacklogFromASpreadsheetIsScoredAndItsResultReadsBack() throws IOException {
    Path scores = dir.resolve("scores.csv");

    CalculatorRun run =
        CalculatorRun.of(
            "score",
            spreadsheet("backlog.csv"),
            "--strategy",
            "rice",
            "--format",
            "csv",
            "-o",
            scores.toString());

    assertThat(run.status()).as(run.err()).isZero();
    String written = Files.readString(scores);
    // RICE with the effort column: 4000·2·0.8/3, 6000·1·0.5/2, 2500·3·0.7/5, 800·1·1/1,
    // 1500·2·0.6/4.
    assertThat(rankedIds(written))
        .containsExactly(
            "saved-carts", "guest-checkout", "delivery-slots", "returns-policy", "returns-flow");
    Scenario readBack = ActivityCsvReader.of().read(written);
    assertThat(readBack.activity("returns-flow").orElseThrow().hours()).isEqualTo(5);
    assertThat(readBack.activity("returns-flow").orElseThrow().requires()).isEmpty();
    assertThat(readBack.activity("saved-carts").orElseThrow().attributes().get("score").pertMean())
        .isCloseTo(4000 * 2 * 0.8 / 3, org.assertj.core.data.Offset.offset(1e-6));

    // The written ranking is a spreadsheet too: scored by its own score column, the order holds.
    CalculatorRun again =
        CalculatorRun.of("score", scores.toString(), "--formula", "score", "--format", "csv");
    assertThat(again.status()).as(again.err()).isZero();
    assertThat(rankedIds(again.out())).isEqualTo(rankedIds(written));
  }

  @Test
  void aJiraExportIsScoredByWsjfWithItsColumnsMapped() {
    CalculatorRun run =
        CalculatorRun.of(
            "score",
            spreadsheet("jira-export.csv"),
            "--column",
            "Issue key=id",
            "--column",
            "Custom field (Business Value)=businessValue",
            "--column",
            "Custom field (Time Criticality)=timeCriticality",
            "--column",
            "Custom field (Risk Reduction)=riskReduction",
            "--column",
            "Custom field (Story Points)=jobSize",
            "--strategy",
            "wsjf",
            "--format",
            "csv");

    assertThat(run.status()).as(run.err()).isZero();
    // (13+8+3)/8 = 3, (5+13+8)/2 = 13, (5+3+2)/3 = 3.33, (3+2+13)/5 = 3.6, (8+2+1)/5 = 2.2
    assertThat(rankedIds(run.out()))
        .containsExactly("WEB-107", "WEB-118", "WEB-112", "WEB-101", "WEB-121");
  }

  @Test
  void aProductboardExportIsScoredByRiceWithItsColumnsMapped() {
    CalculatorRun run =
        CalculatorRun.of(
            "score",
            spreadsheet("productboard-export.csv"),
            "--column",
            "Feature ID=id",
            "--column",
            "My hours=time",
            "--strategy",
            "rice",
            "--format",
            "csv");

    assertThat(run.status()).as(run.err()).isZero();
    // 7000·1·0.9/2 = 3150, 4000·2·0.8/3 = 2133, 1200·3·0.5/4 = 450, 3000·2·0.3/6 = 300
    assertThat(rankedIds(run.out())).containsExactly("PB-0420", "PB-0412", "PB-0415", "PB-0427");
  }

  @Test
  void activitiesFromCsvAreAddedToAScenario() {
    CalculatorRun run =
        CalculatorRun.of(
            "score",
            resource("backlog.yaml"),
            "--activities",
            spreadsheet("backlog.csv"),
            "--strategy",
            "rice",
            "--format",
            "csv");

    assertThat(run.status()).as(run.err()).isZero();
    List<String> ids = rankedIds(run.out());
    assertThat(ids).hasSize(10).contains("saved-carts", "onboarding-redesign");
    assertThat(run.out()).contains(",saved-carts,lee,");
  }

  @Test
  void everyProblemOfACsvIsReportedWithItsRowAndColumnAndExitStatus2() throws IOException {
    Path csv = dir.resolve("backlog.csv");
    Files.writeString(csv, "id,Hours,Impact,Reach\r\na,2,high,10\r\nb,,1,x\r\nc,3,1,5,extra\r\n");

    CalculatorRun run = CalculatorRun.of("score", csv.toString(), "--strategy", "rice");

    assertThat(run.status()).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("3 problems in " + csv)
        .contains("row 2, column 'Impact': not a number, was 'high'")
        .contains("row 3, column 'Reach': not a number, was 'x'")
        .contains("row 4: has 5 cells, but the header names 4 columns");
  }

  @Test
  void rowsWithoutTimeAreScoredByIceAndRefusedByLeverageNamingTheRows() throws IOException {
    Path csv = dir.resolve("backlog.csv");
    Files.writeString(
        csv, "id,Hours,Impact,Confidence,Ease\r\na,2,3,1,2\r\nb,,2,1,2\r\nc,,1,1,1\r\n");

    CalculatorRun ice = CalculatorRun.of("score", csv.toString(), "--strategy", "ice");
    CalculatorRun iceCsv =
        CalculatorRun.of("score", csv.toString(), "--strategy", "ice", "--format", "csv");
    CalculatorRun iceJson =
        CalculatorRun.of("score", csv.toString(), "--strategy", "ice", "--format", "json");
    CalculatorRun leverage = CalculatorRun.of("score", csv.toString(), "--strategy", "leverage");
    CalculatorRun plan = CalculatorRun.of("plan", csv.toString());

    assertThat(ice.status()).as(ice.err()).isZero();
    assertThat(ice.out()).contains("-: no time in the spreadsheet, so no hours and no leverage");
    assertThat(iceCsv.out()).contains("\r\n2,b,me,other,,0,,4\r\n");
    assertThat(iceJson.out()).contains("\"hours\" : null").doesNotContain("NaN");
    assertThat(leverage.status()).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(leverage.out()).isEmpty();
    assertThat(leverage.err())
        .contains("2 problems")
        .contains("row 3: no time for activity 'b'; leverage and planning need hours")
        .contains("row 4: no time for activity 'c'");
    assertThat(plan.status()).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(plan.err()).contains("row 3: no time for activity 'b'").contains("row 4");
  }

  @Test
  void aColumnMappingNeedsACsvAndATarget() {
    CalculatorRun withoutCsv =
        CalculatorRun.of("score", resource("backlog.yaml"), "--column", "Key=id");
    assertThat(withoutCsv.status()).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(withoutCsv.err()).contains("--column: maps the columns of a CSV file");

    List<String> args =
        new ArrayList<>(
            List.of("score", spreadsheet("backlog.csv"), "--column", "Job Size=job size"));
    CalculatorRun badTarget = CalculatorRun.of(args.toArray(String[]::new));
    assertThat(badTarget.status()).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(badTarget.err()).contains("--column: cannot map 'Job Size'");
  }
}
