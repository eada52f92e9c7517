package dev.leverage.activity;

import static java.util.Objects.requireNonNull;

/**
 * What one effect of an activity adds to the manager's output: {@code weight × teamOutput × uplift
 * × weeks}.
 *
 * <p>An effect on a team with weight 0 contributes 0 and is still listed. Immutable and
 * thread-safe.
 *
 * @param team the team the effect changes
 * @param weight the team's weight for the manager doing the activity, in [0, 1]
 * @param teamOutput the team's output, in output units per week
 * @param uplift the relative change of the team's output (the PERT mean of an estimate)
 * @param weeks the full-strength weeks the effect counts for within the horizon
 * @param output the contribution, in output units
 * @param starts the week the effect begins in, counted from 0 (the effect's {@code starts} plus the
 *     week its activity is done in); at or past the horizon the contribution is 0
 */
public record Contribution(
    String team,
    double weight,
    double teamOutput,
    double uplift,
    double weeks,
    double output,
    double starts) {

  /**
   * Checks that the team is named.
   *
   * @param team the team the effect changes
   * @param weight the team's weight for the manager doing the activity, in [0, 1]
   * @param teamOutput the team's output, in output units per week
   * @param uplift the relative change of the team's output (the PERT mean of an estimate)
   * @param weeks the full-strength weeks the effect counts for within the horizon
   * @param output the contribution, in output units
   * @param starts the week the effect begins in, counted from 0
   */
  public Contribution {
    requireNonNull(team, "team");
  }

  /**
   * A contribution of an effect that begins at once.
   *
   * @param team the team the effect changes
   * @param weight the team's weight for the manager doing the activity, in [0, 1]
   * @param teamOutput the team's output, in output units per week
   * @param uplift the relative change of the team's output
   * @param weeks the full-strength weeks the effect counts for within the horizon
   * @param output the contribution, in output units
   */
  public Contribution(
      String team, double weight, double teamOutput, double uplift, double weeks, double output) {
    this(team, weight, teamOutput, uplift, weeks, output, 0);
  }
}
