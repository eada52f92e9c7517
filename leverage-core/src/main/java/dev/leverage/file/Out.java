package dev.leverage.file;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A value about to be written: a mapping or a list, each either on one line (flow) or one entry a
 * line (block), or a scalar that is text or a number. {@link Emitter} writes it as YAML or JSON.
 */
sealed interface Out {

  /** A number, already in the text that reads back exactly. */
  record Number(String text) implements Out {}

  /** Text, quoted as the notation needs. */
  record Text(String text) implements Out {}

  /** A list. */
  record Sequence(List<Out> items, boolean flow) implements Out {}

  /** A mapping whose entries keep the order they were put in. */
  record Mapping(Map<String, Out> entries, boolean flow) implements Out {

    /** An empty mapping, written on one line when {@code flow}. */
    static Mapping of(boolean flow) {
      return new Mapping(new LinkedHashMap<>(), flow);
    }

    /** Puts {@code value} at {@code key}. */
    Mapping put(String key, Out value) {
      entries.put(key, value);
      return this;
    }

    /** Puts {@code value} at {@code key} when present. */
    Mapping put(String key, Optional<? extends Out> value) {
      value.ifPresent(v -> entries.put(key, v));
      return this;
    }

    /** Puts {@code value} as text at {@code key} unless it equals {@code otherwise}. */
    Mapping text(String key, Object value, Object otherwise) {
      return value.equals(otherwise) ? this : put(key, new Text(value.toString()));
    }

    /** Puts the texts of {@code values} as a list on one line, unless there are none. */
    Mapping texts(String key, Iterable<String> values) {
      List<Out> items = new ArrayList<>();
      values.forEach(v -> items.add(new Text(v)));
      return items.isEmpty() ? this : put(key, new Sequence(items, true));
    }

    /** Puts {@code values}, each made by {@code item}, one a line, unless there are none. */
    <T> Mapping items(String key, List<T> values, Function<T, Out> item) {
      return values.isEmpty()
          ? this
          : put(key, new Sequence(values.stream().map(item).toList(), false));
    }

    /** Puts the entries of {@code values} on one line, each made by {@code value}, unless none. */
    <V> Mapping entries(String key, Map<String, V> values, Function<V, Out> value) {
      if (values.isEmpty()) {
        return this;
      }
      Mapping mapping = of(true);
      values.forEach((k, v) -> mapping.put(k, value.apply(v)));
      return put(key, mapping);
    }
  }
}
