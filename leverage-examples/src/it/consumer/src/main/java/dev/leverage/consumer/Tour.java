package dev.leverage.consumer;

import dev.leverage.InvalidModelException;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityKind;
import dev.leverage.activity.Effect;
import dev.leverage.file.ScenarioReader;
import dev.leverage.file.ScenarioWriter;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.planning.Plan;
import dev.leverage.planning.Planner;
import dev.leverage.scenario.Scenario;
import dev.leverage.scoring.Ranking;
import dev.leverage.scoring.ScoringStrategy;
import dev.leverage.simulation.Simulation;
import dev.leverage.simulation.SimulationResult;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.CalendarTime;
import dev.leverage.unit.Effort;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * A tour of leverage-core's public API as a tool uses it: build the worked example of the model and
 * read it from a scenario file, change it and write it back (YAML and JSON), score it (leverage and
 * a formula), plan a week, simulate estimates, and get invalid input as one exception with paths.
 * Every figure is checked; a wrong one ends the program with an error.
 *
 * <p>Arguments: {@code class-path} or {@code module-path} (how it was started, checked), and the
 * Guava version that must be on that path.
 */
public final class Tour {
  private Tour() {}

  /**
   * Runs the tour.
   *
   * @param args the path it runs on and the expected Guava version
   */
  public static void main(String[] args) {
    String path = args[0];
    String guava = args[1];
    checkPath(path, guava);

    Scenario scenario = workedExample();
    check(scenario.organization().outputPerWeek("alice"), 155.0, "alice's output per week");
    check(ScenarioReader.yaml().read(WORKED_EXAMPLE_YAML), scenario, "the scenario read from YAML");
    try {
      ScenarioReader.yaml().read(WORKED_EXAMPLE_YAML.replace("uplift: 0.03", "uplift: -1.5"));
      throw new AssertionError("an uplift of -1.5 was read");
    } catch (InvalidModelException e) {
      check(
          e.problems().get(0).path(),
          "activities[1].effects[0].uplift",
          "the path of a bad uplift in a file");
    }

    // Read, change, write: the changed scenario, written as YAML and as JSON, reads back equal.
    Scenario quicker =
        scenario.withActivity(
            scenario.activity("groom-backlog").orElseThrow().toBuilder()
                .time(Effort.ofHours(2))
                .build());
    String yaml = ScenarioWriter.yaml().write(quicker);
    check(yaml.contains("time: 2h"), "the written YAML has the changed time 2h:\n" + yaml);
    check(ScenarioReader.yaml().read(yaml), quicker, "the changed scenario written as YAML, read");
    check(
        ScenarioReader.json().read(ScenarioWriter.json().write(quicker)),
        quicker,
        "the changed scenario written as JSON, read");
    check(
        Planner.of(Effort.ofHours(8)).plan(quicker, "alice").ids(),
        List.of("write-vision", "groom-backlog"),
        "the plan for 8 hours once groom-backlog takes 2 hours");

    Ranking byLeverage = Ranking.of(scenario, ScoringStrategy.leverage());
    check(byLeverage.ids(), List.of("write-vision", "groom-backlog"), "ranking by leverage");
    check(leverage(byLeverage, 0), 24.0, "write-vision's leverage");
    check(leverage(byLeverage, 1), 2.0, "groom-backlog's leverage");

    // The formula strategy's evaluator is inside leverage-core: nothing to add, on either path.
    Ranking byFormula = Ranking.of(scenario, ScoringStrategy.formula("leverage * 2 + hours"));
    check(byFormula.entries().get(0).score().value(), 54.0, "write-vision's formula score");
    check(byFormula.entries().get(1).score().value(), 7.0, "groom-backlog's formula score");

    Plan sixHours = Planner.of(Effort.ofHours(6)).plan(scenario, "alice");
    check(sixHours.ids(), List.of("write-vision"), "the plan for 6 hours");
    check(sixHours.output(), 144.0, "the output of the plan for 6 hours");
    Plan nineHours = Planner.of(Effort.ofHours(9)).plan(scenario, "alice");
    check(nineHours.output(), 150.0, "the output of the plan for 9 hours");

    Scenario uncertain = uncertainExample();
    SimulationResult oneThread = simulation(1).run(uncertain);
    SimulationResult twoThreads = simulation(2).run(uncertain);
    check(
        oneThread.output("write-vision").mean(),
        twoThreads.output("write-vision").mean(),
        "the simulated mean output with one and with two threads");
    check(
        oneThread.probabilityBest("write-vision") > 0.9,
        "write-vision is best in most samples, was " + oneThread.probabilityBest("write-vision"));

    try {
      Team.of("checkout", -1);
      throw new AssertionError("a negative team output was accepted");
    } catch (InvalidModelException e) {
      check(!e.problems().isEmpty(), "an invalid team output names its problem");
    }

    System.out.printf(
        "consumer tour passed on the %s with %s (Guava %s)%n",
        path.replace('-', ' '), Runtime.version(), guava);
  }

