package dev.leverage.report;

import dev.leverage.internal.Numbers;
import dev.leverage.planning.DelayCost;
import dev.leverage.planning.LeftOut;
import dev.leverage.planning.Planner;
import dev.leverage.planning.Schedule;
import dev.leverage.report.chart.ChartSpec;
import dev.leverage.report.chart.SegmentChart;
import dev.leverage.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The schedule over several weeks ({@code report --weeks N}, the schedule of {@code plan --weeks
 * N}): for each manager with candidates, a chart with a bar per week (its activities in execution
 * order, coloured by kind, and the hours left unused), the schedule as a table, and what doing each
 * of the top activities a week later costs. Left out of a report of one week.
 */
final class ScheduleSection extends BuiltInSection {
  /** The managers scheduled at most; the others are counted, and {@code plan --weeks} does them. */
  static final int MANAGERS_SHOWN = 10;

  /** How many delay costs each manager's table lists, most costly first. */
  static final int DELAY_COSTS_SHOWN = 5;

  ScheduleSection() {
    super("schedule", "Plan over several weeks");
  }

  @Override
  public Optional<String> body(ReportContext context) {
    if (context.weeks() < 2) {
      return Optional.empty();
    }
    Scenario whole = context.wholeWeek();
    List<String> managers = PlanSection.managersWithActivities(whole);
    if (managers.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    out.append(
        Html.paragraph(
            "Which activities to do in which of the next "
                + context.weeks()
                + " weeks: every week within the manager's weekly budget, every requirement in the"
                + " same week or earlier, and every effect counted from the week its activity is"
                + " done, so the same activity is worth less the later it is done (the schedule"
                + " of leverage plan --weeks "
                + context.weeks()
                + ", with coaching steps among the coach's candidates)."));
    Planner planner = Planner.builder().build();
    int shown = Math.min(MANAGERS_SHOWN, managers.size());
    for (int i = 0; i < shown; i++) {
      Schedule schedule = planner.schedule(whole, managers.get(i), context.weeks());
      out.append(manager(context, whole, schedule, i));
    }
    if (managers.size() > MANAGERS_SHOWN) {
      out.append(
          Html.paragraph(
              "And "
                  + (managers.size() - MANAGERS_SHOWN)
                  + " more managers with activities: leverage plan FILE --weeks "
                  + context.weeks()
                  + " --manager ID schedules each."));
    }
    return Optional.of(out.toString());
  }

  private static String manager(
      ReportContext context, Scenario whole, Schedule schedule, int index) {
    String manager = schedule.manager();
    double budget = schedule.budget().hours();
    List<String> weeks = new ArrayList<>();
    List<List<SegmentChart.Segment>> bars = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (Schedule.Week week : schedule.weeks()) {
      weeks.add("Week " + week.week());
      List<SegmentChart.Segment> segments = new ArrayList<>();
      int step = 1;
      for (Schedule.ScheduledActivity activity : week.activities()) {
        String kind = activity.activity().activity().kind().label();
        segments.add(
            SegmentChart.Segment.of(
                activity.id() + " " + PlanSection.hours(activity.hours()),
                Integer.toString(step),
                activity.hours(),
                kind));
        rows.add(
            List.of(
                Integer.toString(week.week()),
                Integer.toString(step++),
                activity.id(),
                kind,
                PlanSection.hours(activity.hours()),
                Numbers.figure(activity.output()),
                activity.activity().activity().fixed().map(f -> "fixed: " + f.label()).orElse("")));
      }
      double unused = budget - week.usedHours();
      if (unused > 0) {
        segments.add(
            SegmentChart.Segment.spare(
                "unused " + PlanSection.hours(unused),
                PlanSection.hours(unused),
                unused,
                "unused"));
      }
      bars.add(segments);
    }
    for (LeftOut left : schedule.leftOut()) {
      rows.add(
          List.of(
              "–",
              "",
              left.id(),
              left.activity().kind().label(),
              PlanSection.hours(left.activityOutput().hours()),
              Numbers.figure(left.activityOutput().output()),
              "left out: " + left.reason().label()));
    }
    SegmentChart chart =
        SegmentChart.of(
            ChartSpec.of("chart-schedule-" + index)
                .withTitle(
                    "Week by week: " + manager + " (" + PlanSection.hours(budget) + " a week)")
                .withCategoryAxis("Week")
                .withValueAxis("Hours of the manager's week"),
            weeks,
            bars);
    StringBuilder out = new StringBuilder();
    out.append(
        Html.paragraph(
            manager
                + ": output "
                + Numbers.figure(schedule.output())
                + " "
                + context.unit()
                + " over the horizon"
                + (schedule.exact()
                    ? " (the best schedule, proved)."
                    : " (not proved best: up to "
                        + Numbers.figure(schedule.gap())
                        + " more may be possible).")));
    out.append(
        Html.chart(
            chart,
            "Each bar is one week of "
                + manager
                + ", read from the axis outwards: its activities in the order to do them"
                + " (fixed commitments first, then requirements, foundation, leverage), each"
                + " labelled with its id and hours, coloured by its kind (see the legend); the"
                + " white dashed segment is time left unused."
                + PlanSection.footnote(chart, week -> week)));
    out.append(
        Html.table(
            "Schedule of "
                + manager
                + " (output in "
                + context.unit()
                + " over the horizon, counted from the week done; a weekly commitment's output"
                + " in week 1); activities left out at the end",
            List.of("Week", ">#", "Activity", "Kind", ">Hours", ">Output", "Note"),
            rows));
    List<DelayCost> costs = DelayCost.of(whole, schedule);
    if (!costs.isEmpty()) {
      List<List<String>> delayRows = new ArrayList<>();
      for (DelayCost cost : costs.subList(0, Math.min(DELAY_COSTS_SHOWN, costs.size()))) {
        delayRows.add(
            List.of(
                cost.id(),
                Integer.toString(cost.week()),
                Numbers.figure(cost.output()),
                Numbers.figure(cost.weekLater()),
                Numbers.figure(cost.cost())));
      }
      out.append(
          Html.table(
              "What doing it a week later costs (output in "
                  + context.unit()
                  + "; every effect begins a week later, the rest of the schedule unchanged)",
              List.of("Activity", ">Week", ">Output then", ">A week later", ">Cost"),
              delayRows));
    }
    return out.toString();
  }
}
