package dev.leverage.activity;

import static java.util.Objects.requireNonNull;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.internal.Ids;
import dev.leverage.internal.Numbers;
import dev.leverage.uncertainty.EffortEstimate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The checks of an {@link Activity}: its values, its time, and times needed for hours. */
final class ActivityChecks {
  private ActivityChecks() {}

  /** The one check of {@code activity}: ids, time, requirements and attribute names. */
  static void check(Activity activity) {
    List<Problem> problems = new ArrayList<>();
    Ids.check(activity.id(), "id", "activity", problems);
    Ids.check(activity.by(), "by", "manager", problems);
    activity.knownTime().ifPresent(time -> checkTime(time, "time", problems));
    int i = 0;
    for (String required : activity.requires()) {
      String path = "requires[" + i++ + "]";
      Ids.check(required, path, "activity", problems);
      if (required.equals(activity.id())) {
        problems.add(Problem.at(path, "activity '" + activity.id() + "' cannot require itself"));
      }
    }
    for (String name : activity.attributes().keySet()) {
      Ids.checkName(name, "attributes." + name, problems);
    }
    InvalidModelException.throwIfAny(problems);
  }

  static void checkTime(EffortEstimate time, String path, List<Problem> problems) {
    requireNonNull(time, "time");
    requireNonNull(path, "path");
    requireNonNull(problems, "problems");
    if (!(time.hours().low() > 0)) {
      problems.add(Problem.at(path, "must be more than 0 hours, was " + time));
    }
    if (time.hours().high() > Activity.MAX_HOURS) {
      problems.add(
          Problem.at(
              path,
              "must be at most 10000000h (ten million hours, the longest an activity may take), was "
                  + Numbers.format(time.hours().high())
                  + "h"));
    }
  }

  static void requireTimes(Collection<Activity> activities) {
    requireNonNull(activities, "activities");
    InvalidModelException.throwIfAny(
        activities.stream()
            .filter(a -> !a.hasTime())
            .flatMap(a -> noTime(a).problems().stream())
            .toList());
  }

  /**
   * Why {@code activity}, which has no time, cannot give hours: at the place its time was left out.
   */
  static InvalidModelException noTime(Activity activity) {
    return InvalidModelException.of(
        activity.timeLeftOutAt().orElse("time"),
        "no time for activity '"
            + activity.id()
            + "'; leverage and planning need hours: write its time (3, 3h, 90m or 1h30m), or"
            + " score it by a strategy that needs none (ice, rice with effort, wsjf with jobSize)");
  }
}
