package dev.leverage.calculator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leverage.scenario.Scenario;

/**
 * The scenario's title and output unit (MODEL.md §9) as every result shows them: the title above
 * every table, both as fields of every JSON result.
 */
final class Labels {
  private Labels() {}

  /** The title on a line of its own, then an empty line; nothing when the scenario has none. */
  static String heading(Scenario scenario) {
    return scenario.title().map(t -> Text.escape(t) + "\n\n").orElse("");
  }

  /** The unit's name, safe to print on a terminal. */
  static String unit(Scenario scenario) {
    return Text.escape(scenario.unit());
  }

  /** Adds {@code title} (when the scenario has one) and {@code unit} to a JSON result. */
  static ObjectNode put(ObjectNode root, Scenario scenario) {
    scenario.title().ifPresent(t -> root.put("title", t));
    root.put("unit", scenario.unit());
    return root;
  }
}
