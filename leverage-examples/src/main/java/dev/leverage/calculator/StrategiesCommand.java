package dev.leverage.calculator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.scenario.Scenario;
import dev.leverage.scoring.Disagreement;
import dev.leverage.scoring.RankedActivity;
import dev.leverage.scoring.Ranking;
import dev.leverage.scoring.ScoringStrategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code leverage strategies FILE}: the scenario scored by every strategy its attributes allow, the
 * rankings side by side, Kendall's tau for each pair and the activities whose rank moves most.
 */
@Command(
    name = "strategies",
    header = "Where leverage, RICE, ICE, WSJF and your own strategies disagree.",
    description = {
      "Score a scenario file with every strategy its attributes allow (leverage, rice, ice,"
          + " wsjf, the plug-ins of --classpath, those of the class path with --plugins, and"
          + " --formula if given) and show where they disagree: the ranks side by side, Kendall's"
          + " tau for each pair of strategies and the activities whose rank moves most. When"
          + " strategies disagree, the framework, not the facts, decides the ranking."
    },
    footer = {
      "",
      "Examples:",
      "  leverage strategies my-backlog.yaml",
      "  leverage strategies my-backlog.yaml --formula 'reach * impact / hours'",
      "  leverage strategies my-backlog.yaml --classpath my-strategies.jar",
      "  leverage strategies my-backlog.yaml --format csv -o ranks.csv"
    })
final class StrategiesCommand implements Callable<Integer> {
  private static final Pattern MISSING =
      Pattern.compile("activity '.*' has no attribute '(.+)', which strategy '.*' needs.*");

  @Mixin ScenarioFile input;

  @Mixin Output output;

  @Option(
      names = "--formula",
      paramLabel = "EXPR",
      description = "Compare this formula too, as strategy 'formula' (see score --help).")
  String formula;

  @Mixin PluginPath pluginPath;

  @Option(
      names = "--plugins",
      description =
          "Also compare the plug-ins found on the calculator's own class path (they are only"
              + " named without it); those of --classpath are always compared.")
  boolean allPlugins;

  /** A strategy that could not score the scenario, and why. */
  record Skipped(String strategy, String reason) {}

  /** A plug-in found, whether it is compared, and why not. */
  record PluginUse(String name, String className, boolean compared, String reason) {}

  @Override
  public Integer call() {
    Scenario scenario = input.read();
    try (Strategies strategies = pluginPath.load()) {
      ScoringStrategy extra = formula == null ? null : strategies.find("formula", formula);
      Comparison comparison = compare(scenario, strategies, allPlugins, extra);
      return output.print(
          scenario,
          () -> table(scenario, comparison),
          () -> json(scenario, comparison),
          () -> csv(comparison));
    } catch (InvalidModelException e) {
      throw Strategies.options(e);
    }
  }

  /**
   * Where the strategies that could score a scenario disagree, those that could not, and the
   * plug-ins found.
   */
  record Comparison(Disagreement disagreement, List<Skipped> skipped, List<PluginUse> plugins) {
    Comparison withPlugins(List<PluginUse> found) {
      return new Comparison(disagreement, skipped, List.copyOf(found));
    }
  }

  /**
   * Compares the strategies on {@code scenario}: the built-in ones, the plug-ins of {@code
   * --classpath}, those of the class path when {@code allPlugins}, and {@code formula} when not
   * null; every plug-in found is named, with why it is not compared.
   */
  static Comparison compare(
      Scenario scenario, Strategies strategies, boolean allPlugins, ScoringStrategy formula) {
    List<ScoringStrategy> compared = new ArrayList<>();
    List<PluginUse> uses = new ArrayList<>();
    for (Strategies.Plugin plugin : strategies.found()) {
      boolean use = plugin.ignored() == null && (plugin.fromOption() || allPlugins);
      if (use) {
        compared.add(plugin.strategy());
      }
      String reason =
          plugin.ignored() != null
              ? "ignored: " + plugin.ignored()
              : use ? null : "is on the class path; add --plugins to compare it";
      uses.add(new PluginUse(plugin.name(), plugin.className(), use, reason));
    }
    return compare(scenario, compared, formula).withPlugins(uses);
  }

