package dev.leverage.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.google.common.collect.ImmutableList;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.WorkedExample;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityKind;
import dev.leverage.activity.Commitment;
import dev.leverage.scenario.Scenario;
import dev.leverage.scoring.Ranking;
import dev.leverage.scoring.ScoringStrategy;
import dev.leverage.uncertainty.Estimate;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading activities from a spreadsheet's CSV (MODEL.md §9 "Spreadsheets"). */
class ActivityCsvReaderTest {

  static List<String> problems(ActivityCsvReader reader, String csv) {
    try {
      reader.read(csv);
    } catch (InvalidModelException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("read without problems: " + csv);
  }

  @Test
  void aBacklogAloneIsReadWithLooselyMatchedHeadersAndScoredByRice() {
    String csv =
        """
        ID,Title,Hours,Reach,Impact,CONFIDENCE,Job_Size,Story Points,kind
        onboarding,"Redesign onboarding, step 1",8,5000,2,50%,5,8,optimization
        fix-bug,Fix the checkout bug,1h30m,800,3,1,1,2,
        pricing,Pricing experiment,4,3000,1,0.8,3,,
        """;

    Scenario scenario = ActivityCsvReader.of().read(csv);

    assertThat(scenario.organization().managerIds()).containsExactly("me");
    assertThat(scenario.organization().teamIds()).isEmpty();
    Activity onboarding = scenario.activity("onboarding").orElseThrow();
    assertThat(onboarding.by()).isEqualTo("me");
    assertThat(onboarding.hours()).isEqualTo(8);
    assertThat(onboarding.kind()).isEqualTo(ActivityKind.OPTIMIZATION);
    assertThat(onboarding.attributes())
        .containsOnly(
            entry("reach", Estimate.of(5000)),
            entry("impact", Estimate.of(2)),
            entry("confidence", Estimate.of(0.5)),
            entry("jobSize", Estimate.of(5)),
            entry("storyPoints", Estimate.of(8)));
    assertThat(scenario.activity("fix-bug").orElseThrow().hours()).isEqualTo(1.5);
    assertThat(scenario.activity("pricing").orElseThrow().attributes())
        .doesNotContainKey("storyPoints");
    // RICE: 5000·2·0.5/8 = 625, 800·3·1/1.5 = 1600, 3000·1·0.8/4 = 600.
    Ranking rice = Ranking.of(scenario, ScoringStrategy.rice());
    assertThat(rice.ids()).containsExactly("fix-bug", "onboarding", "pricing");
    assertThat(rice.first().orElseThrow().score().value()).isEqualTo(1600);
  }

  @Test
  void aColumnIsMappedToAFieldOrAnAttributeByName() {
    String csv =
        """
        Issue key,Summary,Issue id,Time Spent (h),Custom field (Business Value),Sprint,Sprint
        WEB-12,Checkout,10012,3,8,Sprint 4,Sprint 5
        WEB-14,Search,10014,2,5,Sprint 4,
        """;
    ActivityCsvReader reader =
        ActivityCsvReader.of()
            .withColumn("issue KEY", "id")
            .withColumn("Time Spent (h)", "time")
            .withColumn("Custom field (Business Value)", "businessValue");

    Scenario scenario = reader.read(csv);

    assertThat(scenario.activities()).extracting(Activity::id).containsExactly("WEB-12", "WEB-14");
    assertThat(scenario.activity("WEB-12").orElseThrow().attributes())
        .containsOnly(entry("businessValue", Estimate.of(8)), entry("issueId", Estimate.of(10012)));
    assertThat(reader.columns()).containsKeys("issue KEY", "Time Spent (h)");
  }

  @Test
  void everyProblemIsReportedAtOnceWithItsRowAndColumn() {
    String csv =
        """
        id,time,impact,kind,requires,Reach
        a,2h,high,foundation,,10
        ,1h,1,,,
        c,2d,1,fondation,nothing,x
        d,3,1,,a,5,extra

        a,1,2,,,
        """;

    assertThat(problems(ActivityCsvReader.of(), csv))
        .containsExactlyInAnyOrder(
            "row 2, column 'impact': not a number, was 'high'",
            "row 3, column 'id': missing id: every activity needs one",
            "row 4, column 'time': '2d' is calendar time, but effort is hours of work (a work day"
                + " is ambiguous): write effort as 90m, 6h, 1h30m, 1.5h or PT6H30M",
            "row 4, column 'kind': unknown activity kind 'fondation', did you mean 'foundation'?",
            "row 4, column 'Reach': not a number, was 'x'",
            "row 5: has 7 cells, but the header names 6 columns; quote a cell that holds a comma"
                + " (\"a, b\")",
            "row 7, column 'id': duplicate activity id 'a', already used by row 2; ids are unique");
  }

  @Test
  void problemsOfTheBuiltScenarioAreReportedAtTheirRow() {
    String csv =
        """
        id,time,requires
        a,1,b
        b,1,nothing
        """;

    assertThat(problems(ActivityCsvReader.of(), csv))
        .singleElement()
        .asString()
        .startsWith("row 3, column 'requires': unknown activity 'nothing'");
  }

  @Test
  void addedToAScenarioRowsAreDoneByItsManagerAndCheckedAgainstIt() {
    Scenario week = WorkedExample.scenario();
    String csv =
        """
        id,time,by,reach
        plan-q3,2h,,100
        hire,4h,alise,1
        groom-backlog,1h,alice,
        """;

    assertThatThrownBy(() -> ActivityCsvReader.of().addTo(week, csv))
        .isInstanceOf(InvalidModelException.class)
        .extracting(
            e -> ((InvalidModelException) e).problems().stream().map(Problem::toString).toList())
        .asList()
        .containsExactlyInAnyOrder(
            "row 4, column 'id': duplicate activity id 'groom-backlog', already used by"
                + " activities[1] of the scenario; ids are unique");

    Scenario added = ActivityCsvReader.of().addTo(week, "id,time\nplan-q3,2h\n");
    assertThat(added.activities()).hasSize(week.activities().size() + 1);
    assertThat(added.activity("plan-q3").orElseThrow().by()).isEqualTo("alice");

    assertThatThrownBy(() -> ActivityCsvReader.of().addTo(week, "id,time,by\nhire,4h,alise\n"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("row 2, column 'by': unknown manager 'alise', did you mean 'alice'?");
  }

  @Test
  void textColumnsAreLeftOutAndComputedColumnsOfARankingAreNotAttributes() {
    String csv =
        """
        rank,id,by,kind,hours,output,leverage,score,Status
        1,fix-bug,me,other,1.5,0,0,1600,Done
        2,onboarding,me,other,8,0,0,625,In progress
        """;

    Scenario scenario = ActivityCsvReader.of().read(csv);

    Activity fix = scenario.activity("fix-bug").orElseThrow();
    assertThat(fix.hours()).isEqualTo(1.5);
    assertThat(fix.attributes())
        .containsOnly(entry("rank", Estimate.of(1)), entry("score", Estimate.of(1600)));
  }

  @Test
  void rowsNameTheirManagersAndSeveralManagersNeedABy() {
    assertThat(
            ActivityCsvReader.of()
                .read("id,time,by\na,1,lee\nb,1,kim\n")
                .organization()
                .managerIds())
        .containsExactly("lee", "kim");
    assertThat(problems(ActivityCsvReader.of(), "id,time,by\na,1,lee\nb,1,kim\nc,1,\n"))
        .containsExactly(
            "row 4, column 'by': missing by: the rows name 2 managers, so say who does this"
                + " activity (one of lee, kim)");
  }

  @Test
  void aFileWithoutIdOrTimeOrWithAMisspeltMappingSaysWhatToDo() {
    assertThat(
            problems(
                ActivityCsvReader.of().withColumn("Issue Kay", "id"), "Issue key,Hours\nA-1,2\n"))
        .containsExactly(
            "row 1: the column mapping names 'Issue Kay', but no column has that name; did you mean"
                + " 'Issue key'? (columns: Issue key, Hours)",
            "row 1: no id column: name a column 'id', or map one to id (a Jira export's 'Issue"
                + " key')");
    assertThat(problems(ActivityCsvReader.of(), ""))
        .singleElement()
        .asString()
        .startsWith("row 1: no header row");
    assertThat(problems(ActivityCsvReader.of(), "id,time,Time\na,1,2\n"))
        .contains(
            "row 1, column 'Time': both column 'time' and this column give the time; keep one, or"
                + " map one to another name");
  }

  @Test
  void aFixedColumnIsReadAsOnceOrWeeklyAndABadValueIsReportedAtItsCell() {
    Scenario scenario =
        ActivityCsvReader.of()
            .read("id,time,Fixed,requires\nreview,2h,once,\n1on1,5h,WEEKLY,review\nidea,1h,,\n");

    assertThat(scenario.activity("review").orElseThrow().fixed()).contains(Commitment.ONCE);
    assertThat(scenario.activity("1on1").orElseThrow().fixed()).contains(Commitment.WEEKLY);
    assertThat(scenario.activity("idea").orElseThrow().isFixed()).isFalse();
    assertThat(problems(ActivityCsvReader.of(), "id,time,fixed\na,1,always\n"))
        .singleElement()
        .asString()
        .startsWith("row 2, column 'fixed': unknown commitment 'always'");
    assertThat(problems(ActivityCsvReader.of(), "id,time,fixed,requires\na,1,,\nb,1,once,a\n"))
        .singleElement()
        .asString()
        .startsWith("row 3, column 'requires': ");
  }

  @Test
  void aRowWithoutTimeIsScoredByStrategiesThatNeedNoHoursAndRefusedByThoseThatDo() {
    String csv =
        """
        id,time,reach,impact,confidence,effort,ease
        a,2h,100,2,1,4,3
        b,,300,1,1,3,2
        c,,200,3,0.5,,1
        """;

    Scenario scenario = ActivityCsvReader.of().read(csv);
    Activity b = scenario.activity("b").orElseThrow();

    assertThat(b.hasTime()).isFalse();
    assertThat(scenario.activity("a").orElseThrow().hasTime()).isTrue();
    assertThat(scenario.output(b).hasHours()).isFalse();
    // ICE: 2·1·3 = 6, 1·1·2 = 2, 3·0.5·1 = 1.5
    assertThat(Ranking.of(scenario, ScoringStrategy.ice()).ids()).containsExactly("a", "b", "c");
    assertThatThrownBy(() -> b.hours())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith(
            "row 3: no time for activity 'b'; leverage and planning need hours");
    assertThatThrownBy(() -> Ranking.of(scenario, ScoringStrategy.leverage()))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactly("row 3", "row 4"));
    // RICE divides by effort where a row has it, else by hours: row 4 has neither.
    assertThatThrownBy(() -> Ranking.of(scenario, ScoringStrategy.rice()))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("row 4"));
    assertThatThrownBy(() -> Activity.requireTimes(scenario.activities()))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactly("row 3", "row 4"));
  }

