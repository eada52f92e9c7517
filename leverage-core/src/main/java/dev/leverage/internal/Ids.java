package dev.leverage.internal;

import dev.leverage.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The id rule of the model: {@code [A-Za-z0-9][A-Za-z0-9._-]*}. */
public final class Ids {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private Ids() {}

  /**
   * Adds a problem at {@code path} to {@code problems} unless {@code id} is a valid id; a null id
   * is reported as missing.
   */
  public static void check(String id, String path, String kind, List<Problem> problems) {
    if (id == null) {
      problems.add(Problem.at(path, kind + " id must not be null"));
    } else if (!ID.matcher(id).matches()) {
      problems.add(
          Problem.at(
              path,
              kind
                  + " id must start with a letter or digit and hold only letters, digits, '.', '_'"
                  + " and '-', was '"
                  + id
                  + "'"));
    }
  }

  /** Adds a problem unless {@code name} is a valid attribute name (usable in formulas). */
  public static void checkName(String name, String path, List<Problem> problems) {
    if (name == null) {
      problems.add(Problem.at(path, "attribute name must not be null"));
    } else if (!NAME.matcher(name).matches()) {
      problems.add(
          Problem.at(
              path,
              "attribute name must start with a letter or '_' and hold only letters, digits and"
                  + " '_', was '"
                  + name
                  + "'"));
    }
  }

  /**
   * Maps each id in {@code values} to the index where it first appears, adding a problem at {@code
   * list[i].id} for every later duplicate.
   */
  public static <T> Map<String, Integer> firstIndex(
      List<T> values, Function<T, String> id, String list, String kind, List<Problem> problems) {
    Map<String, Integer> first = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      putFirst(first, id.apply(values.get(i)), i, list, kind, problems);
    }
    return first;
  }

  /**
   * Records {@code id}, of the item at {@code list[index]}, in {@code first} unless an earlier item
   * has it; then adds the duplicate's problem at {@code list[index].id}, as {@link #firstIndex}
   * does, for checks that report other problems of each item in the same pass.
   *
   * @return true when {@code id} is new, false for a duplicate
   */
  public static boolean putFirst(
      Map<String, Integer> first,
      String id,
      int index,
      String list,
      String kind,
      List<Problem> problems) {
    Integer previous = first.putIfAbsent(id, index);
    if (previous != null) {
      problems.add(Problem.at(list + "[" + index + "].id", duplicate(kind, id, list, previous)));
    }
    return previous == null;
  }

  /** The message for an id of {@code kind} that repeats the one at {@code list[previous]}. */
  static String duplicate(String kind, String id, String list, int previous) {
    return "duplicate "
        + kind
        + " id '"
        + id
        + "', already used by "
        + list
        + "["
        + previous
        + "]; ids are unique per kind";
  }
}
