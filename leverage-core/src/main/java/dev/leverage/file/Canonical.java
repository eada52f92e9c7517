package dev.leverage.file;

import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityKind;
import dev.leverage.activity.Effect;
import dev.leverage.coaching.Characteristic;
import dev.leverage.coaching.Coaching;
import dev.leverage.coaching.ProductManager;
import dev.leverage.internal.Numbers;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Team;
import dev.leverage.portfolio.Investment;
import dev.leverage.portfolio.Objective;
import dev.leverage.portfolio.Pillar;
import dev.leverage.portfolio.Portfolio;
import dev.leverage.portfolio.Product;
import dev.leverage.portfolio.RoadmapItem;
import dev.leverage.scenario.Scenario;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.CalendarTime;
import dev.leverage.unit.Effort;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * The canonical form of a scenario, ready to be written: fields in the order of MODEL.md §9, only
 * those that differ from their defaults, units as they are written ({@code 6h}, {@code 12w}),
 * numbers as text that reads back exactly.
 *
 * <p>Lists, sets and maps keep their order; characteristics follow the order of {@link
 * Characteristic}.
 */
final class Canonical {
  private final boolean oneManager;

  private Canonical(Scenario scenario) {
    this.oneManager = scenario.organization().managerIds().size() == 1;
  }

  static Out.Mapping of(Scenario scenario) {
    return new Canonical(scenario).scenario(scenario);
  }

  private Out.Mapping scenario(Scenario scenario) {
    Out.Mapping out = Out.Mapping.of(false);
    out.put("title", scenario.title().map(Out.Text::new));
    out.text("unit", scenario.unit(), Scenario.DEFAULT_UNIT);
    out.text("horizon", scenario.horizon(), Scenario.DEFAULT_HORIZON);
    out.put("teams", new Out.Sequence(list(scenario.organization().teams(), this::team), false));
    out.put(
        "managers",
        new Out.Sequence(list(scenario.organization().managers(), this::manager), false));
    out.items("activities", scenario.activities(), this::activity);
    out.items("productManagers", scenario.productManagers(), this::productManager);
    out.put("coaching", scenario.coaching().map(this::coaching));
    out.put("portfolio", scenario.portfolio().map(this::portfolio));
    return out;
  }

  private static <T> java.util.List<Out> list(
      java.util.List<T> values, java.util.function.Function<T, Out> item) {
    return values.stream().map(item).toList();
  }

  private Out team(Team team) {
    return Out.Mapping.of(true).put("id", text(team.id())).put("output", number(team.output()));
  }

  private Out manager(Manager manager) {
    return Out.Mapping.of(false)
        .put("id", text(manager.id()))
        .texts("owns", manager.owns())
        .entries("influences", manager.influences(), Canonical::number)
        .texts("reports", manager.reports())
        .put("budget", manager.budget().map(Canonical::effort));
  }

  private Out activity(Activity activity) {
    Out.Mapping out = Out.Mapping.of(false).put("id", text(activity.id()));
    if (!oneManager) {
      out.put("by", text(activity.by()));
    }
    return out.text("kind", activity.kind().label(), ActivityKind.OTHER.label())
        .put("time", estimate(activity.time().hours(), Canonical::effort))
        .put("fixed", activity.fixed().map(f -> text(f.label())))
        .texts("requires", activity.requires())
        .items("effects", activity.effects(), this::effect)
        .entries("attributes", activity.attributes(), e -> estimate(e, Canonical::number));
  }

  private Out effect(Effect effect) {
    return Out.Mapping.of(true)
        .put("team", text(effect.team()))
        .put("uplift", estimate(effect.uplift(), Canonical::number))
        .put("lasts", effect.lasts().map(l -> text(l.toString())))
        .put("halfLife", effect.halfLife().map(h -> text(h.toString())))
        .text("starts", effect.starts(), CalendarTime.ofWeeks(0));
  }

  private Out productManager(ProductManager pm) {
    return Out.Mapping.of(false)
        .put("id", text(pm.id()))
        .entries("skills", inOrder(pm.skills()), Canonical::number)
        .entries("targets", inOrder(pm.targets()), Canonical::number);
  }

