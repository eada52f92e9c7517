package dev.leverage.scenario;

import static dev.leverage.internal.Magnitudes.value;

import dev.leverage.Problem;
import dev.leverage.activity.Activity;
import dev.leverage.activity.Effect;
import dev.leverage.coaching.Characteristic;
import dev.leverage.coaching.Coaching;
import dev.leverage.coaching.ProductManager;
import dev.leverage.internal.Magnitudes;
import dev.leverage.internal.Magnitudes.Factor;
import dev.leverage.internal.Magnitudes.Product;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.uncertainty.Estimate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one check that keeps every quantity computed from a scenario finite (MODEL.md §10), whatever
 * the command: each activity's output and leverage, every sum of outputs (a plan's total, the
 * coach's plan), every simulated sample and every coaching step.
 *
 * <p>It bounds, for each activity, the largest output any sample can reach: {@code Σ weight × team
 * output × max(|uplift low|, |uplift high|) × effect weeks}, and the largest leverage: that bound
 * divided by the shortest time. Outputs and leverages at the PERT means and every simulated sample
 * lie within these bounds, and so do sums of outputs within their sum over all activities. The same
 * holds for the coaching steps of §8. A bound past {@link Magnitudes#LIMIT} is a problem at the
 * path of the input value that contributes the most. Linear in the size of the scenario.
 */
final class ScenarioBounds {
  private static final double LOG_LIMIT = Math.log10(Magnitudes.LIMIT);

  private final Scenario scenario;
  private final Organization organization;
  private final Map<String, Integer> teamAt = new HashMap<>();
  private final List<Problem> problems;

  /** The largest term of every activity's output bound, for the sum over all activities. */
  private final List<Product> largestTerms = new ArrayList<>();

  /** {@code log10} of every activity's output bound. */
  private final List<Double> boundLogs = new ArrayList<>();

  private ScenarioBounds(Scenario scenario, List<Problem> problems) {
    this.scenario = scenario;
    this.organization = scenario.organization();
    this.problems = problems;
    List<Team> teams = organization.teams();
    for (int j = 0; j < teams.size(); j++) {
      teamAt.putIfAbsent(teams.get(j).id(), j);
    }
  }

  /** Adds a problem for every quantity of {@code scenario} that would reach past the bound. */
  static void check(Scenario scenario, List<Problem> problems) {
    new ScenarioBounds(scenario, problems).check();
  }

  private void check() {
    List<Activity> activities = scenario.activities();
    for (int i = 0; i < activities.size(); i++) {
      activity(activities.get(i), "activities[" + i + "]");
    }
    scenario.coaching().ifPresent(this::coaching);
    double totalLog = logOfSum(boundLogs);
    if (totalLog > LOG_LIMIT) {
      Product largest = largestTerms.get(0);
      for (Product term : largestTerms) {
        if (term.log10() > largest.log10()) {
          largest = term;
        }
      }
      problems.add(
          largest.problem("the outputs of all activities together (a plan's total)", totalLog));
    }
  }

  /**
   * {@code log10} of the sum of {@code 10^log} over {@code logs}, without overflow or underflow.
   */
  private static double logOfSum(List<Double> logs) {
    double largest = Double.NEGATIVE_INFINITY;
    for (double log : logs) {
      largest = Math.max(largest, log);
    }
    if (largest == Double.NEGATIVE_INFINITY) {
      return largest;
    }
    double relative = 0;
    for (double log : logs) {
      relative += Math.pow(10, log - largest);
    }
    return largest + Math.log10(relative);
  }

  private void activity(Activity activity, String at) {
    if (organization.manager(activity.by()).isEmpty()) {
      return; // reported by the scenario's own checks
    }
    List<Product> terms = new ArrayList<>();
    for (int e = 0; e < activity.effects().size(); e++) {
      Effect effect = activity.effects().get(e);
      Integer j = teamAt.get(effect.team());
      if (j == null) {
        continue; // reported by the scenario's own checks
      }
      double weight = organization.weight(activity.by(), effect.team());
      if (weight == 0) {
        continue;
      }
      String effectAt = at + ".effects[" + e + "]";
      String weeksAt =
          effect.lasts().isPresent()
              ? effectAt + ".lasts"
              : effect.halfLife().isPresent() ? effectAt + ".halfLife" : "horizon";
      terms.add(
          Product.of(
              new Factor(weight, effectAt + ".team", "weight " + value(weight)),
              teamOutput(j),
              extreme(effect.uplift(), effectAt + ".uplift", "uplift"),
              new Factor(
                  effect.weeks(scenario.horizon()),
                  weeksAt,
                  value(effect.weeks(scenario.horizon())) + " weeks")));
    }
    String quantity = "the output of activity '" + activity.id() + "'";
    Factor time =
        activity.hasTime()
            ? new Factor(
                1 / activity.time().hours().low(),
                at + ".time",
                "1 / time " + value(activity.time().hours().low()) + "h")
            : new Factor(1, at + ".time", "no time");
    bound(terms, quantity, "the leverage of activity '" + activity.id() + "'", time);
  }

  private void coaching(Coaching coaching) {
    Manager coach = organization.manager(coaching.coach()).orElse(null);
    if (coach == null) {
      return; // reported by the scenario's own checks
    }
    List<ProductManager> pms = scenario.productManagers();
    for (int i = 0; i < pms.size(); i++) {
      ProductManager pm = pms.get(i);
      Manager manager = organization.manager(pm.id()).orElse(null);
      if (manager == null) {
        continue; // reported by the scenario's own checks
      }
      for (Characteristic characteristic : Characteristic.values()) {
        int level = pm.level(characteristic);
        if (level >= pm.target(characteristic)) {
          continue;
        }
        // The first step is worth the most: (5 − level) / 4 of elasticity × importance.
        double step = (double) (Characteristic.MAX_LEVEL - level) / (Characteristic.MAX_LEVEL - 1);
        Factor elasticity = extreme(coaching.elasticity(), "coaching.elasticity", "elasticity");
        Factor importance =
            new Factor(
                coaching.importance(characteristic),
                "coaching.importance." + characteristic.label(),
                "importance " + value(coaching.importance(characteristic)));
        Factor levelFactor =
            new Factor(
                step,
                "productManagers[" + i + "].skills." + characteristic.label(),
                "level step " + value(step));
        String id = Coaching.stepId(pm.id(), characteristic, level + 1);
        Product uplift = Product.of(elasticity, importance, levelFactor);
        if (!uplift.isSupported()) {
          problems.add(uplift.problem("the uplift of coaching step '" + id + "'"));
          continue;
        }
        List<Product> terms = new ArrayList<>();
        for (String team : manager.owns()) {
          Integer j = teamAt.get(team);
          double weight = organization.weight(coach.id(), team);
          if (j == null || weight == 0) {
            continue;
          }
          terms.add(
              Product.of(
                  elasticity,
                  importance,
                  levelFactor,
                  new Factor(weight, "coaching.coach", "weight " + value(weight)),
                  teamOutput(j),
                  new Factor(
                      scenario.horizon().weeks(),
                      "horizon",
                      value(scenario.horizon().weeks()) + " weeks")));
        }
        Factor time =
            new Factor(
                1 / coaching.hoursPerLevel().hours().low(),
                "coaching.hoursPerLevel",
                "1 / time " + value(coaching.hoursPerLevel().hours().low()) + "h");
        bound(
            terms,
            "the output of coaching step '" + id + "'",
            "the leverage of coaching step '" + id + "'",
            time);
      }
    }
  }

  /** Checks each term, their sum, and their sum times {@code perHour}; adds them to the total. */
  private void bound(List<Product> terms, String output, String leverage, Factor perHour) {
    Set<Problem> found = new LinkedHashSet<>();
    List<Double> logs = new ArrayList<>();
    Product largest = null;
    for (Product term : terms) {
      if (!term.isSupported()) {
        found.add(term.problem(output));
        continue;
      }
      logs.add(term.log10());
      if (largest == null || term.log10() > largest.log10()) {
        largest = term;
      }
    }
    if (!found.isEmpty()) {
      problems.addAll(found);
      return;
    }
    double log10 = logOfSum(logs);
    if (largest == null || log10 == Double.NEGATIVE_INFINITY) {
      return;
    }
    if (log10 > LOG_LIMIT) {
      problems.add(largest.problem(output, log10));
      return;
    }
    double leverageLog10 = log10 + Math.max(0, perHour.log10());
    if (leverageLog10 > LOG_LIMIT) {
      List<Factor> factors = new ArrayList<>(largest.factors());
      factors.add(perHour);
      problems.add(new Product(factors).problem(leverage, leverageLog10));
      return;
    }
    boundLogs.add(log10);
    largestTerms.add(largest);
  }

  private Factor teamOutput(int j) {
    Team team = organization.teams().get(j);
    return new Factor(
        team.output(),
        "teams[" + j + "].output",
        "team '" + team.id() + "' output " + value(team.output()));
  }

  /** The largest magnitude an estimate can take, as a factor. */
  private static Factor extreme(Estimate estimate, String path, String name) {
    double largest = Math.max(Math.abs(estimate.low()), Math.abs(estimate.high()));
    return new Factor(largest, path, name + " " + value(largest));
  }
}