  /**
   * Ranks {@code scenario} by every built-in strategy but formula, then every one of {@code
   * plugins}, skipping those that cannot score it, then by {@code formula} when not null, which
   * must score it.
   *
   * @throws InvalidModelException if {@code formula} cannot score the scenario, or no strategy can
   */
  static Comparison compare(
      Scenario scenario, List<ScoringStrategy> plugins, ScoringStrategy formula) {
    List<ScoringStrategy> candidates = new ArrayList<>();
    for (String name : ScoringStrategy.builtInNames()) {
      if (!name.equals("formula")) {
        candidates.add(ScoringStrategy.byName(name));
      }
    }
    candidates.addAll(plugins);
    List<Ranking> rankings = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (ScoringStrategy strategy : candidates) {
      try {
        rankings.add(Ranking.of(scenario, strategy));
      } catch (InvalidModelException e) {
        skipped.add(new Skipped(strategy.name(), reason(e)));
      }
    }
    if (formula != null) {
      rankings.add(Ranking.of(scenario, formula));
    }
    if (rankings.isEmpty()) {
      throw new InvalidModelException(
          skipped.stream().map(k -> Problem.at("", k.strategy() + ": " + k.reason())).toList());
    }
    return new Comparison(Disagreement.of(rankings), skipped, List.of());
  }

  /** Why a strategy could not score: the attributes it misses, or its first problem. */
  static String reason(InvalidModelException e) {
    Map<String, Integer> missing = new LinkedHashMap<>();
    for (Problem problem : e.problems()) {
      Matcher matcher = MISSING.matcher(problem.message());
      if (!matcher.matches()) {
        int more = e.problems().size() - 1;
        return problem + (more == 0 ? "" : " (and " + more + " more)");
      }
      missing.merge(matcher.group(1), 1, Integer::sum);
    }
    return "needs attribute "
        + missing.entrySet().stream()
            .map(
                m ->
                    "'"
                        + m.getKey()
                        + "' ("
                        + m.getValue()
                        + (m.getValue() == 1 ? " activity lacks it)" : " activities lack it)"))
            .collect(Collectors.joining(", "));
  }

  /** The ranks side by side, tau for each pair, the activities that move most. */
  static String table(Scenario scenario, Comparison comparison) {
    Disagreement disagreement = comparison.disagreement();
    List<Skipped> skipped = comparison.skipped();
    List<Ranking> rankings = disagreement.rankings();
    StringBuilder out = new StringBuilder();
    out.append("Strategies compared on ")
        .append(scenario.activities().size())
        .append(scenario.activities().size() == 1 ? " activity" : " activities")
        .append(", horizon ")
        .append(Text.weeks(scenario.horizon()))
        .append('\n');
    out.append("  used: ")
        .append(rankings.stream().map(Ranking::strategy).collect(Collectors.joining(", ")))
        .append('\n');
    for (Skipped s : skipped) {
      out.append("  skipped ").append(s.strategy()).append(": ").append(s.reason()).append('\n');
    }
    for (PluginUse plugin : comparison.plugins()) {
      if (!plugin.compared()) {
        out.append("  plug-in ")
            .append(plugin.name())
            .append(" (")
            .append(plugin.className())
            .append(") ")
            .append(plugin.reason())
            .append('\n');
      }
    }
    out.append('\n');

    out.append("Ranks side by side (1 = best), in the order of ")
        .append(rankings.get(0).strategy())
        .append('\n');
    List<String> columns = new ArrayList<>(List.of("Activity"));
    rankings.forEach(r -> columns.add(">" + r.strategy()));
    columns.add(">Moves");
    TextTable ranks = new TextTable(columns.toArray(String[]::new));
    Map<String, Disagreement.Mover> movers = new LinkedHashMap<>();
    disagreement.movers().forEach(m -> movers.put(m.activity(), m));
    for (RankedActivity entry : rankings.get(0).entries()) {
      Disagreement.Mover mover = movers.get(entry.activity().id());
      List<String> cells = new ArrayList<>(List.of(entry.activity().id()));
      rankings.forEach(r -> cells.add(Integer.toString(mover.ranks().get(r.strategy()))));
      cells.add(Integer.toString(mover.spread()));
      ranks.row(cells.toArray(String[]::new));
    }
    out.append(ranks.render()).append('\n');

    if (rankings.size() < 2) {
      out.append("Only one strategy could score this scenario: nothing to compare. Add the")
          .append(" attributes the skipped strategies need.\n");
      return out.toString();
    }
    out.append("Agreement between strategies: Kendall's tau (1 same order, 0 unrelated,")
        .append(" -1 reversed)\n");
    List<String> tauColumns = new ArrayList<>(List.of(""));
    for (int i = 0; i < rankings.size() - 1; i++) {
      tauColumns.add(">" + rankings.get(i).strategy());
    }
    TextTable taus = new TextTable(tauColumns.toArray(String[]::new));
    Map<String, Double> tau = new LinkedHashMap<>();
    for (Disagreement.Pair pair : disagreement.pairs()) {
      tau.put(pair.a() + "\u0000" + pair.b(), pair.tau());
    }
    for (int j = 1; j < rankings.size(); j++) {
      List<String> cells = new ArrayList<>(List.of(rankings.get(j).strategy()));
      for (int i = 0; i < rankings.size() - 1; i++) {
        cells.add(
            i < j
                ? tau(tau.get(rankings.get(i).strategy() + "\u0000" + rankings.get(j).strategy()))
                : "");
      }
      taus.row(cells.toArray(String[]::new));
    }
    out.append(taus.render()).append('\n');

    List<Disagreement.Mover> most = disagreement.mostMoved();
    if (most.isEmpty()) {
      out.append("Every strategy ranks the activities alike: the facts, not the framework,")
          .append(" decide this ranking.\n");
      return out.toString();
    }
    out.append("Rank moves most (")
        .append(most.get(0).spread())
        .append(most.get(0).spread() == 1 ? " place" : " places")
        .append(" between strategies):\n");
    for (Disagreement.Mover mover : most) {
      out.append("  ").append(mover.activity()).append(": ");
      out.append(
          mover.ranks().entrySet().stream()
              .map(e -> "#" + e.getValue() + " by " + e.getKey())
              .collect(Collectors.joining(", ")));
      out.append('\n');
    }
    Disagreement.Pair least = null;
    for (Disagreement.Pair pair : disagreement.pairs()) {
      if (!Double.isNaN(pair.tau()) && (least == null || pair.tau() < least.tau())) {
        least = pair;
      }
    }
    if (least != null) {
      out.append("Least agreement: ")
          .append(least.a())
          .append(" and ")
          .append(least.b())
          .append(" (tau ")
          .append(tau(least.tau()))
          .append("). Where strategies disagree, the framework, not the facts, decides the")
          .append(" ranking: check the inputs of the activities that move.\n");
    }
    return out.toString();
  }

