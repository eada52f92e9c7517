package dev.leverage.file;

import com.google.common.collect.ImmutableSet;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.Spelling;
import dev.leverage.internal.Numbers;
import dev.leverage.uncertainty.EffortEstimate;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.CalendarTime;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads typed values out of a tree of {@link Node}s, collecting a {@link Problem} with its path for
 * every value that is missing, unknown or of the wrong type, so that all problems are reported at
 * once.
 */
final class Fields {
  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?(\\d[\\d_]*(\\.[\\d_]*)?|\\.\\d[\\d_]*)([eE][-+]?\\d+)?");
  private static final Set<String> THREE_POINTS = ImmutableSet.of("low", "likely", "high");

  /** How one kind of value is read from a node at a path. */
  @FunctionalInterface
  interface Value<T> {
    Optional<T> read(Fields fields, Node node, String path);
  }

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
   * The mapping at {@code path} as an {@link Item}; records a problem if it is not a mapping, and
   * one for every key that is not in {@code known}, with the closest known key.
   */
  Optional<Item> item(Node node, String path, String what, Set<String> known) {
    if (!(node instanceof Node.Mapping mapping)) {
      problem(
          path,
          what
              + " must be a mapping of "
              + String.join(", ", known)
              + ", found "
              + node.describe());
      return Optional.empty();
    }
    for (String name : mapping.entries().keySet()) {
      if (!known.contains(name)) {
        problem(Problem.join(path, name), unknownField(name, what, known));
      }
    }
    return Optional.of(new Item(this, mapping, path, what));
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

  /** The node itself, whatever it is: for a field that must only be present. */
  Optional<Node> any(Node node, String path) {
    return Optional.of(node);
  }

  /** The items of the list at {@code path}; records a problem if it is not a list. */
  List<Node> list(Node node, String path, String what) {
    if (node instanceof Node.Sequence sequence) {
      return sequence.items();
    }
    problem(path, what + " must be a list, found " + node.describe());
    return List.of();
  }

  /** The entries of the mapping at {@code path}, in file order. */
  Map<String, Node> entries(Node node, String path, String what) {
    if (node instanceof Node.Mapping mapping) {
      return mapping.entries();
    }
    problem(path, what + " must be a mapping, found " + node.describe());
    return Map.of();
  }

  /** A scalar's text exactly as written: an id {@code 007} stays {@code 007}. */
  Optional<String> text(Node node, String path) {
    if (node instanceof Node.Scalar scalar && !scalar.isAbsent()) {
      return Optional.of(scalar.text());
    }
    problem(path, "must be text, found " + node.describe());
    return Optional.empty();
  }

  /** A list of ids or names, each once. */
  Optional<List<String>> ids(Node node, String path) {
    List<Node> items = list(node, path, lastName(path));
    List<String> ids = new ArrayList<>();
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String at = path + "[" + i + "]";
      Optional<String> id = text(items.get(i), at);
      if (id.isEmpty()) {
        continue;
      }
      Integer previous = first.putIfAbsent(id.get(), i);
      if (previous == null) {
        ids.add(id.get());
      } else {
        problem(
            at,
            "'"
                + id.get()
                + "' is listed twice, first at "
                + path
                + "["
                + previous
                + "]; list each once");
      }
    }
    return Optional.of(ids);
  }

  private static String lastName(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf(']'));
    return path.substring(cut + 1);
  }

  /** A finite number. */
  Optional<Double> number(Node node, String path) {
    if (!(node instanceof Node.Scalar scalar) || scalar.type() != Node.Type.NUMBER) {
      problem(path, "must be a number, found " + node.describe());
      return Optional.empty();
    }
    double value = parseNumber(scalar.text());
    if (!Double.isFinite(value)) {
      boolean tooLarge = DECIMAL.matcher(scalar.text().strip()).matches();
      problem(
          path,
          "must be a finite number, found "
              + scalar.text()
              + (tooLarge ? ", which is beyond the largest number, about 1.8e308" : ""));
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** The value of a number as written: decimal, {@code .inf} and {@code .nan} as YAML has them. */
  private static double parseNumber(String text) {
    String plain = text.strip();
    if (DECIMAL.matcher(plain).matches()) {
      return Double.parseDouble(plain.replace("_", ""));
    }
    String lower = plain.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".inf")) {
      return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return Double.NaN;
  }

  /** A number or a three-point estimate {@code {low, likely, high}} of numbers. */
  Optional<Estimate> estimate(Node node, String path) {
    return threePoint(node, path, "a number", Fields::number);
  }

  /** An effort ({@code 6h}) or a three-point estimate of efforts. */
  Optional<EffortEstimate> effort(Node node, String path) {
    return threePoint(node, path, "an effort such as 6h", Fields::effortHours)
        .map(EffortEstimate::ofHours);
  }

  /** A single effort such as {@code 40h}. */
  Optional<Effort> singleEffort(Node node, String path) {
    if (node instanceof Node.Mapping) {
      problem(path, "must be a single effort such as 40h, not an estimate");
      return Optional.empty();
    }
    return effortHours(node, path).map(Effort::ofHours);
  }

  private Optional<Double> effortHours(Node node, String path) {
    return parsed(node, path, "an effort such as 90m, 6h or 1h30m", Effort::parse)
        .map(Effort::hours);
  }

  /** A calendar time such as {@code 12w}. */
  Optional<CalendarTime> calendarTime(Node node, String path) {
    return parsed(node, path, "calendar time such as 12w or 10d", CalendarTime::parse);
  }

  /** The text of a scalar read by {@code parse}, whose problems are recorded at {@code path}. */
  <T> Optional<T> parsed(Node node, String path, String what, Function<String, T> parse) {
    if (!(node instanceof Node.Scalar scalar) || scalar.isAbsent()) {
      problem(path, "must be " + what + ", found " + node.describe());
      return Optional.empty();
    }
    try {
      return Optional.of(parse.apply(scalar.text()));
    } catch (InvalidModelException e) {
      problems(path, e);
      return Optional.empty();
    }
  }

  private Optional<Estimate> threePoint(Node node, String path, String what, Value<Double> read) {
    if (!(node instanceof Node.Mapping)) {
      return read.read(this, node, path).map(Estimate::of);
    }
    Optional<Item> item = item(node, path, "an estimate", THREE_POINTS);
    if (item.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Double> values = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    boolean ok = true;
    for (String name : THREE_POINTS) {
      Optional<Node> part = item.get().optional(name);
      if (part.isEmpty()) {
        missing.add(name);
        ok = false;
      } else {
        Optional<Double> value = read.read(this, part.get(), Problem.join(path, name));
        value.ifPresent(v -> values.put(name, v));
        ok &= value.isPresent();
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
    double low = values.get("low");
    double likely = values.get("likely");
    double high = values.get("high");
    if (low > likely || likely > high) {
      problem(
          path,
          "an estimate needs low <= likely <= high, found low "
              + Numbers.format(low)
              + ", likely "
              + Numbers.format(likely)
              + ", high "
              + Numbers.format(high));
      return Optional.empty();
    }
    try {
      return Optional.of(Estimate.of(low, likely, high));
    } catch (InvalidModelException e) {
      problems(path, e); // a range high - low past the largest number
      return Optional.empty();
    }
  }
}
