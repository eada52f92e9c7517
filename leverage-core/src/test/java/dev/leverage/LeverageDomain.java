package dev.leverage;

import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityKind;
import dev.leverage.activity.Effect;
import dev.leverage.coaching.Characteristic;
import dev.leverage.coaching.Coaching;
import dev.leverage.coaching.ProductManager;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.portfolio.Objective;
import dev.leverage.portfolio.Pillar;
import dev.leverage.portfolio.Portfolio;
import dev.leverage.portfolio.PortfolioStrategy;
import dev.leverage.portfolio.Product;
import dev.leverage.portfolio.RoadmapItem;
import dev.leverage.scenario.Scenario;
import dev.leverage.uncertainty.EffortEstimate;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.CalendarTime;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.arbitraries.DoubleArbitrary;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The jqwik domain of the model: valid values of every type, from ids and units up to whole
 * scenarios whose organizations are random report forests.
 *
 * <p>Use it with {@code @Domain(LeverageDomain.class)} (add
 * {@code @Domain(DomainContext.Global.class)} for plain numbers and strings). Values a property
 * needs in a narrower range (uplifts, times) are reachable through the static factories.
 */
public class LeverageDomain extends DomainContextBase {

  /**
   * Attribute names the scoring strategies of MODEL.md §6 read; every generated activity has all.
   */
  public static final List<String> ATTRIBUTES =
      List.of(
          "reach",
          "impact",
          "confidence",
          "effort",
          "ease",
          "businessValue",
          "timeCriticality",
          "riskReduction",
          "jobSize");

  static final int MAX_TEAMS = 8;
  static final int MAX_MANAGERS = 6;
  static final int MAX_ACTIVITIES = 6;

  @Provide
  Arbitrary<Team> teams() {
    return Combinators.combine(ids(), teamOutputs()).as(Team::of);
  }

  @Provide
  Arbitrary<Manager> managers() {
    return Combinators.combine(
            ids(),
            ids().set().ofMaxSize(3),
            Arbitraries.maps(ids(), influenceWeights()).ofMaxSize(3),
            ids().set().ofMaxSize(3),
            budgets().injectNull(0.5))
        .as(
            (id, owns, influences, reports, budget) -> {
              Map<String, Double> influenced = new LinkedHashMap<>(influences);
              influenced.keySet().removeAll(owns);
              Manager.Builder manager =
                  Manager.builder()
                      .id(id)
                      .owns(owns)
                      .influences(influenced)
                      .reports(reports.stream().filter(r -> !r.equals(id)).toList());
              if (budget != null) {
                manager.budget(budget);
              }
              return manager.build();
            });
  }

  @Provide
  Arbitrary<Organization> organizations() {
    // One combination of fixed-size lists, of which the first teams and managers are used: the same
    // values as a flatMap over the sizes, generated and shrunk many times faster.
    return Combinators.combine(
            uniqueIds(1, MAX_TEAMS),
            uniqueIds(1, MAX_MANAGERS),
            teamOutputs().list().ofSize(MAX_TEAMS),
            Arbitraries.integers().between(0, 60).list().ofSize(MAX_MANAGERS),
            Arbitraries.integers().between(0, 60).list().ofSize(MAX_TEAMS),
            influenceWeights().injectNull(0.7).list().ofSize(MAX_MANAGERS * MAX_TEAMS),
            budgets().injectNull(0.5).list().ofSize(MAX_MANAGERS),
            Arbitraries.integers().between(0, MAX_MANAGERS).list().ofSize(MAX_MANAGERS))
        .as(LeverageDomain::organization);
  }

  @Provide
  Arbitrary<Estimate> estimates() {
    return estimates(Arbitraries.doubles().between(-1000, 1000));
  }

  @Provide
  Arbitrary<Effort> efforts() {
    return Arbitraries.doubles().between(0, 200).map(Effort::ofHours);
  }

