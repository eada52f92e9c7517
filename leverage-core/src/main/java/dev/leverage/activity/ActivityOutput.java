package dev.leverage.activity;

import static com.google.common.collect.ImmutableList.toImmutableList;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.leverage.organization.Organization;
import dev.leverage.unit.CalendarTime;
import java.util.List;

/**
 * The output an activity creates for the manager doing it, with one {@link Contribution} per
 * effect, and its leverage: output per hour of the manager's time.
 *
 * <p>{@code output = Σ weight(M, team) × output(team) × uplift × weeks} over the effects, using
 * PERT means; the contributions sum to the output exactly. An activity without time ({@link
 * Activity#hasTime()}) has an output but no hours and no leverage. Immutable and thread-safe.
 *
 * @param activity the activity
 * @param hours the PERT mean of its time, in hours; NaN when the activity has no time
 * @param output the output it creates, in output units (negative for harm)
 * @param contributions one per effect, in the activity's order
 */
public record ActivityOutput(
    Activity activity, double hours, double output, List<Contribution> contributions) {

  /**
   * Copies the contributions.
   *
   * @param activity the activity
   * @param hours the PERT mean of its time, in hours
   * @param output the output it creates, in output units (negative for harm)
   * @param contributions one per effect, in the activity's order
   */
  public ActivityOutput {
    requireNonNull(activity, "activity");
    contributions = ImmutableList.copyOf(contributions);
  }

  /**
   * Computes the output of {@code activity} in {@code organization} within {@code horizon}.
   *
   * @param activity the activity
   * @param organization the organization
   * @param horizon the horizon
   * @return the output, its contributions and its leverage
   * @throws dev.leverage.InvalidModelException if the manager or a team is unknown
   */
  public static ActivityOutput of(
      Activity activity, Organization organization, CalendarTime horizon) {
    return of(activity, organization, horizon, 0);
  }

  /**
   * Computes the output of {@code activity} in {@code organization} within {@code horizon} when it
   * is done in week {@code doneIn} (0 for the first week): every effect begins {@code doneIn} weeks
   * later (§7), so the same activity is worth less the later it is done.
   *
   * @param activity the activity
   * @param organization the teams and managers
   * @param horizon how long effects are counted
   * @param doneIn the week the activity is done in, at least 0
   * @return its output, one contribution per effect
   * @throws dev.leverage.InvalidModelException if the manager or a team is unknown
   */
  public static ActivityOutput of(
      Activity activity, Organization organization, CalendarTime horizon, int doneIn) {
    ImmutableList<Contribution> contributions =
        activity.effects().stream()
            .map(
                effect -> {
                  double weight = organization.weight(activity.by(), effect.team());
                  double teamOutput = organization.team(effect.team()).orElseThrow().output();
                  double uplift = effect.uplift().pertMean();
                  double weeks = effect.weeks(horizon, doneIn);
                  double contribution = weeks == 0 ? 0 : weight * teamOutput * uplift * weeks;
                  return new Contribution(
                      effect.team(),
                      weight,
                      teamOutput,
                      uplift,
                      weeks,
                      contribution,
                      doneIn + effect.starts().weeks());
                })
            .collect(toImmutableList());
    double output = 0;
    for (Contribution contribution : contributions) {
      output += contribution.output();
    }
    double hours = activity.hasTime() ? activity.hours() : Double.NaN;
    return new ActivityOutput(activity, hours, output, contributions);
  }

  /**
   * {@return the PERT mean of the activity's time, in hours}
   *
   * @throws dev.leverage.InvalidModelException at the place its time was left out, when the
   *     activity has none ({@link #hasHours()})
   */
  @Override
  public double hours() {
    return Double.isNaN(hours) && !activity.hasTime() ? activity.hours() : hours;
  }

  /** {@return true unless the activity has no time, hence no hours and no leverage} */
  public boolean hasHours() {
    return !Double.isNaN(hours) || activity.hasTime();
  }

  /**
   * {@return output per hour of the manager's time: {@code output / hours}}
   *
   * @throws dev.leverage.InvalidModelException at the place its time was left out, when the
   *     activity has none ({@link #hasHours()})
   */
  public double leverage() {
    return output / hours();
  }
}
