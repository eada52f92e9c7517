package dev.leverage;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with a model or scenario: where it is and what would be valid.
 *
 * <p>The path follows the scenario file: list items by index in brackets, map entries by key after
 * a dot, as in {@code activities[1].effects[0].uplift} or {@code managers[0].influences.payments}.
 * An empty path means the whole value. Immutable and thread-safe.
 *
 * @param path where the problem is, relative to the value that reported it
 * @param message what was found and what would be valid, lowercase, without the path
 */
public record Problem(String path, String message) {

  /**
   * Checks that both parts are present, and escapes control characters in them (&#92;u001b for
   * ESC), so that a value echoed in a message never reaches a terminal raw.
   *
   * @param path where the problem is, relative to the value that reported it
   * @param message what was found and what would be valid, lowercase, without the path
   */
  public Problem {
    path = escapeControlCharacters(requireNonNull(path, "path"));
    message = escapeControlCharacters(requireNonNull(message, "message"));
  }

  private static String escapeControlCharacters(String text) {
    if (text.chars().noneMatch(c -> Character.getType(c) == Character.CONTROL)) {
      return text;
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    text.chars()
        .forEach(
            c -> {
              if (Character.getType(c) == Character.CONTROL) {
                escaped.append(String.format("\\u%04x", c));
              } else {
                escaped.append((char) c);
              }
            });
    return escaped.toString();
  }

  /**
   * {@return a problem at {@code path} with {@code message}}
   *
   * @param path the path of the value, as in a scenario file
   * @param message what was found and what would be valid, lowercase
   */
  public static Problem at(String path, String message) {
    return new Problem(path, message);
  }

  /**
   * {@return this problem with {@code parent} put in front of its path}
   *
   * @param parent the path to put in front
   */
  public Problem under(String parent) {
    return new Problem(join(parent, path), message);
  }

  /**
   * Joins two path parts: {@code join("activities[1]", "uplift")} is {@code activities[1].uplift},
   * {@code join("effects", "[0]")} is {@code effects[0]}.
   *
   * @param parent the path to put in front
   * @param child the path to put behind, such as {@code uplift} or {@code [0]}
   * @return the joined path
   */
  public static String join(String parent, String child) {
    if (parent.isEmpty()) {
      return child;
    }
    if (child.isEmpty()) {
      return parent;
    }
    return child.startsWith("[") ? parent + child : parent + "." + child;
  }

  /** Returns {@code path: message}, or only the message when the path is empty. */
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
