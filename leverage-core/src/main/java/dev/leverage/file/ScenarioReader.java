package dev.leverage.file;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityKind;
import dev.leverage.activity.Effect;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.scenario.Scenario;
import dev.leverage.uncertainty.Estimate;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the scenario file format (YAML or JSON, MODEL.md §9) into a checked {@link Scenario}.
 *
 * <p>Strict: unknown fields are errors (a misspelt {@code uplfit} never becomes 0), every value is
 * type-checked, and every problem is reported at once, each with its path and its line. The reader
 * does no file I/O: it reads text, from a {@link String} or a {@link java.io.Reader} the caller
 * opened, and stops reading once the text is longer than {@link #maxCharacters()}.
 *
 * <p>Reading needs Jackson ({@code com.fasterxml.jackson.dataformat:jackson-dataformat-yaml}), an
 * optional dependency of leverage-core; without it, {@code read} throws {@link
 * IllegalStateException} saying what to add. Immutable and thread-safe.
 */
public final class ScenarioReader {
  /** The longest text read unless set: 64 Mi characters. */
  public static final long DEFAULT_MAX_CHARACTERS = 64L * 1024 * 1024;

  static final Set<String> TOP =
      ImmutableSet.of(
          "horizon", "teams", "managers", "activities", "productManagers", "coaching", "portfolio");
  static final Set<String> TEAM = ImmutableSet.of("id", "output");
  static final Set<String> MANAGER =
      ImmutableSet.of("id", "owns", "influences", "reports", "budget");
  static final Set<String> ACTIVITY =
      ImmutableSet.of("id", "by", "kind", "time", "requires", "effects", "attributes");
  static final Set<String> EFFECT = ImmutableSet.of("team", "uplift", "lasts", "halfLife");

  private final ScenarioFormat format;
  private final long maxCharacters;

  private ScenarioReader(ScenarioFormat format, long maxCharacters) {
    this.format = requireNonNull(format, "format");
    if (maxCharacters < 1) {
      throw new IllegalArgumentException("maxCharacters must be at least 1, was " + maxCharacters);
    }
    this.maxCharacters = maxCharacters;
  }

  /** Returns a reader of {@code format}. */
  public static ScenarioReader of(ScenarioFormat format) {
    return new ScenarioReader(format, DEFAULT_MAX_CHARACTERS);
  }

  /** Returns a reader of YAML scenarios (JSON documents are YAML too, read less strictly). */
  public static ScenarioReader yaml() {
    return of(ScenarioFormat.YAML);
  }

  /** Returns a reader of strict JSON scenarios. */
  public static ScenarioReader json() {
    return of(ScenarioFormat.JSON);
  }

  /** Returns a reader of the format {@code fileName} has: JSON for {@code .json}, else YAML. */
  public static ScenarioReader forFile(String fileName) {
    return of(ScenarioFormat.ofFileName(fileName));
  }

  /** The format this reader reads. */
  public ScenarioFormat format() {
    return format;
  }

  /** The longest text, in characters, this reader reads before it gives up. */
  public long maxCharacters() {
    return maxCharacters;
  }

  /** Returns a copy of this reader that reads at most {@code maxCharacters}, at least 1. */
  public ScenarioReader withMaxCharacters(long maxCharacters) {
    return new ScenarioReader(format, maxCharacters);
  }

  /**
   * Reads the scenario in {@code text}.
   *
   * @throws InvalidModelException with every problem, each path followed by its line
   * @throws IllegalStateException if Jackson is not on the class or module path
   */
  public Scenario read(CharSequence text) {
    requireNonNull(text, "text");
    try {
      return read(new StringReader(text.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("a StringReader cannot fail", e);
    }
  }

  /**
   * Reads the scenario in {@code in} up to its end, without closing it; stops with a problem as
   * soon as the text is longer than {@link #maxCharacters()}.
   *
   * @throws InvalidModelException with every problem, each path followed by its line
   * @throws IOException if {@code in} cannot be read, such as bytes that are not valid text
   * @throws IllegalStateException if Jackson is not on the class or module path
   */
  public Scenario read(Reader in) throws IOException {
    requireNonNull(in, "in");
    Jackson.require();
    SourceTree tree = SourceTree.parse(in, format == ScenarioFormat.JSON, maxCharacters);
    try {
      return new Conversion(tree.root()).scenario();
    } catch (InvalidModelException e) {
      throw withLines(e, tree);
    }
  }

  private static InvalidModelException withLines(InvalidModelException e, SourceTree tree) {
    List<Problem> problems = new ArrayList<>();
    for (Problem problem : e.problems()) {
      int line = tree.lineOf(problem.path());
      problems.add(
          line > 0
              ? Problem.at(problem.path(), problem.message() + " (line " + line + ")")
              : problem);
    }
    return new InvalidModelException(problems);
  }

  /** One pass over the tree; invalid parts are replaced by neutral stand-ins so checks go on. */
  private static final class Conversion {
    private final JsonNode root;
    private final Fields fields = new Fields();

    Conversion(JsonNode root) {
      this.root = root;
    }

    Scenario scenario() {
      fields.mapping(root, "", "a scenario", TOP);
      Scenario.Builder scenario = Scenario.builder();
      fields
          .optional(root, "horizon")
          .flatMap(h -> fields.calendarTime(h, "horizon"))
          .ifPresent(scenario::horizon);
      List<Team> teams = new ArrayList<>();
      fields
          .required(root, "", "teams", "a scenario", "[{id: checkout, output: 100}]")
          .ifPresent(node -> teams.addAll(teams(node)));
      List<Manager> managers = new ArrayList<>();
      fields
          .required(root, "", "managers", "a scenario", "[{id: alice, owns: [checkout]}]")
          .ifPresent(node -> managers.addAll(managers(node)));
      Organization organization = organization(teams, managers);
      List<Activity> activities = new ArrayList<>();
      fields
          .optional(root, "activities")
          .ifPresent(node -> activities.addAll(activities(node, managers)));
      scenario.organization(organization).activities(activities);
      new ProductSectionsReader(fields)
          .read(root, scenario, organization.managers().equals(managers));
      try {
        Scenario built = scenario.build();
        InvalidModelException.throwIfAny(fields.problems());
        return built;
      } catch (InvalidModelException e) {
        List<Problem> all = new ArrayList<>(fields.problems());
        for (Problem problem : e.problems()) {
          if (!all.contains(problem)) {
            all.add(problem);
          }
        }
        throw new InvalidModelException(all);
      }
    }

    private Organization organization(List<Team> teams, List<Manager> managers) {
      try {
        return Organization.builder().teams(teams).managers(managers).build();
      } catch (InvalidModelException e) {
        e.problems().forEach(p -> fields.problem(p.path(), p.message()));
        // Structure is broken: keep the ids so the activities can still be checked.
        List<Manager> bare = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Manager manager : managers) {
          if (seen.add(manager.id())) {
            bare.add(Manager.builder().id(manager.id()).build());
          }
        }
        Set<String> teamIds = new LinkedHashSet<>();
        List<Team> unique = new ArrayList<>();
        for (Team team : teams) {
          if (teamIds.add(team.id())) {
            unique.add(team);
          }
        }
        return Organization.builder().teams(unique).managers(bare).build();
      }
    }

    private List<Team> teams(JsonNode node) {
      List<Team> teams = new ArrayList<>();
      List<JsonNode> items = fields.list(node, "teams", "teams");
      for (int i = 0; i < items.size(); i++) {
        String path = Paths.index("teams", i);
        JsonNode item = items.get(i);
        if (!fields.mapping(item, path, "a team", TEAM)) {
          continue;
        }
        Optional<String> id =
            fields
                .required(item, path, "id", "a team", "checkout")
                .flatMap(n -> fields.text(n, Paths.key(path, "id")));
        Optional<Double> output =
            fields
                .required(item, path, "output", "a team", "100")
                .flatMap(n -> fields.number(n, Paths.key(path, "output")));
        if (id.isEmpty()) {
          continue;
        }
        try {
          teams.add(Team.of(id.get(), output.orElse(0.0)));
        } catch (InvalidModelException e) {
          fields.problems(path, e);
          standIn(() -> teams.add(Team.of(id.get(), 0)));
        }
      }
      return teams;
    }

    private List<Manager> managers(JsonNode node) {
      List<Manager> managers = new ArrayList<>();
      List<JsonNode> items = fields.list(node, "managers", "managers");
      for (int i = 0; i < items.size(); i++) {
        String path = Paths.index("managers", i);
        JsonNode item = items.get(i);
        if (!fields.mapping(item, path, "a manager", MANAGER)) {
          continue;
        }
        Optional<String> id =
            fields
                .required(item, path, "id", "a manager", "alice")
                .flatMap(n -> fields.text(n, Paths.key(path, "id")));
        Manager.Builder manager = Manager.builder();
        fields
            .optional(item, "owns")
            .ifPresent(n -> manager.addAllOwns(fields.ids(n, Paths.key(path, "owns"), "owns")));
        fields
            .optional(item, "reports")
            .ifPresent(
                n -> manager.addAllReports(fields.ids(n, Paths.key(path, "reports"), "reports")));
        fields
            .optional(item, "influences")
            .ifPresent(
                n -> {
                  String at = Paths.key(path, "influences");
                  for (Map.Entry<String, JsonNode> e :
                      fields.entries(n, at, "influences (team: weight)").entrySet()) {
                    fields
                        .number(e.getValue(), Paths.key(at, e.getKey()))
                        .ifPresent(w -> manager.influences(e.getKey(), w));
                  }
                });
        fields
            .optional(item, "budget")
            .flatMap(n -> fields.singleEffort(n, Paths.key(path, "budget")))
            .ifPresent(manager::budget);
        if (id.isEmpty()) {
          continue;
        }
        try {
          managers.add(manager.id(id.get()).build());
        } catch (InvalidModelException e) {
          fields.problems(path, e);
          // Keep the structure when only influences or the budget are invalid.
          if (!standIn(() -> managers.add(manager.id(id.get()).influences(Map.of()).build()))) {
            standIn(() -> managers.add(Manager.builder().id(id.get()).build()));
          }
        }
      }
      return managers;
    }

    private List<Activity> activities(JsonNode node, List<Manager> managers) {
      List<Activity> activities = new ArrayList<>();
      List<JsonNode> items = fields.list(node, "activities", "activities");
      for (int i = 0; i < items.size(); i++) {
        String path = Paths.index("activities", i);
        JsonNode item = items.get(i);
        if (!fields.mapping(item, path, "an activity", ACTIVITY)) {
          continue;
        }
        Optional<String> id =
            fields
                .required(item, path, "id", "an activity", "write-vision")
                .flatMap(n -> fields.text(n, Paths.key(path, "id")));
        Optional<String> by =
            fields.optional(item, "by").flatMap(n -> fields.text(n, Paths.key(path, "by")));
        if (by.isEmpty() && item.get("by") == null) {
          if (managers.size() == 1) {
            by = Optional.of(managers.get(0).id());
          } else if (!managers.isEmpty()) {
            fields.problem(
                Paths.key(path, "by"),
                "missing by: the scenario has "
                    + managers.size()
                    + " managers, so say who does this activity (one of "
                    + String.join(", ", managers.stream().map(Manager::id).toList())
                    + ")");
          }
        }
        Activity.Builder activity = Activity.builder();
        fields
            .optional(item, "kind")
            .flatMap(n -> fields.text(n, Paths.key(path, "kind")))
            .ifPresent(
                k -> {
                  try {
                    activity.kind(ActivityKind.parse(k));
                  } catch (InvalidModelException e) {
                    fields.problems(Paths.key(path, "kind"), e);
                  }
                });
        Optional<Estimate> time =
            fields
                .required(item, path, "time", "an activity", "6h")
                .flatMap(n -> fields.effort(n, Paths.key(path, "time")));
        fields
            .optional(item, "requires")
            .ifPresent(
                n ->
                    activity.addAllRequires(
                        fields.ids(n, Paths.key(path, "requires"), "requires")));
        fields
            .optional(item, "effects")
            .ifPresent(n -> activity.addAllEffects(effects(n, Paths.key(path, "effects"))));
        fields
            .optional(item, "attributes")
            .ifPresent(
                n -> {
                  String at = Paths.key(path, "attributes");
                  for (Map.Entry<String, JsonNode> e :
                      fields.entries(n, at, "attributes (name: number)").entrySet()) {
                    fields
                        .estimate(e.getValue(), Paths.key(at, e.getKey()))
                        .ifPresent(v -> activity.putAttribute(e.getKey(), v));
                  }
                });
        if (id.isEmpty() || by.isEmpty()) {
          continue;
        }
        activity.id(id.get()).by(by.get()).time(time.orElse(Estimate.of(1)));
        try {
          activities.add(activity.build());
        } catch (InvalidModelException e) {
          fields.problems(path, e);
          String who = by.get();
          standIn(
              () ->
                  activities.add(
                      Activity.builder().id(id.get()).by(who).time(Estimate.of(1)).build()));
        }
      }
      return activities;
    }

    private List<Effect> effects(JsonNode node, String listPath) {
      List<Effect> effects = new ArrayList<>();
      List<JsonNode> items = fields.list(node, listPath, "effects");
      for (int i = 0; i < items.size(); i++) {
        String path = Paths.index(listPath, i);
        JsonNode item = items.get(i);
        if (!fields.mapping(item, path, "an effect", EFFECT)) {
          continue;
        }
        Optional<String> team =
            fields
                .required(item, path, "team", "an effect", "checkout")
                .flatMap(n -> fields.text(n, Paths.key(path, "team")));
        Optional<Estimate> uplift =
            fields
                .required(item, path, "uplift", "an effect", "0.10")
                .flatMap(n -> fields.estimate(n, Paths.key(path, "uplift")));
        Effect.Builder effect = Effect.builder();
        fields
            .optional(item, "lasts")
            .flatMap(n -> fields.calendarTime(n, Paths.key(path, "lasts")))
            .ifPresent(effect::lasts);
        fields
            .optional(item, "halfLife")
            .flatMap(n -> fields.calendarTime(n, Paths.key(path, "halfLife")))
            .ifPresent(effect::halfLife);
        if (team.isEmpty() || uplift.isEmpty()) {
          continue;
        }
        try {
          effects.add(effect.team(team.get()).uplift(uplift.get()).build());
        } catch (InvalidModelException e) {
          fields.problems(path, e);
        }
      }
      return effects;
    }

    /** Adds a neutral stand-in for an invalid value; returns false when even that is invalid. */
    private static boolean standIn(Runnable add) {
      try {
        add.run();
        return true;
      } catch (InvalidModelException ignored) {
        // the stand-in is invalid too: the problem is already recorded
        return false;
      }
    }
  }
}
