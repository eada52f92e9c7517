package dev.leverage.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.Spelling;
import dev.leverage.internal.Numbers;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.CalendarTime;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads typed values out of a {@link SourceTree}, collecting a {@link Problem} with its path for
 * every value that is missing, unknown or of the wrong type, so that all problems are reported at
 * once.
 */
final class Fields {
  private final List<Problem> problems = new ArrayList<>();

  /** Every problem found so far. */
  List<Problem> problems() {
    return problems;
  }

  /** Records a problem at {@code path}. */
  void problem(String path, String message) {
    problems.add(Problem.at(path, message));
  }

  /** Records every problem of {@code e} under {@code path}. */
  void problems(String path, InvalidModelException e) {
    e.problems().forEach(p -> problems.add(p.under(path)));
  }

  /**
   * Returns true when {@code node} is a mapping; records a problem for every key that is not in
   * {@code known}, with the closest known key.
   */
  boolean mapping(JsonNode node, String path, String what, Set<String> known) {
    if (!node.isObject()) {
      problem(
          path,
          what
              + " must be a mapping of "
              + String.join(", ", known)
              + ", found "
              + SourceTree.kind(node));
      return false;
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        problem(Paths.key(path, name), unknownField(name, what, known));
      }
    }
    return true;
  }

  private static String unknownField(String name, String what, Set<String> known) {
    Optional<String> closest = Spelling.closest(name, known);
    return "unknown field '"
        + name
        + "' in "
        + what
        + closest.map(c -> ", did you mean '" + c + "'?").orElse("")
        + " (fields: "
        + String.join(", ", known)
        + ")";
  }

  /** The field {@code name} of {@code node}, if present and not null. */
  Optional<JsonNode> optional(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  /** The field {@code name}, or a "missing" problem naming {@code what} it belongs to. */
  Optional<JsonNode> required(
      JsonNode node, String path, String name, String what, String example) {
    Optional<JsonNode> value = optional(node, name);
    if (value.isEmpty()) {
      problem(
          Paths.key(path, name),
          "missing " + name + " of " + what + ", e.g. " + name + ": " + example);
    }
    return value;
  }

  /** The items of the list at {@code path}; records a problem if it is not a list. */
  List<JsonNode> list(JsonNode node, String path, String what) {
    if (!node.isArray()) {
      problem(path, what + " must be a list, found " + SourceTree.kind(node));
      return List.of();
    }
    List<JsonNode> items = new ArrayList<>();
    node.forEach(items::add);
    return items;
  }

  /** The entries of the mapping at {@code path}, in file order. */
  Map<String, JsonNode> entries(JsonNode node, String path, String what) {
    Map<String, JsonNode> entries = new LinkedHashMap<>();
    if (!node.isObject()) {
      problem(path, what + " must be a mapping, found " + SourceTree.kind(node));
      return entries;
    }
    node.fields().forEachRemaining(e -> entries.put(e.getKey(), e.getValue()));
    return entries;
  }

  /** A text value. */
  Optional<String> text(JsonNode node, String path) {
    if (!node.isTextual() && !node.isNumber()) {
      problem(path, "must be text, found " + SourceTree.kind(node));
      return Optional.empty();
    }
    return Optional.of(node.asText());
  }

  /** A list of ids (texts). */
  List<String> ids(JsonNode node, String path, String what) {
    List<String> ids = new ArrayList<>();
    List<JsonNode> items = list(node, path, what);
    for (int i = 0; i < items.size(); i++) {
      text(items.get(i), Paths.index(path, i)).ifPresent(ids::add);
    }
    return ids;
  }

  /** A finite number. */
  Optional<Double> number(JsonNode node, String path) {
    if (!node.isNumber()) {
      problem(path, "must be a number, found " + SourceTree.kind(node));
      return Optional.empty();
    }
    double value = node.doubleValue();
    if (!Double.isFinite(value)) {
      problem(path, "must be a finite number, found " + value);
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** A number or a three-point estimate {@code {low, likely, high}} of numbers. */
  Optional<Estimate> estimate(JsonNode node, String path) {
    return threePoint(node, path, "a number", n -> number(n.node, n.path));
  }

  /** An effort ({@code 6h}) or a three-point estimate of efforts, in hours. */
  Optional<Estimate> effort(JsonNode node, String path) {
    return threePoint(node, path, "an effort such as 6h", n -> effortHours(n.node, n.path));
  }

  private Optional<Double> effortHours(JsonNode node, String path) {
    if (!node.isTextual() && !node.isNumber()) {
      problem(path, "must be an effort such as 90m, 6h or 1h30m, found " + SourceTree.kind(node));
      return Optional.empty();
    }
    try {
      return Optional.of(Effort.parse(literal(node)).hours());
    } catch (InvalidModelException e) {
      problems(path, e);
      return Optional.empty();
    }
  }

  /** A single effort such as {@code 40h}. */
  Optional<Effort> singleEffort(JsonNode node, String path) {
    if (node.isObject()) {
      problem(path, "must be a single effort such as 40h, not an estimate");
      return Optional.empty();
    }
    return effortHours(node, path).map(Effort::ofHours);
  }

  /** A calendar time such as {@code 12w}. */
  Optional<CalendarTime> calendarTime(JsonNode node, String path) {
    if (!node.isTextual() && !node.isNumber()) {
      problem(path, "must be calendar time such as 12w or 10d, found " + SourceTree.kind(node));
      return Optional.empty();
    }
    try {
      return Optional.of(CalendarTime.parse(literal(node)));
    } catch (InvalidModelException e) {
      problems(path, e);
      return Optional.empty();
    }
  }

  /** The text of a scalar as written: {@code 6} for the number 6. */
  private static String literal(JsonNode node) {
    return node.isNumber() ? Numbers.format(node.doubleValue()) : node.asText();
  }

  private record At(JsonNode node, String path) {}

  private Optional<Estimate> threePoint(
      JsonNode node, String path, String what, Function<At, Optional<Double>> read) {
    if (!node.isObject()) {
      return read.apply(new At(node, path)).map(Estimate::of);
    }
    if (!mapping(node, path, "an estimate", ImmutableSet.of("low", "likely", "high"))) {
      return Optional.empty();
    }
    List<String> missing = new ArrayList<>();
    Double[] values = new Double[3];
    String[] names = {"low", "likely", "high"};
    boolean ok = true;
    for (int i = 0; i < 3; i++) {
      JsonNode part = node.get(names[i]);
      if (part == null || part.isNull()) {
        missing.add(names[i]);
        ok = false;
        continue;
      }
      Optional<Double> value = read.apply(new At(part, Paths.key(path, names[i])));
      if (value.isPresent()) {
        values[i] = value.get();
      } else {
        ok = false;
      }
    }
    if (!missing.isEmpty()) {
      problem(
          path,
          "an estimate needs low, likely and high ("
              + what
              + " each); missing "
              + String.join(", ", missing));
    }
    if (!ok) {
      return Optional.empty();
    }
    if (values[0] > values[1] || values[1] > values[2]) {
      problem(
          path,
          "an estimate needs low <= likely <= high, found low "
              + Numbers.format(values[0])
              + ", likely "
              + Numbers.format(values[1])
              + ", high "
              + Numbers.format(values[2]));
      return Optional.empty();
    }
    return Optional.of(Estimate.of(values[0], values[1], values[2]));
  }
}
