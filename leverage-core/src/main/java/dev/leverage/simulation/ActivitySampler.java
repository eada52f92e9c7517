package dev.leverage.simulation;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.activity.Activity;
import dev.leverage.activity.Effect;
import dev.leverage.organization.Team;
import dev.leverage.scenario.Scenario;
import dev.leverage.uncertainty.PertDistribution;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One activity prepared for sampling: the constant factor {@code weight × team output × weeks} of
 * each uncertain uplift, the summed contribution of the certain ones, and the distributions to
 * draw; and the one generator of each chunk of its samples.
 *
 * <p><b>Streams.</b> Sample {@code i} of the activity at position {@code a} (scenario order) is in
 * chunk {@code c = i / }{@value Simulation#CHUNK_SIZE}, drawn from the generator {@code new
 * SplittableRandom(mix64(mix64(seed + (c + 1)·γ) + (a + 1)·γ))} (γ = {@code 0x9e3779b97f4a7c15},
 * mix64 = SplitMix64's finalizer), sample by sample: the time first (unless certain), then each
 * uncertain uplift in effect order. So one activity's samples can be drawn again alone, in any
 * chunk, without the others'.
 *
 * <p><b>Checks.</b> Every sample lies between the values at the estimates' ends, so {@link #check}
 * proves from those ends, before anything is drawn, that no output or leverage can be infinite or
 * NaN; it is the one place where the simulation checks for overflow. Immutable and thread-safe.
 */
final class ActivitySampler {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private final String id;
  private final int position;
  private final PertDistribution time;
  private final double certainOutput;
  private final double[] factors;
  private final PertDistribution[] uplifts;

  private ActivitySampler(
      String id,
      int position,
      PertDistribution time,
      double certainOutput,
      double[] factors,
      PertDistribution[] uplifts) {
    this.id = id;
    this.position = position;
    this.time = time;
    this.certainOutput = certainOutput;
    this.factors = factors;
    this.uplifts = uplifts;
  }

  /**
   * Prepares every activity of {@code scenario}, in scenario order.
   *
   * @throws InvalidModelException when an output or leverage could be infinite or NaN in some
   *     sample, naming the value that causes it
   */
  static ActivitySampler[] of(Scenario scenario) {
    List<Activity> activities = scenario.activities();
    ActivitySampler[] samplers = new ActivitySampler[activities.size()];
    List<Problem> problems = new ArrayList<>();
    for (int a = 0; a < samplers.length; a++) {
      samplers[a] = of(scenario, activities.get(a), a, problems);
    }
    InvalidModelException.throwIfAny(problems);
    return samplers;
  }

  private static ActivitySampler of(
      Scenario scenario, Activity activity, int position, List<Problem> problems) {
    String path = "activities[" + position + "]";
    double certain = 0;
    List<Double> factors = new ArrayList<>();
    List<PertDistribution> uplifts = new ArrayList<>();
    double low = 0;
    double high = 0;
    String widest = null;
    double widestTerm = 0;
    for (int e = 0; e < activity.effects().size(); e++) {
      Effect effect = activity.effects().get(e);
      double output = scenario.organization().team(effect.team()).map(Team::output).orElse(0.0);
      double factor =
          scenario.organization().weight(activity.by(), effect.team())
              * output
              * effect.weeks(scenario.horizon());
      String upliftPath = path + ".effects[" + e + "].uplift";
      if (!Double.isFinite(factor)) {
        problems.add(
            Problem.at(
                teamPath(scenario, effect.team()),
                "team output "
                    + output
                    + " times "
                    + effect.weeks(scenario.horizon())
                    + " weeks is too large to compute activity '"
                    + activity.id()
                    + "''s output; use a smaller unit of output"));
        return null;
      }
      double atLow = factor * effect.uplift().low();
      double atHigh = factor * effect.uplift().high();
      if (!Double.isFinite(atLow) || !Double.isFinite(atHigh)) {
        problems.add(overflow(upliftPath, activity, effect.uplift().high()));
        return null;
      }
      low += Math.min(atLow, atHigh);
      high += Math.max(atLow, atHigh);
      double term = Math.max(Math.abs(atLow), Math.abs(atHigh));
      if (widest == null || term > widestTerm) {
        widest = upliftPath;
        widestTerm = term;
      }
      if (effect.uplift().isPoint()) {
        certain += factor * effect.uplift().likely();
      } else {
        factors.add(factor);
        uplifts.add(PertDistribution.of(effect.uplift()));
      }
    }
    if (!Double.isFinite(low) || !Double.isFinite(high)) {
      problems.add(overflow(widest, activity, widestTerm));
      return null;
    }
    double shortest = activity.time().hours().low();
    double[] leverages = {low / shortest, high / shortest, low / activity.time().hours().high()};
    for (double leverage : leverages) {
      if (!Double.isFinite(leverage)) {
        problems.add(
            Problem.at(
                path + ".time",
                "activity '"
                    + activity.id()
                    + "''s output per hour is too large to compute with a time as short as "
                    + activity.time().hours().low()
                    + "h; check the time and the uplifts"));
        return null;
      }
    }
    return new ActivitySampler(
        activity.id(),
        position,
        PertDistribution.of(activity.time().hours()),
        certain,
        factors.stream().mapToDouble(Double::doubleValue).toArray(),
        uplifts.toArray(PertDistribution[]::new));
  }

  private static Problem overflow(String path, Activity activity, double value) {
    return Problem.at(
        path,
        "makes activity '"
            + activity.id()
            + "''s output too large to compute (past "
            + Double.MAX_VALUE
            + "), was "
            + value
            + "; use a smaller unit of output");
  }

  private static String teamPath(Scenario scenario, String team) {
    List<Team> teams = scenario.organization().teams();
    for (int t = 0; t < teams.size(); t++) {
      if (teams.get(t).id().equals(team)) {
        return "teams[" + t + "].output";
      }
    }
    return "teams";
  }

  String id() {
    return id;
  }

  int position() {
    return position;
  }

  /** True when nothing is drawn: every sample has the same output and leverage. */
  boolean isCertain() {
    return time.isPoint() && uplifts.length == 0;
  }

  /** The output of every sample when {@link #isCertain()}. */
  double certainOutput() {
    return certainOutput;
  }

  /** The leverage of every sample when {@link #isCertain()}. */
  double certainLeverage() {
    return certainOutput / time.estimate().likely();
  }

  /** The generator of chunk {@code chunk} of this activity's samples. */
  SplittableRandom random(long seed, int chunk) {
    return random(seed, chunk, position);
  }

  /** The generator of chunk {@code chunk} of the samples of the activity at {@code position}. */
  static SplittableRandom random(long seed, int chunk, int position) {
    long chunkSeed = mix64(seed + (chunk + 1L) * GOLDEN_GAMMA);
    return new SplittableRandom(mix64(chunkSeed + (position + 1L) * GOLDEN_GAMMA));
  }

  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /**
   * Draws the {@code count} samples of chunk {@code chunk} into {@code output[0, count)} and {@code
   * leverage[0, count)}; either array may be {@code null} when not needed (the draws are the same).
   */
  void draw(long seed, int chunk, int count, double[] output, double[] leverage) {
    SplittableRandom random = random(seed, chunk);
    boolean certainTime = time.isPoint();
    double hours = time.estimate().likely();
    for (int i = 0; i < count; i++) {
      if (!certainTime) {
        hours = time.sample(random);
      }
      double out = certainOutput;
      for (int e = 0; e < factors.length; e++) {
        out += factors[e] * uplifts[e].sample(random);
      }
      if (output != null) {
        output[i] = out;
      }
      if (leverage != null) {
        leverage[i] = out / hours;
      }
    }
  }
}