  private Out coaching(Coaching coaching) {
    Coaching defaults = Coaching.by(coaching.coach());
    Out.Mapping out =
        Out.Mapping.of(false)
            .put("coach", text(coaching.coach()))
            .entries("importance", inOrder(coaching.importance()), Canonical::number);
    if (!coaching.elasticity().equals(defaults.elasticity())) {
      out.put("elasticity", estimate(coaching.elasticity(), Canonical::number));
    }
    if (!coaching.hoursPerLevel().equals(defaults.hoursPerLevel())) {
      out.put("hoursPerLevel", estimate(coaching.hoursPerLevel().hours(), Canonical::effort));
    }
    return out;
  }

  private Out portfolio(Portfolio portfolio) {
    Out.Mapping out =
        Out.Mapping.of(false)
            .put("strategy", text(portfolio.strategy().label()))
            .texts("vision", portfolio.vision())
            .items("objectives", portfolio.objectives(), this::objective)
            .items("pillars", portfolio.pillars(), this::pillar)
            .items("products", portfolio.products(), this::product)
            .items("roadmap", portfolio.roadmap(), this::roadmapItem);
    if (portfolio.tolerance() != Portfolio.DEFAULT_TOLERANCE) {
      out.put("tolerance", number(portfolio.tolerance()));
    }
    return out;
  }

  private Out objective(Objective objective) {
    return Out.Mapping.of(true)
        .put("id", text(objective.id()))
        .put("weight", number(objective.weight()));
  }

  private Out pillar(Pillar pillar) {
    return Out.Mapping.of(true).put("id", text(pillar.id())).texts("serves", pillar.serves());
  }

  private Out product(Product product) {
    Out.Mapping out =
        Out.Mapping.of(true)
            .put("id", text(product.id()))
            .put("pm", product.pm().map(Canonical::text))
            .texts("teams", product.teams())
            .texts("serves", product.serves());
    Investment investment = product.investment();
    if (!investment.equals(Investment.NONE)) {
      Out.Mapping amounts = Out.Mapping.of(true);
      if (investment.development() != 0) {
        amounts.put("development", number(investment.development()));
      }
      if (investment.marketing() != 0) {
        amounts.put("marketing", number(investment.marketing()));
      }
      out.put("investment", amounts);
    }
    return out.texts("vision", product.vision());
  }

  private Out roadmapItem(RoadmapItem item) {
    return Out.Mapping.of(true)
        .put("id", text(item.id()))
        .put("product", text(item.product()))
        .put("pillar", item.pillar().map(Canonical::text));
  }

  /** The entries of a map keyed by characteristic, in the order of {@link Characteristic}. */
  private static <V> Map<String, V> inOrder(Map<Characteristic, V> byCharacteristic) {
    Map<String, V> ordered = new LinkedHashMap<>();
    for (Characteristic characteristic : Characteristic.values()) {
      if (byCharacteristic.containsKey(characteristic)) {
        ordered.put(characteristic.label(), byCharacteristic.get(characteristic));
      }
    }
    return ordered;
  }

  /** A point as one value, a three-point estimate as {@code {low: …, likely: …, high: …}}. */
  private static Out estimate(Estimate estimate, DoubleFunction<Out> value) {
    if (estimate.isPoint()) {
      return value.apply(estimate.likely());
    }
    return Out.Mapping.of(true)
        .put("low", value.apply(estimate.low()))
        .put("likely", value.apply(estimate.likely()))
        .put("high", value.apply(estimate.high()));
  }

  private static Out text(String text) {
    return new Out.Text(text);
  }

  private static Out number(double value) {
    return new Out.Number(Numbers.exact(value));
  }

  private static Out number(Number value) {
    return number(value.doubleValue());
  }

  private static Out effort(double hours) {
    return text(Effort.ofHours(hours).toString());
  }

  private static Out effort(Effort effort) {
    return text(effort.toString());
  }
}