  @Test
  void aFileWithoutATimeColumnIsActivitiesWithoutHours() {
    Scenario scenario = ActivityCsvReader.of().read("id,Estimate\nA-1,2\n");

    assertThat(scenario.activities())
        .singleElement()
        .satisfies(a -> assertThat(a.hasTime()).isFalse());
    assertThat(scenario.activities().get(0).attributes()).containsKey("estimate");
  }

  @Test
  void anUnclosedQuoteIsReportedAtItsRow() {
    assertThat(problems(ActivityCsvReader.of(), "id,time\na,1\n\"b,2\n"))
        .singleElement()
        .asString()
        .startsWith("row 3: a quoted cell is never closed");
  }

  @Test
  void aMappingToSomethingThatIsNeitherAFieldNorAnAttributeIsRefused() {
    assertThatThrownBy(() -> ActivityCsvReader.of().withColumn("Job size", "job size"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("'job size' is neither a field");
    assertThatThrownBy(() -> ActivityCsvReader.of().withColumn("Key", "id").withColumn("key", "by"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("mapped twice");
  }

  @Test
  void aReaderIsReadUpToItsLimit() throws Exception {
    assertThat(ActivityCsvReader.of().read(new StringReader("id,time\na,1\n")).activities())
        .hasSize(1);
    assertThatThrownBy(() -> ActivityCsvReader.of().withMaxCharacters(5).read("id,time\na,1\n"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("longer than 5 characters");
  }

  @Test
  void headersAreNamedInLowerCamelCase() {
    assertThat(CsvColumns.attributeName("Story Points")).hasValue("storyPoints");
    assertThat(CsvColumns.attributeName("RICE score")).hasValue("riceScore");
    assertThat(CsvColumns.attributeName("BUSINESS_VALUE")).hasValue("businessValue");
    assertThat(CsvColumns.attributeName("myScore")).hasValue("myScore");
    assertThat(CsvColumns.attributeName("2024 Q1")).hasValue("_2024Q1");
    assertThat(CsvColumns.attributeName("(%)")).isEmpty();
  }

  @Test
  void withoutJacksonCsvReadingSaysWhatToAdd() throws Exception {
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {locationOf(ActivityCsvReader.class), locationOf(ImmutableList.class)},
            // the boot loader alone: on the module path the platform loader would still find the
            // Jackson modules of the boot layer
            null)) {
      Class<?> readers = loader.loadClass(ActivityCsvReader.class.getName());
      Object reader = readers.getMethod("of").invoke(null);
      Method read = readers.getMethod("read", CharSequence.class);

      assertThatThrownBy(() -> read.invoke(reader, "id,time\na,1\n"))
          .isInstanceOf(InvocationTargetException.class)
          .cause()
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("com.fasterxml.jackson.dataformat:jackson-dataformat-csv")
          .hasMessageContaining("requires com.fasterxml.jackson.dataformat.csv;");
    }
  }

  private static URL locationOf(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  @Test
  void badCellsUnclosedQuotesAndBrokenRequirementsAreNamedByRowAndColumn() {
    ActivityCsvReader reader = ActivityCsvReader.of();

    assertThat(
            problems(
                reader,
                """
                id,time,reach,impact,requires
                a,2h,"1,234.5",1e999,
                b,1h,12,3,
                """))
        .containsExactly(
            "row 2, column 'reach': not a number, was '1,234.5'; write numbers with a decimal"
                + " point and no thousands separators (1234.5)",
            "row 2, column 'impact': must be a finite number, was '1e999', beyond the largest"
                + " number");
    assertThat(problems(reader, "id,time\na,2h\n\"c,1h\n"))
        .containsExactly(
            "row 3: a quoted cell is never closed: a '\"' is missing (a '\"' inside a quoted"
                + " cell is written twice, '\"\"')");
    // Problems of the activities built from the rows are mapped back to their row and column.
    assertThat(
            problems(
                reader,
                """
                id,time,reach,requires,by
                a,2h,100,zz,me
                b,1h,12,a,nobody
                """))
        .containsExactly(
            "row 2, column 'requires': unknown activity 'zz', expected one of a, b",
            "row 3, column 'requires': activity 'a' is done by 'me', but 'b' is done by 'nobody';"
                + " an activity can only require activities of the same manager");
  }
}
