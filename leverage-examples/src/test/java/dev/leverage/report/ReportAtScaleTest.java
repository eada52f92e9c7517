package dev.leverage.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leverage.activity.Activity;
import dev.leverage.activity.Effect;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.scenario.Scenario;
import dev.leverage.uncertainty.EffortEstimate;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.Effort;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A report summarises a large scenario (issue 10): its tables and charts show the best {@value
 * Summary#ROWS} activities and say how many more there are, so that 100,000 activities make a page
 * of well under 10 MB. Not timed.
 */
class ReportAtScaleTest {
  @Test
  void aHundredThousandActivitiesMakeAReportUnderTenMegabytesThatSaysHowManyMoreThereAre() {
    Scenario scenario = scenario(100_000);

    Report.Page page =
        Report.page(new ReportContext(scenario, "big.json", 100, 1), Report.sections());
    String html = page.html();

    assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(10_000_000);
    assertThat(html)
        .contains("… and 99950 more activities (see <code>leverage score --format csv</code>")
        .contains("Leverage of the best 50 of 100000 activities")
        .contains("more activities left out");
    assertThat(page.sections()).contains("Leverage per activity", "Recommended plan of the week");
  }

  @Test
  void aPlanOfManyShortActivitiesListsThemAllButItsBarShowsTheFirstFifty() {
    Scenario scenario = scenario(300, Effort.ofMinutes(1), Effort.ofHours(1000));

    String html =
        Report.html(new ReportContext(scenario, "short.json", 100, 1), List.of(new PlanSection()));

    assertThat(html).contains("250 more activities").contains(">a299<");
  }

  @Test
  void aChainOfTenThousandManagersIsReportedWithTheFirstFiftyOfThem() {
    Organization.Builder organization = Organization.builder();
    List<Activity> activities = new ArrayList<>();
    for (int m = 0; m < 10_000; m++) {
      organization.teams(Team.of("t" + m, 10));
      Manager.Builder manager = Manager.builder().id("m" + m).owns("t" + m);
      if (m + 1 < 10_000) {
        manager.reports("m" + (m + 1));
      }
      organization.managers(manager.build());
      if (m % 100 == 0) {
        activities.add(
            Activity.builder()
                .id("a" + m)
                .by("m" + m)
                .time(Effort.ofHours(2))
                .effects(Effect.on("t" + m, 0.1))
                .build());
      }
    }
    Scenario scenario =
        Scenario.builder().organization(organization.build()).activities(activities).build();

    String html = Report.html(new ReportContext(scenario, "chain.json", 100, 1));

    assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(10_000_000);
    assertThat(html)
        .contains("… and 9950 more managers")
        .contains("… and 50 more managers&#39; plans")
        .contains("this organization has 10000 managers and 10000 teams");
  }

  /** {@code count} activities of {@code lee}, 30 minutes to 8 hours, every fifth uncertain. */
  static Scenario scenario(int count) {
    return scenario(count, null, Effort.ofHours(40));
  }

  private static Scenario scenario(int count, Effort time, Effort budget) {
    Random random = new Random(7);
    Organization.Builder organization = Organization.builder();
    Manager.Builder lee = Manager.builder().id("lee").budget(budget);
    for (int t = 0; t < 20; t++) {
      organization.teams(Team.of("t" + t, 10 + random.nextInt(200)));
      if (t < 10) {
        lee.owns("t" + t);
      } else {
        lee.influence("t" + t, 0.5);
      }
    }
    organization.managers(lee.build());
    List<Activity> activities = new ArrayList<>(count);
    for (int a = 0; a < count; a++) {
      double hours = 0.5 * (1 + random.nextInt(16));
      double uplift = 0.001 + random.nextInt(100) / 1000.0;
      Activity.Builder activity = Activity.builder().id("a" + a).by("lee");
      if (time != null) {
        activity.time(time);
      } else if (a % 5 == 0) {
        activity.time(EffortEstimate.ofHours(Estimate.of(hours * 0.8, hours, hours * 1.5)));
      } else {
        activity.time(Effort.ofHours(hours));
      }
      activity.effects(
          a % 5 == 0
              ? Effect.builder()
                  .team("t" + random.nextInt(20))
                  .uplift(Estimate.of(uplift * 0.5, uplift, uplift * 2))
                  .build()
              : Effect.on("t" + random.nextInt(20), uplift));
      activities.add(activity.build());
    }
    return Scenario.builder().organization(organization.build()).activities(activities).build();
  }
}
