package dev.leverage.file;

import com.google.common.collect.ImmutableSet;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One mapping of a scenario file being read (a team, an activity, the coaching section): its fields
 * by name, each read with its path, every problem recorded in the shared {@link Fields}.
 */
final class Item {
  private final Fields fields;
  private final Node.Mapping node;
  private final String path;
  private final String what;

  Item(Fields fields, Node.Mapping node, String path, String what) {
    this.fields = fields;
    this.node = node;
    this.path = path;
    this.what = what;
  }

  /** The problems of the whole file. */
  Fields fields() {
    return fields;
  }

  /** The path of this mapping. */
  String path() {
    return path;
  }

  /** The path of field {@code name} of this mapping. */
  String at(String name) {
    return Problem.join(path, name);
  }

  /** True when the field {@code name} is written, even as null. */
  boolean has(String name) {
    return node.entries().containsKey(name);
  }

  /** The field {@code name}, if present and neither null nor refused. */
  Optional<Node> optional(String name) {
    Node value = node.entries().get(name);
    return value == null || (value instanceof Node.Scalar s && s.isAbsent())
        ? Optional.empty()
        : Optional.of(value);
  }

  /** The field {@code name} read as {@code type}, if present. */
  <T> Optional<T> get(String name, Fields.Value<T> type) {
    return optional(name).flatMap(n -> type.read(fields, n, at(name)));
  }

  /** The field {@code name} read as {@code type}; a "missing" problem showing {@code example}. */
  <T> Optional<T> require(String name, String example, Fields.Value<T> type) {
    Node value = node.entries().get(name);
    if (value instanceof Node.Scalar s && s.type() == Node.Type.REFUSED) {
      return Optional.empty();
    }
    if (optional(name).isEmpty()) {
      fields.problem(
          at(name), "missing " + name + " of " + what + ", e.g. " + name + ": " + example);
      return Optional.empty();
    }
    return get(name, type);
  }

  /** The required {@code id} of this mapping, as written. */
  Optional<String> id(String example) {
    return require("id", example, Fields::text);
  }

  /** Puts every entry of the mapping field {@code name}, each read as {@code type}. */
  <V> void entries(String name, String kind, Fields.Value<V> type, BiConsumer<String, V> put) {
    entries(name, kind, Optional::of, key -> key, type, put);
  }

  /**
   * Puts every entry of the mapping field {@code name} whose key {@code keys} finds, each value
   * read as {@code type}; a key it does not find is a problem at that key's path, with the message
   * {@code unknown} gives for it.
   */
  <K, V> void entries(
      String name,
      String kind,
      Function<String, Optional<K>> keys,
      Function<String, String> unknown,
      Fields.Value<V> type,
      BiConsumer<K, V> put) {
    optional(name)
        .ifPresent(
            n -> {
              String at = at(name);
              for (Map.Entry<String, Node> e :
                  fields.entries(n, at, name + " (" + kind + ")").entrySet()) {
                String path = Problem.join(at, e.getKey());
                Optional<K> key = keys.apply(e.getKey());
                Optional<V> value = type.read(fields, e.getValue(), path);
                if (key.isEmpty()) {
                  fields.problem(path, unknown.apply(e.getKey()));
                } else {
                  value.ifPresent(v -> put.accept(key.get(), v));
                }
              }
            });
  }

  /** The list field {@code name}, each item a mapping read as {@code section} says. */
  <T> List<T> list(String name, Section<T> section) {
    return optional(name).map(n -> section.read(fields, n, at(name))).orElse(List.of());
  }

  /** The mapping field {@code name}, read as {@code section} says. */
  <T> Optional<T> mapping(String name, Section<T> section) {
    return optional(name).flatMap(n -> section.readOne(fields, n, at(name)));
  }

  /**
   * How one kind of mapping is read: its name in messages, its fields in the order of MODEL.md §9,
   * and what it becomes.
   *
   * @param what the kind in messages: {@code a team}
   * @param known the fields it may have
   * @param read reads the fields of an item; empty when a required one is missing
   */
  record Section<T>(String what, Set<String> known, Function<Item, Optional<Build<T>>> read) {

    /**
     * A section of mappings with an id and one required number, such as a team ({@code id}, {@code
     * output}); a missing or invalid number stands in as {@code standIn}.
     */
    static <T> Section<T> idAndNumber(
        String what,
        String idExample,
        String number,
        String numberExample,
        double standIn,
        BiFunction<String, Double, T> make) {
      return new Section<>(
          what,
          ImmutableSet.of("id", number),
          item -> {
            Optional<String> id = item.id(idExample);
            Optional<Double> value = item.require(number, numberExample, Fields::number);
            return id.flatMap(
                i ->
                    Build.of(
                        () -> make.apply(i, value.orElse(standIn)),
                        List.of(() -> make.apply(i, standIn))));
          });
    }

    List<T> read(Fields fields, Node node, String path) {
      List<Node> items = fields.list(node, path, lastName(path));
      List<T> values = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        readOne(fields, items.get(i), path + "[" + i + "]").ifPresent(values::add);
      }
      return values;
    }

    Optional<T> readOne(Fields fields, Node node, String path) {
      Optional<Build<T>> build = fields.item(node, path, what, known).flatMap(read);
      return build.flatMap(b -> b.build(fields, path));
    }

    private static String lastName(String path) {
      return path.substring(path.lastIndexOf('.') + 1);
    }
  }

  /**
   * A value about to be built, and the neutral stand-ins, in order, that keep its id when it is
   * invalid, so that the checks that refer to it still run and report.
   */
  record Build<T>(Supplier<T> value, List<Supplier<T>> standIns) {
    static <T> Optional<Build<T>> of(Supplier<T> value, List<Supplier<T>> standIns) {
      return Optional.of(new Build<>(value, standIns));
    }

    Optional<T> build(Fields fields, String path) {
      try {
        return Optional.of(value.get());
      } catch (InvalidModelException e) {
        fields.problems(path, e);
      }
      for (Supplier<T> standIn : standIns) {
        try {
          return Optional.of(standIn.get());
        } catch (InvalidModelException ignored) {
          // the stand-in is invalid too: try the next one; the problem is already recorded
        }
      }
      return Optional.empty();
    }
  }
}
