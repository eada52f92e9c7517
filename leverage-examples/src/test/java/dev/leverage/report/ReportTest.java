package dev.leverage.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leverage.activity.Activity;
import dev.leverage.activity.Effect;
import dev.leverage.internal.Numbers;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.planning.Plan;
import dev.leverage.report.chart.BarChart;
import dev.leverage.report.chart.ChartSpec;
import dev.leverage.scenario.Scenario;
import dev.leverage.simulation.Distribution;
import dev.leverage.simulation.Sensitivity;
import dev.leverage.simulation.Swing;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.Effort;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportTest {
  static final Scenario WORKED_EXAMPLE =
      Scenario.builder()
          .organization(
              Organization.builder()
                  .teams(Team.of("checkout", 100), Team.of("payments", 80), Team.of("search", 60))
                  .managers(
                      Manager.builder()
                          .id("alice")
                          .owns("checkout")
                          .influence("payments", 0.5)
                          .influence("search", 0.25)
                          .build())
                  .build())
          .activities(
              Activity.builder()
                  .id("write-vision")
                  .by("alice")
                  .time(Effort.ofHours(6))
                  .effects(Effect.on("checkout", 0.10), Effect.on("payments", 0.05))
                  .build())
          .build();

  @Test
  void theSectionsWithSomethingToShowAppearWithTheirHeadingsAndAnchors() {
    Report.Page page = Report.page(ReportContext.of(WORKED_EXAMPLE, "w.yaml"), Report.sections());
    String html = page.html();

    assertThat(page.sections())
        .containsExactly(
            "The decision: what to do this week",
            "Managers' output per week",
            "Leverage per activity",
            "Recommended plan of the week",
            "Budget and best output",
            "Influence map");
    for (ReportSection section : Report.sections()) {
      boolean shown = page.sections().contains(section.title());
      assertThat(html.contains("<section id=\"" + section.id() + "\">")).isEqualTo(shown);
      assertThat(html.contains("<a href=\"#" + section.id() + "\">")).isEqualTo(shown);
    }
    assertThat(html).contains("155.00", "24.00", "write-vision (alice, other)");
  }

  @Test
  void aNewSectionIsOneClassAndAnEmptyOneIsLeftOut() {
    ReportSection extra =
        new ReportSection() {
          @Override
          public String id() {
            return "plan";
          }

          @Override
          public String title() {
            return "Plan <of> the week";
          }

          @Override
          public Optional<String> body(ReportContext context) {
            return Optional.of(Html.paragraph("budget " + context.scenario().horizon()));
          }
        };
    ReportSection absent =
        new ReportSection() {
          @Override
          public String id() {
            return "portfolio";
          }

          @Override
          public String title() {
            return "Portfolio";
          }

          @Override
          public Optional<String> body(ReportContext context) {
            return Optional.empty();
          }
        };

    String html = Report.html(ReportContext.of(WORKED_EXAMPLE, "s.yaml"), List.of(extra, absent));

    assertThat(html)
        .contains("<h2>Plan &lt;of&gt; the week</h2>", "<p>budget 12w</p>")
        .doesNotContain("portfolio", "Portfolio");
  }

  static final Scenario UNCERTAIN =
      WORKED_EXAMPLE.toBuilder()
          .replaceActivities(
              List.of(
                  WORKED_EXAMPLE.activities().get(0).toBuilder()
                      .time(Effort.ofHours(4), Effort.ofHours(6), Effort.ofHours(12))
                      .replaceEffects(
                          List.of(
                              Effect.on("checkout", 0.10).toBuilder()
                                  .uplift(Estimate.of(0.02, 0.10, 0.12))
                                  .build(),
                              Effect.on("payments", 0.05)))
                      .build()))
          .build();

  private static String leverageSection(String html) {
    int start = html.indexOf("<section id=\"leverage\">");
    return html.substring(start, html.indexOf("</section>", start));
  }

  @Test
  void pointEstimatesGiveLeverageBarsWithoutWhiskers() {
    String section = leverageSection(Report.html(ReportContext.of(WORKED_EXAMPLE, "w.yaml")));

    assertThat(count(section, "stroke-width:1.5;")).isZero();
    assertThat(section).doesNotContain("whisker");
  }

  @Test
  void uncertainEstimatesGiveEachLeverageBarAP10ToP90WhiskerExplainedInTheCaption() {
    String section = leverageSection(Report.html(ReportContext.of(UNCERTAIN, "u.yaml")));

    // The whisker and its two caps, in the chart for a wide page and in the one for a phone.
    assertThat(count(section, "stroke-width:1.5;")).isEqualTo(6);
    assertThat(section)
        .contains(
            "whisker across the bar of each activity with estimates spans the p10 to p90",
            ReportContext.DEFAULT_SAMPLES + " simulated samples (seed 42)");
  }

  @Test
  void theWhiskersAreTheSimulationsP10AndP90AndTheSameSeedGivesTheSamePage() {
    ReportContext context = new ReportContext(UNCERTAIN, "u.yaml", 500, 7);
    Distribution leverage = context.simulation().leverage("write-vision");
    String expected =
        BarChart.of(
                ChartSpec.of("chart-leverage")
                    .withTitle("Leverage per activity, horizon " + UNCERTAIN.horizon())
                    .withCategoryAxis("Activity (manager, kind)")
                    .withValueAxis("Leverage (output units per hour of the manager's time)"),
                List.of(
                    BarChart.Bar.of(
                        "write-vision (alice, other)",
                        UNCERTAIN.output(UNCERTAIN.activities().get(0)).leverage(),
                        leverage.p10(),
                        leverage.p90())))
            .svg();

    String html = Report.html(context);

    assertThat(leverage.p10()).isLessThan(leverage.p90());
    assertThat(html).contains(expected, "500 simulated samples (seed 7)");
    assertThat(Report.html(new ReportContext(UNCERTAIN, "u.yaml", 500, 7))).isEqualTo(html);
    assertThat(Report.html(new ReportContext(UNCERTAIN, "u.yaml", 500, 8))).isNotEqualTo(html);
  }

  @Test
  void theSensitivitySectionIsLeftOutWhenEveryEstimateIsAPoint() {
    Report.Page page = Report.page(ReportContext.of(WORKED_EXAMPLE, "w.yaml"), Report.sections());

    assertThat(page.sections()).doesNotContain("Which estimates matter");
    assertThat(page.html()).doesNotContain("id=\"sensitivity\"");
  }

  @Test
  void theSensitivitySectionFollowsTheFrontierWithATornadoWidestOnTop() {
    Report.Page page = Report.page(ReportContext.of(UNCERTAIN, "u.yaml"), Report.sections());
    String html = page.html();
    Sensitivity sensitivity = Sensitivity.of(UNCERTAIN, "write-vision");
    Swing widest = sensitivity.swings().get(0);
    Swing narrower = sensitivity.swings().get(1);

    assertThat(page.sections())
        .containsSubsequence("Budget and best output", "Which estimates matter", "Influence map");
    assertThat(widest.width()).isGreaterThan(narrower.width());
    int section = html.indexOf("<section id=\"sensitivity\">");
    String body = html.substring(section, html.indexOf("</section>", section));
    // One tornado, drawn for a wide page and for a phone.
    assertThat(count(body, "<svg ")).isEqualTo(2);
    // Labels top to bottom: the widest swing first.
    assertThat(body.indexOf(">" + widest.label() + " ")).isPositive();
    assertThat(body.indexOf(">" + widest.label() + " "))
        .isLessThan(body.indexOf(">" + narrower.label() + " "));
    assertThat(body)
        .contains(
            "Sensitivity of write-vision (alice)",
            "Leverage (output per hour)",
            ">time (4h–12h)<",
            ">uplift on checkout (0.02–0.12)<",
            ">low " + Numbers.label(widest.leverageAtLow()) + "<",
            ">high " + Numbers.label(widest.leverageAtHigh()) + "<",
            ">" + Numbers.figure(widest.leverageAtHigh()) + "</td>");
  }

  @Test
  void theReportOpensWithTheDecisionThePlanItsHoursOutputAndReasons() {
    ReportContext context = ReportContext.of(WORKED_EXAMPLE, "w.yaml");
    Plan plan = PlanSection.plans(context).shown().get(0);
    String html = Report.html(context);
    String decision = section(html, "decision");

    assertThat(html.indexOf("<section id=\"decision\">"))
        .isLessThan(html.indexOf("<section id=\"output\">"));
    assertThat(decision)
        .contains(
            Html.escape(DecisionSection.headline(plan)),
            "alice: 1 activity, output " + Numbers.figure(plan.output()) + " in 6h of 40h",
            "write-vision has the highest leverage of the plan",
            "<td>write-vision</td>")
        // Every estimate is a point: no chances to show.
        .doesNotContain("In best plan");
  }

  static final Scenario CLOSE_CALL =
      Scenario.builder()
          .organization(
              Organization.builder()
                  .teams(Team.of("checkout", 100))
                  .managers(
                      Manager.builder()
                          .id("alice")
                          .owns("checkout")
                          .budget(Effort.ofHours(6))
                          .build())
                  .build())
          .activities(
              Activity.builder()
                  .id("big")
                  .by("alice")
                  .time(Effort.ofHours(3), Effort.ofHours(5), Effort.ofHours(9))
                  .effects(Effect.on("checkout", 0.10))
                  .build(),
              Activity.builder()
                  .id("small")
                  .by("alice")
                  .time(Effort.ofHours(2))
                  .effects(Effect.on("checkout", 0.03))
                  .build())
          .build();

  @Test
  void withEstimatesTheDecisionGivesEachPlannedActivitysChanceOfBeingInTheBestPlan() {
    ReportContext context = new ReportContext(CLOSE_CALL, "c.yaml", 300, 42);
    Plan plan = PlanSection.plans(context).shown().get(0);
    PlanOdds odds = PlanOdds.of(context, plan).orElseThrow();
    String decision = section(Report.html(context), "decision");

    assertThat(odds.draws()).isEqualTo(300);
    // big fits the 6h budget only when its time is drawn at 6h or less: a real chance, not sure.
    assertThat(odds.share("big")).isStrictlyBetween(0.2, 0.95);
    assertThat(odds.share("small")).isPositive();
    assertThat(PlanOdds.of(context, plan)).contains(odds);
    assertThat(decision)
        .contains(
            "In best plan",
            "300 random draws of the three-point estimates (seed 42)",
            ">" + DecisionSection.percent(odds.share(plan.ids().get(0))) + "</td>");
  }

  @Test
  void withoutActivitiesTheDecisionLeverageAndPlanSectionsAreLeftOut() {
    Scenario none = WORKED_EXAMPLE.toBuilder().replaceActivities(List.of()).build();

    Report.Page page = Report.page(ReportContext.of(none, "n.yaml"), Report.sections());

    assertThat(page.sections()).containsExactly("Managers' output per week", "Influence map");
    assertThat(page.html()).doesNotContain("no activities");
  }

  @Test
  void anActivityWithOneUncertainEstimateGetsASentenceNotAWholeTornado() {
    Scenario one =
        WORKED_EXAMPLE.toBuilder()
            .replaceActivities(
                List.of(
                    WORKED_EXAMPLE.activities().get(0).toBuilder()
                        .time(Effort.ofHours(4), Effort.ofHours(6), Effort.ofHours(12))
                        .build()))
            .build();

    String body = section(Report.html(ReportContext.of(one, "o.yaml")), "sensitivity");

    assertThat(body)
        .doesNotContain("<svg ")
        .contains("has one uncertain estimate, its time (4h–12h)");
  }

  @Test
  void everyIdInThePageIsUnique() {
    String html = Report.html(ReportContext.of(UNCERTAIN, "u.yaml"));
    java.util.regex.Matcher ids =
        java.util.regex.Pattern.compile(" id=[\"']([^\"']+)[\"']").matcher(html);
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (ids.find()) {
      assertThat(seen.add(ids.group(1))).as(ids.group(1)).isTrue();
    }
    assertThat(seen).contains("chart-plan", "chart-plan-400");
  }

  private static String section(String html, String id) {
    int start = html.indexOf("<section id=\"" + id + "\">");
    assertThat(start).as("section " + id).isNotNegative();
    return html.substring(start, html.indexOf("</section>", start));
  }

  @Test
  void htmlEscapingCoversMarkupQuotesAndControlCharacters() {
    assertThat(Html.escape("<a href=\"x\">'&'</a>\u0007"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;\uFFFD");
  }

  static int count(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      count++;
    }
    return count;
  }
}
