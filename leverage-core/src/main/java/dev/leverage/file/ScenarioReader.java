package dev.leverage.file;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.scenario.Scenario;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /** The top-level fields of a scenario file, in the order of MODEL.md §9. */
  static final ImmutableSet<String> TOP =
      ImmutableSet.of(
          "title",
          "unit",
          "horizon",
          "teams",
          "managers",
          "activities",
          "productManagers",
          "coaching",
          "portfolio");

  private final ScenarioFormat format;
  private final long maxCharacters;

  private ScenarioReader(ScenarioFormat format, long maxCharacters) {
    this.format = requireNonNull(format, "format");
    if (maxCharacters < 1) {
      throw new IllegalArgumentException("maxCharacters must be at least 1, was " + maxCharacters);
    }
    this.maxCharacters = maxCharacters;
  }

  /**
   * {@return a reader of {@code format}}
   *
   * @param format YAML or JSON
   */
  public static ScenarioReader of(ScenarioFormat format) {
    return new ScenarioReader(format, DEFAULT_MAX_CHARACTERS);
  }

  /** {@return a reader of YAML scenarios (JSON documents are YAML too, read less strictly)} */
  public static ScenarioReader yaml() {
    return of(ScenarioFormat.YAML);
  }

  /** {@return a reader of strict JSON scenarios} */
  public static ScenarioReader json() {
    return of(ScenarioFormat.JSON);
  }

  /**
   * {@return a reader of the format {@code fileName} has: JSON for {@code .json}, else YAML}
   *
   * @param fileName a file name such as {@code week.yaml}
   */
  public static ScenarioReader forFile(String fileName) {
    return of(ScenarioFormat.ofFileName(fileName));
  }

  /** {@return the format this reader reads} */
  public ScenarioFormat format() {
    return format;
  }

  /** {@return the longest text, in characters, this reader reads before it gives up} */
  public long maxCharacters() {
    return maxCharacters;
  }

  /**
   * {@return a copy of this reader that reads at most {@code maxCharacters}, at least 1}
   *
   * @param maxCharacters the most characters to read, at least 1
   */
  public ScenarioReader withMaxCharacters(long maxCharacters) {
    return new ScenarioReader(format, maxCharacters);
  }

  /**
   * Reads the scenario in {@code text}.
   *
   * @param text the text to read
   * @return the scenario
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
   * @param in the text to read
   * @return the scenario
   * @throws InvalidModelException with every problem, each path followed by its line
   * @throws IOException if {@code in} cannot be read, such as bytes that are not valid text
   * @throws IllegalStateException if Jackson is not on the class or module path
   */
  public Scenario read(Reader in) throws IOException {
    requireNonNull(in, "in");
    Jackson.require();
    Syntax.Parsed parsed = Syntax.parse(in, format == ScenarioFormat.JSON, maxCharacters);
    Fields fields = new Fields();
    parsed.problems().forEach(p -> fields.problem(p.path(), p.message()));
    try {
      return scenario(fields, parsed.root());
    } catch (InvalidModelException e) {
      throw withLines(e, parsed.root());
    }
  }

  private static InvalidModelException withLines(InvalidModelException e, Node root) {
    List<Problem> problems = new ArrayList<>();
    for (Problem problem : e.problems()) {
      boolean hasLine = problem.message().contains("(line ");
      problems.add(
          hasLine
              ? problem
              : Problem.at(
                  problem.path(),
                  problem.message() + " (line " + Node.lineOf(root, problem.path()) + ")"));
    }
    return new InvalidModelException(problems);
  }

  /** Reads the whole scenario; invalid parts are replaced by neutral stand-ins so checks go on. */
  private static Scenario scenario(Fields fields, Node root) {
    Item top = fields.item(root, "", "a scenario", TOP).orElseThrow();
    Scenario.Builder scenario = Scenario.builder();
    top.get("title", Fields::text).ifPresent(scenario::title);
    top.get("unit", Fields::text).ifPresent(scenario::unit);
    top.get("horizon", Fields::calendarTime).ifPresent(scenario::horizon);
    top.require("teams", "[{id: checkout, output: 100}]", Fields::any);
    top.require("managers", "[{id: alice, owns: [checkout]}]", Fields::any);
    List<Team> teams = top.list("teams", ScenarioSections.TEAM);
    List<Manager> managers = top.list("managers", ScenarioSections.MANAGER);
    Organization organization = organization(fields, teams, managers);
    scenario.organization(organization);
    scenario.activities(top.list("activities", ScenarioSections.activity(managers)));
    scenario.productManagers(top.list("productManagers", ProductSections.PRODUCT_MANAGER));
    // When the managers could not form an organization, the coaching section is checked on its
    // own but left out, so that no one is reported as not below the coach merely because the
    // reports were dropped.
    top.mapping("coaching", ProductSections.COACHING)
        .filter(c -> organization.managers().equals(managers))
        .ifPresent(scenario::coaching);
    top.mapping("portfolio", ProductSections.PORTFOLIO).ifPresent(scenario::portfolio);
    List<Problem> all = new ArrayList<>(fields.problems());
    try {
      Scenario built = scenario.build();
      InvalidModelException.throwIfAny(all);
      return built;
    } catch (InvalidModelException e) {
      e.problems().stream().filter(p -> !all.contains(p)).forEach(all::add);
      throw new InvalidModelException(all);
    }
  }

  private static Organization organization(
      Fields fields, List<Team> teams, List<Manager> managers) {
    try {
      return Organization.builder().teams(teams).managers(managers).build();
    } catch (InvalidModelException e) {
      e.problems().forEach(p -> fields.problem(p.path(), p.message()));
      // Structure is broken: keep the ids so the activities can still be checked.
      Map<String, Manager> bare = new LinkedHashMap<>();
      managers.forEach(m -> bare.putIfAbsent(m.id(), Manager.builder().id(m.id()).build()));
      Map<String, Team> unique = new LinkedHashMap<>();
      teams.forEach(t -> unique.putIfAbsent(t.id(), t));
      return Organization.builder().teams(unique.values()).managers(bare.values()).build();
    }
  }
}
