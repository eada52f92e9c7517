package dev.leverage.internal;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The null rule of the model's factories and builders: a null given as model data is invalid input,
 * reported as an {@link InvalidModelException} at the path of the missing value ({@code id}, {@code
 * owns[1]}, {@code influences.payments}).
 */
public final class Nulls {
  private static final String MUST_NOT_BE_NULL = "must not be null";

  private Nulls() {}

  /**
   * Returns {@code value}.
   *
   * @throws InvalidModelException at {@code path} when it is null
   */
  public static <T> T reject(T value, String path) {
    if (value == null) {
      throw InvalidModelException.of(path, MUST_NOT_BE_NULL);
    }
    return value;
  }

  /**
   * Returns {@code values} as a list.
   *
   * @throws InvalidModelException at {@code path} when the array is null, or at {@code path[first +
   *     i]} for each null element
   */
  public static <T> List<T> rejectIn(T[] values, String path, int first) {
    reject(values, path);
    return rejectIn(Arrays.asList(values), path, first);
  }

  /**
   * Returns {@code values}.
   *
   * @throws InvalidModelException at {@code path} when the collection is null, or at {@code
   *     path[first + i]} for each null element
   */
  public static <C extends Collection<?>> C rejectIn(C values, String path, int first) {
    reject(values, path);
    List<Problem> problems = new ArrayList<>();
    int i = first;
    for (Object value : values) {
      if (value == null) {
        problems.add(Problem.at(path + "[" + i + "]", MUST_NOT_BE_NULL));
      }
      i++;
    }
    InvalidModelException.throwIfAny(problems);
    return values;
  }

  /**
   * Returns {@code entries}.
   *
   * @throws InvalidModelException at {@code path} when the map or a key is null, or at {@code
   *     path.key} for each null value
   */
  public static <M extends Map<?, ?>> M rejectIn(M entries, String path) {
    reject(entries, path);
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<?, ?> entry : entries.entrySet()) {
      if (entry.getKey() == null) {
        problems.add(Problem.at(path, "a key must not be null"));
      } else if (entry.getValue() == null) {
        problems.add(Problem.at(path + "." + entry.getKey(), MUST_NOT_BE_NULL));
      }
    }
    InvalidModelException.throwIfAny(problems);
    return entries;
  }

  /**
   * Adds a problem at {@code path} to {@code problems} when the required builder field {@code
   * value} was never set; {@code setter} names the builder method that sets it.
   */
  public static void requireSet(Object value, String path, String setter, List<Problem> problems) {
    if (value == null) {
      problems.add(Problem.at(path, "is required, but was not set; set it with " + setter));
    }
  }
}