  /** The path the tour runs on, the module it got, and the Guava on that path. */
  private static void checkPath(String path, String guava) {
    Module core = ScoringStrategy.class.getModule();
    switch (path) {
      case "module-path" -> {
        check(core.getName(), "dev.leverage.core", "leverage-core's module");
        check(Tour.class.getModule().getName(), "dev.leverage.consumer", "the tour's module");
      }
      case "class-path" -> check(!core.isNamed(), "leverage-core is on the class path");
      default -> throw new IllegalArgumentException("class-path or module-path, was " + path);
    }
    try {
      Class.forName("com.ezylang.evalex.Expression");
      throw new AssertionError("EvalEx's own jar is on the " + path + ": it should come shaded");
    } catch (ClassNotFoundException expected) {
      // EvalEx is relocated inside leverage-core's jar.
    }
    check(jarOf("com.google.common.collect.ImmutableList"), "guava-" + guava + ".jar", "Guava");
  }

  /** The file name of the jar a class came from (by name: Guava is not a module we read). */
  private static String jarOf(String className) {
    try {
      URI jar = Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI();
      return Path.of(jar).getFileName().toString();
    } catch (ClassNotFoundException | URISyntaxException e) {
      throw new AssertionError(className + " is not on the path", e);
    }
  }

  /** The worked example as a scenario file (MODEL.md §9). */
  static final String WORKED_EXAMPLE_YAML =
      """
      horizon: 12w
      teams:
        - {id: checkout, output: 100}
        - {id: payments, output: 80}
        - {id: search,   output: 60}
      managers:
        - id: alice
          owns: [checkout]
          influences: {payments: 0.5, search: 0.25}
          budget: 40h
      activities:
        - id: write-vision
          by: alice
          kind: foundation
          time: 6h
          effects:
            - {team: checkout, uplift: 0.10, lasts: 12w}
            - {team: payments, uplift: 0.05}
        - id: groom-backlog
          by: alice
          kind: optimization
          time: 3h
          effects:
            - {team: checkout, uplift: 0.03, lasts: 2w}
      """;

  /** The worked example of the model: alice owns checkout, influences payments and search. */
  static Scenario workedExample() {
    Organization organization =
        Organization.builder()
            .teams(Team.of("checkout", 100), Team.of("payments", 80), Team.of("search", 60))
            .managers(
                Manager.builder()
                    .id("alice")
                    .owns("checkout")
                    .influence("payments", 0.5)
                    .influence("search", 0.25)
                    .budget(Effort.ofHours(40))
                    .build())
            .build();
    Activity writeVision =
        Activity.builder()
            .id("write-vision")
            .by("alice")
            .kind(ActivityKind.FOUNDATION)
            .time(Effort.ofHours(6))
            .effects(
                Effect.builder()
                    .team("checkout")
                    .uplift(0.10)
                    .lasts(CalendarTime.ofWeeks(12))
                    .build())
            .effects(Effect.on("payments", 0.05))
            .build();
    Activity groomBacklog =
        Activity.builder()
            .id("groom-backlog")
            .by("alice")
            .kind(ActivityKind.OPTIMIZATION)
            .time(Effort.ofHours(3))
            .effects(
                Effect.builder().team("checkout").uplift(0.03).lasts(CalendarTime.ofWeeks(2)).build())
            .build();
    return Scenario.builder()
        .horizon(CalendarTime.ofWeeks(12))
        .organization(organization)
        .activities(writeVision, groomBacklog)
        .build();
  }

  /** The worked example with three-point estimates of write-vision's time and uplift. */
  static Scenario uncertainExample() {
    Scenario certain = workedExample();
    Activity writeVision =
        Activity.builder()
            .id("write-vision")
            .by("alice")
            .kind(ActivityKind.FOUNDATION)
            .time(Effort.ofHours(4), Effort.ofHours(6), Effort.ofHours(10))
            .effects(
                Effect.builder()
                    .team("checkout")
                    .uplift(Estimate.of(0.05, 0.10, 0.20))
                    .lasts(CalendarTime.ofWeeks(12))
                    .build())
            .build();
    return Scenario.builder()
        .horizon(CalendarTime.ofWeeks(12))
        .organization(certain.organization())
        .activities(writeVision, certain.activities().get(1))
        .build();
  }

  private static Simulation simulation(int threads) {
    return Simulation.builder().seed(42).samples(4_000).threads(threads).build();
  }

  private static double leverage(Ranking ranking, int index) {
    return ranking.entries().get(index).output().leverage();
  }

  private static void check(double actual, double expected, String what) {
    if (Math.abs(actual - expected) > 1e-9 * Math.max(1, Math.abs(expected))) {
      throw new AssertionError(what + ": expected " + expected + ", was " + actual);
    }
  }

  private static void check(Object actual, Object expected, String what) {
    if (!actual.equals(expected)) {
      throw new AssertionError(what + ": expected " + expected + ", was " + actual);
    }
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError(what);
    }
  }
}
