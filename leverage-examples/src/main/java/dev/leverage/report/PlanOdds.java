package dev.leverage.report;

import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.activity.Contribution;
import dev.leverage.activity.Effect;
import dev.leverage.planning.Plan;
import dev.leverage.planning.Planner;
import dev.leverage.scenario.Scenario;
import dev.leverage.uncertainty.PertDistribution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * How often each of a manager's activities is in the best plan for the manager's budget when every
 * three-point estimate (time, uplifts) is drawn from its PERT distribution: the planner runs once
 * per draw. A planned activity that is in the best plan in nearly every draw is a safe choice; one
 * that is in it only half the time is a close call worth a better estimate.
 *
 * @param draws how many draws the shares come from
 * @param seed the seed of the draws: the same seed gives the same shares
 * @param shares for every activity of the manager, the share of draws whose best plan holds it
 */
record PlanOdds(int draws, long seed, Map<String, Double> shares) {
  /** At most this many draws: enough to tell 90% from 50%, few enough for a report. */
  static final int MAX_DRAWS = 500;

  /**
   * At most this many activity draws in all (draws × activities), so a large scenario stays fast.
   */
  static final long MAX_WORK = 200_000;

  PlanOdds {
    shares = Map.copyOf(shares);
  }

  /** The share of draws whose best plan holds {@code id}, in [0, 1]. */
  double share(String id) {
    return shares.getOrDefault(id, 0.0);
  }

  /**
   * The odds of {@code plan}'s manager with {@code context}'s seed and at most its sample count of
   * draws, or empty when every estimate of the manager's activities is a point.
   */
  static Optional<PlanOdds> of(ReportContext context, Plan plan) {
    Scenario scenario = context.scenario();
    List<Activity> activities = scenario.activitiesOf(plan.manager());
    if (activities.stream().noneMatch(ReportContext::uncertain)) {
      return Optional.empty();
    }
    int draws =
        (int)
            Math.max(
                1, Math.min(Math.min(MAX_DRAWS, context.samples()), MAX_WORK / activities.size()));
    Planner planner =
        Planner.builder().budget(plan.budget()).foundationFirst(plan.foundationFirst()).build();
    List<Drawn> drawn = activities.stream().map(a -> new Drawn(scenario.output(a))).toList();
    SplittableRandom random = new SplittableRandom(context.seed());
    Map<String, Integer> counts = new HashMap<>();
    List<ActivityOutput> candidates = new ArrayList<>(drawn.size());
    for (int i = 0; i < draws; i++) {
      candidates.clear();
      for (Drawn activity : drawn) {
        candidates.add(activity.draw(random));
      }
      for (String id : planner.plan(plan.manager(), candidates).ids()) {
        counts.merge(id, 1, Integer::sum);
      }
    }
    Map<String, Double> shares = new HashMap<>();
    for (Activity activity : activities) {
      shares.put(activity.id(), counts.getOrDefault(activity.id(), 0) / (double) draws);
    }
    return Optional.of(new PlanOdds(draws, context.seed(), shares));
  }

  /** One activity ready to draw: its time and uplift distributions and its mean output. */
  private static final class Drawn {
    private final ActivityOutput mean;
    private final PertDistribution time;
    private final PertDistribution[] uplifts;

    Drawn(ActivityOutput mean) {
      this.mean = mean;
      this.time = PertDistribution.of(mean.activity().time().hours());
      this.uplifts =
          mean.activity().effects().stream()
              .map(Effect::uplift)
              .map(PertDistribution::of)
              .toArray(PertDistribution[]::new);
    }

    ActivityOutput draw(SplittableRandom random) {
      if (time.isPoint() && allPoints()) {
        return mean;
      }
      double hours = time.isPoint() ? mean.hours() : time.sample(random);
      double output = 0;
      List<Contribution> contributions = mean.contributions();
      for (int e = 0; e < uplifts.length; e++) {
        Contribution c = contributions.get(e);
        double uplift = uplifts[e].isPoint() ? c.uplift() : uplifts[e].sample(random);
        output += c.weight() * c.teamOutput() * c.weeks() * uplift;
      }
      return new ActivityOutput(mean.activity(), hours, output, List.of());
    }

    private boolean allPoints() {
      for (PertDistribution uplift : uplifts) {
        if (!uplift.isPoint()) {
          return false;
        }
      }
      return true;
    }
  }
}
