package dev.leverage.simulation;

import dev.leverage.activity.Activity;
import dev.leverage.activity.Effect;
import dev.leverage.scenario.Scenario;
import dev.leverage.uncertainty.PertDistribution;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One activity prepared for sampling: the constant factor {@code weight × team output × weeks} of
 * each uncertain uplift, the summed contribution of the certain ones, and the distributions to
 * draw.
 *
 * <p>A sample draws the time first (unless certain), then each uncertain uplift in the order of the
 * effects. Immutable and thread-safe.
 */
final class ActivitySampler {
  private final String id;
  private final PertDistribution time;
  private final double certainOutput;
  private final double[] factors;
  private final PertDistribution[] uplifts;

  private ActivitySampler(
      String id,
      PertDistribution time,
      double certainOutput,
      double[] factors,
      PertDistribution[] uplifts) {
    this.id = id;
    this.time = time;
    this.certainOutput = certainOutput;
    this.factors = factors;
    this.uplifts = uplifts;
  }

  /** Prepares {@code activity} of {@code scenario}. */
  static ActivitySampler of(Scenario scenario, Activity activity) {
    double certain = 0;
    List<Double> factors = new ArrayList<>();
    List<PertDistribution> uplifts = new ArrayList<>();
    for (Effect effect : activity.effects()) {
      double factor =
          scenario.organization().weight(activity.by(), effect.team())
              * scenario.organization().team(effect.team()).orElseThrow().output()
              * effect.weeks(scenario.horizon());
      if (effect.uplift().isPoint()) {
        certain += factor * effect.uplift().likely();
      } else {
        factors.add(factor);
        uplifts.add(PertDistribution.of(effect.uplift()));
      }
    }
    return new ActivitySampler(
        activity.id(),
        PertDistribution.of(activity.time().hours()),
        certain,
        factors.stream().mapToDouble(Double::doubleValue).toArray(),
        uplifts.toArray(PertDistribution[]::new));
  }

  String id() {
    return id;
  }

  /**
   * Draws samples {@code from} (inclusive) to {@code to} (exclusive) into {@code output} and {@code
   * leverage}, at the same indexes.
   */
  void sample(SplittableRandom random, int from, int to, double[] output, double[] leverage) {
    boolean certainTime = time.isPoint();
    double hours = time.estimate().likely();
    for (int i = from; i < to; i++) {
      if (!certainTime) {
        hours = time.sample(random);
      }
      double out = certainOutput;
      for (int e = 0; e < factors.length; e++) {
        out += factors[e] * uplifts[e].sample(random);
      }
      output[i] = out;
      leverage[i] = out / hours;
    }
  }
}
