package dev.leverage.file;

import static dev.leverage.file.Item.Build;
import static dev.leverage.file.Item.Section;

import com.google.common.collect.ImmutableSet;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityKind;
import dev.leverage.activity.Commitment;
import dev.leverage.activity.Effect;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Team;
import dev.leverage.uncertainty.EffortEstimate;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.Effort;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the organization and the activities of a scenario file are read (MODEL.md §9): one {@link
 * Section} for each kind of mapping, fields in the order of §9.
 */
final class ScenarioSections {
  private ScenarioSections() {}

  static final Section<Team> TEAM =
      Section.idAndNumber("a team", "checkout", "output", "100", 0, Team::of);

  static final Section<Manager> MANAGER =
      new Section<>(
          "a manager",
          ImmutableSet.of("id", "owns", "influences", "reports", "budget"),
          item -> {
            Optional<String> id = item.id("alice");
            Manager.Builder manager = Manager.builder();
            item.get("owns", Fields::ids).ifPresent(manager::owns);
            item.entries("influences", "team: weight", Fields::number, manager::influence);
            item.get("reports", Fields::ids).ifPresent(manager::reports);
            item.get("budget", Fields::singleEffort).ifPresent(manager::budget);
            // When only influences or the budget are invalid, the stand-in keeps the structure.
            return id.flatMap(
                i ->
                    Build.of(
                        () -> manager.id(i).build(),
                        List.of(
                            () -> manager.replaceInfluences(Map.of()).clearBudget().build(),
                            () -> Manager.builder().id(i).build())));
          });

  static final Section<Effect> EFFECT =
      new Section<>(
          "an effect",
          ImmutableSet.of("team", "uplift", "lasts", "halfLife", "starts"),
          item -> {
            Optional<String> team = item.require("team", "checkout", Fields::text);
            Optional<Estimate> uplift = item.require("uplift", "0.10", Fields::estimate);
            Effect.Builder effect = Effect.builder();
            item.get("lasts", Fields::calendarTime).ifPresent(effect::lasts);
            item.get("halfLife", Fields::calendarTime).ifPresent(effect::halfLife);
            item.get("starts", Fields::calendarTime).ifPresent(effect::starts);
            if (team.isEmpty() || uplift.isEmpty()) {
              return Optional.empty();
            }
            return Build.of(() -> effect.team(team.get()).uplift(uplift.get()).build(), List.of());
          });

  static final ImmutableSet<String> ACTIVITY_FIELDS =
      ImmutableSet.of("id", "by", "kind", "time", "fixed", "requires", "effects", "attributes");

  /** Activities done by one of {@code managers}; {@code by} may be left out when there is one. */
  static Section<Activity> activity(List<Manager> managers) {
    return new Section<>(
        "an activity",
        ACTIVITY_FIELDS,
        item -> {
          Optional<String> id = item.id("write-vision");
          Optional<String> by = item.get("by", Fields::text);
          if (item.optional("by").isEmpty()) {
            by = defaultManager(item, managers);
          }
          Activity.Builder activity = Activity.builder();
          item.get("kind", ScenarioSections::kind).ifPresent(activity::kind);
          Optional<EffortEstimate> time = item.require("time", "6h", Fields::effort);
          item.get("fixed", ScenarioSections::commitment).ifPresent(activity::fixed);
          item.get("requires", Fields::ids).ifPresent(activity::requires);
          activity.effects(item.list("effects", EFFECT));
          item.entries("attributes", "name: number", Fields::estimate, activity::attribute);
          if (id.isEmpty() || by.isEmpty()) {
            return Optional.empty();
          }
          activity.id(id.get()).by(by.get()).time(time.orElse(EffortEstimate.ofHours(1)));
          String who = by.get();
          return Build.of(
              activity::build,
              List.of(
                  () -> Activity.builder().id(id.get()).by(who).time(Effort.ofHours(1)).build()));
        });
  }

  private static Optional<String> defaultManager(Item item, List<Manager> managers) {
    if (managers.size() == 1) {
      return Optional.of(managers.get(0).id());
    }
    if (!managers.isEmpty()) {
      item.fields()
          .problem(
              item.at("by"),
              "missing by: the scenario has "
                  + managers.size()
                  + " managers, so say who does this activity (one of "
                  + String.join(", ", managers.stream().map(Manager::id).toList())
                  + ")");
    }
    return Optional.empty();
  }

  private static Optional<Commitment> commitment(Fields fields, Node node, String path) {
    return fields.parsed(node, path, "once or weekly", Commitment::parse);
  }

  private static Optional<ActivityKind> kind(Fields fields, Node node, String path) {
    return fields.parsed(node, path, "an activity kind", ActivityKind::parse);
  }
}