  @Provide
  Arbitrary<CalendarTime> calendarTimes() {
    return Arbitraries.doubles().between(0, 104).map(CalendarTime::ofWeeks);
  }

  @Provide
  Arbitrary<ActivityKind> kinds() {
    return Arbitraries.of(ActivityKind.class);
  }

  @Provide
  Arbitrary<Effect> effects() {
    return effectOn(ids());
  }

  @Provide
  Arbitrary<Activity> activities() {
    return Combinators.combine(
            ids(),
            ids(),
            kinds(),
            times(),
            effects().list().ofMaxSize(3),
            ids().set().ofMaxSize(2),
            attributes())
        .as(
            (id, by, kind, time, effects, requires, attributes) ->
                Activity.builder()
                    .id(id)
                    .by(by)
                    .kind(kind)
                    .time(EffortEstimate.ofHours(time))
                    .effects(effects)
                    .requires(requires.stream().filter(r -> !r.equals(id)).toList())
                    .attributes(attributes)
                    .build());
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Combinators.combine(
            organizations(),
            spans(),
            uniqueIds(0, MAX_ACTIVITIES),
            activityDrafts().list().ofSize(MAX_ACTIVITIES))
        .as(LeverageDomain::scenario);
  }

  /** Ids matching {@code [A-Za-z0-9][A-Za-z0-9._-]*}, short so that collisions and ties happen. */
  public static Arbitrary<String> ids() {
    Arbitrary<String> first =
        Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABZ019").ofLength(1);
    Arbitrary<String> rest = Arbitraries.strings().withChars("abcxyzAZ09._-").ofMaxLength(5);
    return Combinators.combine(first, rest).as(String::concat);
  }

  /** Between {@code min} and {@code max} distinct ids. */
  public static Arbitrary<List<String>> uniqueIds(int min, int max) {
    return ids().list().ofMinSize(min).ofMaxSize(max).uniqueElements();
  }

  /** Team output rates in [0, 1000] units per week. */
  public static DoubleArbitrary teamOutputs() {
    return Arbitraries.doubles().between(0, 1000).ofScale(2);
  }

  /** Influence weights in (0, 1]. */
  public static DoubleArbitrary influenceWeights() {
    return Arbitraries.doubles().between(0, false, 1, true).ofScale(3);
  }

  /** Budgets of more than 0 hours. */
  public static Arbitrary<Effort> budgets() {
    return Arbitraries.doubles().between(0.5, 80).ofScale(2).map(Effort::ofHours);
  }

  /** Calendar spans of more than 0 weeks, up to two years. */
  public static Arbitrary<CalendarTime> spans() {
    return Arbitraries.doubles().between(0.01, 104).ofScale(2).map(CalendarTime::ofWeeks);
  }

  /** Point and three-point estimates whose values come from {@code values}. */
  public static Arbitrary<Estimate> estimates(Arbitrary<Double> values) {
    Arbitrary<Estimate> points = values.map(Estimate::of);
    Arbitrary<Estimate> threePoint =
        Combinators.combine(values, values, values)
            .as(
                (a, b, c) -> {
                  double[] sorted = {a, b, c};
                  Arrays.sort(sorted);
                  return Estimate.of(sorted[0], sorted[1], sorted[2]);
                });
    return Arbitraries.oneOf(points, threePoint);
  }

  /** Uplifts: estimates with every value in [−0.95, 3]. */
  public static Arbitrary<Estimate> uplifts() {
    return estimates(Arbitraries.doubles().between(-0.95, 3).ofScale(3));
  }

  /** Activity times: estimates with every value in [0.25, 40] hours. */
  public static Arbitrary<Estimate> times() {
    return estimates(Arbitraries.doubles().between(0.25, 40).ofScale(2));
  }