  private static String tau(double tau) {
    return Double.isNaN(tau) ? "n/a" : String.format(java.util.Locale.ROOT, "%.2f", tau);
  }

  /** The ranks side by side as CSV: one row per activity, one rank column per strategy. */
  static String csv(Comparison comparison) {
    List<Ranking> rankings = comparison.disagreement().rankings();
    List<String> columns = new ArrayList<>(List.of("id", "by"));
    rankings.forEach(r -> columns.add(r.strategy()));
    columns.add("spread");
    CsvTable table = new CsvTable(columns);
    Map<String, Disagreement.Mover> movers = new LinkedHashMap<>();
    comparison.disagreement().movers().forEach(m -> movers.put(m.activity(), m));
    for (RankedActivity entry : rankings.get(0).entries()) {
      Disagreement.Mover mover = movers.get(entry.activity().id());
      List<Object> cells = new ArrayList<>(List.of(entry.activity().id(), entry.activity().by()));
      rankings.forEach(r -> cells.add(mover.ranks().get(r.strategy())));
      cells.add(mover.spread());
      table.row(cells.toArray());
    }
    return table.render();
  }

  /** The comparison as JSON. */
  static String json(Scenario scenario, Comparison comparison) {
    Disagreement disagreement = comparison.disagreement();
    List<Skipped> skipped = comparison.skipped();
    List<Ranking> rankings = disagreement.rankings();
    ObjectNode root = Json.object();
    ArrayNode used = root.putArray("strategies");
    rankings.forEach(r -> used.add(r.strategy()));
    ArrayNode skips = root.putArray("skipped");
    skipped.forEach(s -> skips.addObject().put("strategy", s.strategy()).put("reason", s.reason()));
    Map<String, Disagreement.Mover> movers = new LinkedHashMap<>();
    disagreement.movers().forEach(m -> movers.put(m.activity(), m));
    ArrayNode activities = root.putArray("activities");
    for (RankedActivity entry : rankings.get(0).entries()) {
      String id = entry.activity().id();
      ObjectNode a = activities.addObject();
      a.put("id", id);
      a.put("by", entry.activity().by());
      ObjectNode ranks = a.putObject("ranks");
      ObjectNode scores = a.putObject("scores");
      for (Ranking ranking : rankings) {
        RankedActivity ranked = ranking.find(id).orElseThrow();
        ranks.put(ranking.strategy(), ranked.rank());
        scores.put(ranking.strategy(), ranked.score().value());
      }
      a.put("spread", movers.get(id).spread());
    }
    ArrayNode taus = root.putArray("kendallTau");
    for (Disagreement.Pair pair : disagreement.pairs()) {
      ObjectNode t = taus.addObject().put("a", pair.a()).put("b", pair.b());
      if (Double.isNaN(pair.tau())) {
        t.putNull("tau");
      } else {
        t.put("tau", pair.tau());
      }
    }
    ArrayNode most = root.putArray("mostMoved");
    disagreement.mostMoved().forEach(m -> most.add(m.activity()));
    ArrayNode plugins = root.putArray("plugins");
    for (PluginUse plugin : comparison.plugins()) {
      plugins
          .addObject()
          .put("name", plugin.name())
          .put("class", plugin.className())
          .put("compared", plugin.compared())
          .put("reason", plugin.reason());
    }
    return Json.render(Labels.put(root, scenario));
  }
}
