package dev.leverage.calculator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leverage.internal.Numbers;
import dev.leverage.planning.DelayCost;
import dev.leverage.planning.LeftOut;
import dev.leverage.planning.Schedule;
import dev.leverage.scenario.Scenario;
import java.util.List;

/** {@code plan --weeks N}: the schedule as a table, JSON (MODEL.md §11) and CSV. */
final class ScheduleView {
  private ScheduleView() {}

  /** The readable schedule: week by week in execution order, then what was left out and why. */
  static String table(Schedule schedule, Scenario scenario) {
    StringBuilder out = new StringBuilder();
    out.append("Schedule for ")
        .append(schedule.manager())
        .append(schedule.foundationFirst() ? ", foundation first" : "")
        .append(" over ")
        .append(schedule.weeks().size())
        .append(" weeks: ")
        .append(Text.hours(schedule.budget().hours()))
        .append(" a week; output ")
        .append(Numbers.figure(schedule.output()));
    if (schedule.foundationFirst()) {
      out.append(" (foundation ").append(Numbers.figure(schedule.foundationOutput())).append(')');
    }
    out.append('\n');
    for (Schedule.Week week : schedule.weeks()) {
      out.append("\nWeek ")
          .append(week.week())
          .append(": ")
          .append(Text.hours(week.usedHours()))
          .append(" used, output ")
          .append(Numbers.figure(week.output()))
          .append('\n');
      if (week.activities().isEmpty()) {
        out.append("  Nothing left worth doing this week.\n");
        continue;
      }
      TextTable table = new TextTable("#", "Activity", "Kind", ">Hours", ">Output", "Note");
      int step = 1;
      for (Schedule.ScheduledActivity activity : week.activities()) {
        table.row(
            Integer.toString(step++),
            activity.id(),
            activity.activity().activity().kind().label(),
            Text.hours(activity.hours()),
            Numbers.figure(activity.output()),
            activity.activity().activity().fixed().map(f -> "fixed: " + f.label()).orElse(""));
      }
      out.append(table.render());
    }
    out.append('\n');
    if (schedule.exact()) {
      out.append("  The best schedule (exact).\n");
    } else {
      out.append("  Not proved optimal: the best schedule may create up to ")
          .append(Numbers.figure(schedule.gap()))
          .append(" more output (upper bound ")
          .append(Numbers.figure(schedule.upperBound()))
          .append(").\n");
    }
    appendLeftOut(out, schedule.leftOut());
    out.append(
        "  Output: "
            + Labels.unit(scenario)
            + " over the horizon, counted from the week each activity is done;"
            + " a weekly commitment takes its hours every week and counts its output once, in"
            + " week 1. Hours: PERT means rounded to whole minutes.\n");
    return out.toString();
  }

  /** Appends the "Left out" table of a plan or a schedule, with each reason's figures. */
  static void appendLeftOut(StringBuilder out, List<LeftOut> leftOut) {
    if (leftOut.isEmpty()) {
      return;
    }
    out.append("\nLeft out\n");
    TextTable left = new TextTable("Activity", "Kind", ">Hours", ">Output", "Reason");
    for (LeftOut activity : leftOut) {
      left.row(
          activity.id(),
          activity.activity().kind().label(),
          Text.hours(activity.activityOutput().hours()),
          Numbers.figure(activity.activityOutput().output()),
          activity.reason().label());
      left.detail(activity.explanation());
    }
    out.append(left.render());
  }

  /** The JSON of MODEL.md §11 for {@code plan --weeks N}. */
  static String json(Schedule schedule, Scenario scenario) {
    return json(schedule, scenario, null);
  }

  /** The JSON of MODEL.md §11 for {@code plan --weeks N}, with {@code delayCosts} when given. */
  static String json(Schedule schedule, Scenario scenario, List<DelayCost> delayCosts) {
    ObjectNode root = Json.object();
    root.put("manager", schedule.manager());
    root.put("weeks", schedule.weeks().size());
    root.put("budgetHours", schedule.budget().hours());
    root.put("output", schedule.output());
    root.put("exact", schedule.exact());
    root.put("upperBound", schedule.upperBound());
    root.put("foundationFirst", schedule.foundationFirst());
    ArrayNode weeks = root.putArray("schedule");
    for (Schedule.Week week : schedule.weeks()) {
      ObjectNode node = weeks.addObject();
      node.put("week", week.week());
      node.put("usedHours", week.usedHours());
      node.put("output", week.output());
      ArrayNode ids = node.putArray("activities");
      week.ids().forEach(ids::add);
    }
    ArrayNode leftOut = root.putArray("leftOut");
    for (LeftOut activity : schedule.leftOut()) {
      leftOut
          .addObject()
          .put("id", activity.id())
          .put("reason", activity.reason().key())
          .put("explanation", activity.explanation());
    }
    if (delayCosts != null) {
      PlanCommand.putDelayCosts(root, delayCosts);
    }
    return Json.render(Labels.put(root, scenario));
  }

  /** The schedule as CSV: one row per activity and week, in execution order. */
  static String csv(Schedule schedule) {
    CsvTable table = new CsvTable("week", "step", "id", "kind", "hours", "output", "fixed");
    for (Schedule.Week week : schedule.weeks()) {
      int step = 1;
      for (Schedule.ScheduledActivity activity : week.activities()) {
        table.row(
            week.week(),
            step++,
            activity.id(),
            activity.activity().activity().kind().label(),
            activity.hours(),
            activity.output(),
            activity.activity().activity().fixed().map(f -> f.label()).orElse(""));
      }
    }
    return table.render();
  }
}