  /** All of {@link #ATTRIBUTES}, each a positive estimate. */
  public static Arbitrary<Map<String, Estimate>> attributes() {
    return estimates(Arbitraries.doubles().between(0.1, 10).ofScale(2))
        .list()
        .ofSize(ATTRIBUTES.size())
        .map(
            values -> {
              Map<String, Estimate> attributes = new LinkedHashMap<>();
              for (int i = 0; i < values.size(); i++) {
                attributes.put(ATTRIBUTES.get(i), values.get(i));
              }
              return attributes;
            });
  }

  /** Effects on a team from {@code teams}: for the horizon, as a step, or decaying. */
  public static Arbitrary<Effect> effectOn(Arbitrary<String> teams) {
    return Combinators.combine(teams, effectDrafts()).as((team, draft) -> draft.on(team));
  }

  private static Arbitrary<EffectDraft> effectDrafts() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 60),
            uplifts(),
            Arbitraries.integers().between(0, 2),
            spans())
        .as(EffectDraft::new);
  }

  private static Arbitrary<ActivityDraft> activityDrafts() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 60),
            Arbitraries.of(ActivityKind.class),
            times(),
            effectDrafts().list().ofMaxSize(3),
            Arbitraries.integers().between(0, (1 << MAX_ACTIVITIES) - 1),
            attributes())
        .as(ActivityDraft::new);
  }

  /**
   * The organization of the first of {@code teamIds} and {@code managerIds}: the boss of manager
   * {@code i} is manager {@code bosses[i] % (i + 1) - 1}, an earlier one or none (-1), so reports
   * form a forest by construction, and shrinking towards 0 flattens it; the owner of team {@code t}
   * is manager {@code owners[t] % (n + 1) - 1} or none; managers influence the teams they do not
   * own where {@code influences[i * MAX_TEAMS + t]} is not null; managers are listed in the order
   * of their {@code listing} keys, so bosses need not come first.
   */
  private static Organization organization(
      List<String> teamIds,
      List<String> managerIds,
      List<Double> outputs,
      List<Integer> bosses,
      List<Integer> owners,
      List<Double> influences,
      List<Effort> budgets,
      List<Integer> listing) {
    int k = teamIds.size();
    int n = managerIds.size();
    List<Manager> managers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Manager.Builder manager = Manager.builder().id(managerIds.get(i));
      for (int t = 0; t < k; t++) {
        Double weight = influences.get(i * MAX_TEAMS + t);
        if (owners.get(t) % (n + 1) - 1 == i) {
          manager.owns(teamIds.get(t));
        } else if (weight != null) {
          manager.influence(teamIds.get(t), weight);
        }
      }
      for (int r = i + 1; r < n; r++) {
        if (bosses.get(r) % (r + 1) - 1 == i) {
          manager.reports(managerIds.get(r));
        }
      }
      if (budgets.get(i) != null) {
        manager.budget(budgets.get(i));
      }
      managers.add(manager.build());
    }
    List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
    order.sort(Comparator.comparing(listing::get));
    Organization.Builder organization = Organization.builder();
    for (int t = 0; t < k; t++) {
      organization.teams(Team.of(teamIds.get(t), outputs.get(t)));
    }
    order.forEach(i -> organization.managers(managers.get(i)));
    return organization.build();
  }

  /**
   * The scenario of {@code activityIds} over {@code organization}: activity {@code i} follows
   * {@code drafts[i]}, and requires activity {@code j} when {@code j < i}, bit {@code j} of its
   * mask is set and both are done by one manager (so requirements never form a cycle).
   */
  private static Scenario scenario(
      Organization organization,
      CalendarTime horizon,
      List<String> activityIds,
      List<ActivityDraft> drafts) {
    List<String> managerIds = List.copyOf(organization.managerIds());
    List<String> teamIds = List.copyOf(organization.teamIds());
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < activityIds.size(); i++) {
      ActivityDraft draft = drafts.get(i);
      String by = managerIds.get(draft.manager() % managerIds.size());
      Activity.Builder activity =
          Activity.builder()
              .id(activityIds.get(i))
              .by(by)
              .kind(draft.kind())
              .time(EffortEstimate.ofHours(draft.time()))
              .attributes(draft.attributes());
      for (EffectDraft effect : draft.effects()) {
        activity.effects(effect.on(teamIds.get(effect.team() % teamIds.size())));
      }
      for (int j = 0; j < i; j++) {
        if ((draft.requires() & (1 << j)) != 0 && activities.get(j).by().equals(by)) {
          activity.requires(activityIds.get(j));
        }
      }
      activities.add(activity.build());
    }
    return Scenario.builder()
        .horizon(horizon)
        .organization(organization)
        .activities(activities)
        .build();
  }

  /**
   * Whole scenarios: those of {@code Arbitrary<Scenario>} with, often, the manager-of-PMs sections
   * of MODEL.md §9 too: product managers below a coach, coaching and a portfolio whose products,
   * objectives, pillars and roadmap refer to each other.
   */
  public static Arbitrary<Scenario> wholeScenarios() {
    return Combinators.combine(
            new LeverageDomain().scenarios(),
            Arbitraries.integers().between(0, MAX_MANAGERS * 4),
            Arbitraries.integers()
                .between(0, Characteristic.values().length)
                .list()
                .ofSize(MAX_MANAGERS * Characteristic.values().length * 2),
            coachings(),
            portfolioDrafts().injectNull(0.3),
            labels().injectNull(0.5),
            labels().injectNull(0.5))
        .as(LeverageDomain::whole);
  }

  /** Titles and unit names: any printable text, with YAML's special characters and beyond. */
  static Arbitrary<String> labels() {
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .withChars("é€ ü漢\t")
        .ofMinLength(1)
        .ofMaxLength(12)
        .filter(s -> !s.isBlank());
  }

  private static Scenario whole(
      Scenario scenario,
      int coachPick,
      List<Integer> levels,
      Optional<Coaching.Builder> coaching,
      PortfolioDraft portfolio,
      String title,
      String unit) {
    Scenario.Builder whole = scenario.toBuilder();
    if (title != null) {
      whole.title(title);
    }
    if (unit != null) {
      whole.unit(unit);
    }
    List<String> managers = List.copyOf(scenario.organization().managerIds());
    String coach = managers.get(coachPick % managers.size());
    int k = 0;
    for (String pm : managers) {
      if (!scenario.organization().isAbove(coach, pm)) {
        continue;
      }
      ProductManager.Builder profile = ProductManager.builder().id(pm);
      for (Characteristic c : Characteristic.values()) {
        profile.skill(c, 1 + levels.get(k++) % 5);
        int target = levels.get(k++);
        if (target < 5) {
          profile.target(c, 1 + target);
        }
      }
      whole.productManagers(profile.build());
    }
    coaching.ifPresent(c -> whole.coaching(c.coach(coach).build()));
    if (portfolio != null) {
      whole.portfolio(
          portfolio.portfolio(managers, List.copyOf(scenario.organization().teamIds())));
    }
    return whole.build();
  }

  private static Arbitrary<Optional<Coaching.Builder>> coachings() {
    Arbitrary<Map<Characteristic, Double>> importance =
        Arbitraries.maps(
                Arbitraries.of(Characteristic.class),
                Arbitraries.doubles().between(0, 3).ofScale(2))
            .ofMaxSize(3);
    return Combinators.combine(
            importance,
            estimates(Arbitraries.doubles().between(0, 0.2).ofScale(3)).injectNull(0.5),
            times().injectNull(0.5))
        .as(
            (weights, elasticity, hours) -> {
              Coaching.Builder coaching = Coaching.builder().importance(weights);
              Optional.ofNullable(elasticity).ifPresent(coaching::elasticity);
              Optional.ofNullable(hours)
                  .map(EffortEstimate::ofHours)
                  .ifPresent(coaching::hoursPerLevel);
              return coaching;
            })
        .injectNull(0.3)
        .map(Optional::ofNullable);
  }

  /** Vision themes: free text, with spaces, quotes, escapes and letters beyond ASCII. */
  public static Arbitrary<String> themes() {
    return Arbitraries.strings()
        .withChars("ab zé'\":#-\u0001{}[],")
        .ofMinLength(1)
        .ofMaxLength(8)
        .filter(t -> !t.isBlank());
  }

  private static Arbitrary<PortfolioDraft> portfolioDrafts() {
    return Combinators.combine(
            Arbitraries.of(PortfolioStrategy.class),
            themes().list().ofMaxSize(4).uniqueElements(),
            uniqueIds(0, 3),
            Arbitraries.doubles().between(0, 5).ofScale(2).list().ofSize(3),
            uniqueIds(0, 3),
            uniqueIds(0, 3),
            Arbitraries.integers().between(0, 1 << 12).list().ofSize(12),
            Arbitraries.doubles().between(0, 1).ofScale(2).injectNull(0.5))
        .as(PortfolioDraft::new);
  }

  /** A portfolio before the managers and teams its products refer to are known. */
  private record PortfolioDraft(
      PortfolioStrategy strategy,
      List<String> vision,
      List<String> objectives,
      List<Double> weights,
      List<String> pillars,
      List<String> products,
      List<Integer> picks,
      Double tolerance) {

    Portfolio portfolio(List<String> managers, List<String> teams) {
      Portfolio.Builder portfolio = Portfolio.builder().strategy(strategy).vision(vision);
      for (int i = 0; i < objectives.size(); i++) {
        portfolio.objectives(Objective.of(objectives.get(i), i == 0 ? 1 : weights.get(i)));
      }
      for (int i = 0; i < pillars.size(); i++) {
        portfolio.pillars(new Pillar(pillars.get(i), pick(objectives, picks.get(i))));
      }
      for (int i = 0; i < products.size(); i++) {
        int bits = picks.get(3 + i);
        Product.Builder product =
            Product.builder()
                .id(products.get(i))
                .teams(pick(teams, bits))
                .serves(pick(objectives, bits >> 3))
                .vision(pick(vision, bits >> 5));
        if ((bits & 1) == 0) {
          product.pm(managers.get(bits % managers.size()));
        }
        if ((bits & 2) == 0) {
          product.investment(bits % 1000 * 100.0, bits % 7 * 12.5);
        }
        portfolio.products(product.build());
        int pillar = picks.get(6 + i);
        portfolio.roadmap(
            pillars.isEmpty() || pillar % 3 == 0
                ? RoadmapItem.withoutPillar("item" + i, products.get(i))
                : RoadmapItem.of(
                    "item" + i, products.get(i), pillars.get(pillar % pillars.size())));
      }
      Optional.ofNullable(tolerance).ifPresent(portfolio::tolerance);
      return portfolio.build();
    }

    /** The values of {@code from} whose bit is set in {@code bits}, in order. */
    private static List<String> pick(List<String> from, int bits) {
      List<String> picked = new ArrayList<>();
      for (int i = 0; i < from.size(); i++) {
        if ((bits & (1 << (i % 12))) != 0) {
          picked.add(from.get(i));
        }
      }
      return picked;
    }
  }

  /** An effect before its team is known: {@code holding} 0 for the horizon, 1 a step, 2 decay. */
  private record EffectDraft(int team, Estimate uplift, int holding, CalendarTime span) {
    Effect on(String teamId) {
      Effect.Builder effect = Effect.builder();
      effect.team(teamId).uplift(uplift);
      if (holding == 1) {
        effect.lasts(span);
      } else if (holding == 2) {
        effect.halfLife(span);
      }
      return effect.build();
    }
  }

  /** An activity before its id, manager and teams are known. */
  private record ActivityDraft(
      int manager,
      ActivityKind kind,
      Estimate time,
      List<EffectDraft> effects,
      int requires,
      Map<String, Estimate> attributes) {}
}
