package dev.leverage.file;

import java.util.List;
import java.util.Map;

/**
 * A value of a scenario file as written: a mapping, a list or a scalar with its text exactly as it
 * stands in the file ({@code 007}, {@code 1.10}), and the line it starts on.
 *
 * <p>The reader decides what a scalar means from the field it is in: an id is its text, an output a
 * number, a time an effort. Mappings keep their keys in file order.
 */
sealed interface Node {

  /** The line the value starts on; for the value of a key, the key's line. */
  int line();

  /** Says what the value is, for a message: {@code a list}, {@code the text 'lots'}. */
  String describe();

  /** A mapping, keys in file order. */
  record Mapping(Map<String, Node> entries, int line) implements Node {
    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** A list. */
  record Sequence(List<Node> items, int line) implements Node {
    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A scalar and its text as written. */
  record Scalar(Type type, String text, int line) implements Node {
    @Override
    public String describe() {
      return switch (type) {
        case TEXT -> "the text '" + text + "'";
        case NUMBER -> "the number " + text;
        case BOOLEAN -> "the boolean " + text;
        case NULL -> "nothing (null)";
        case REFUSED -> "a value that was refused";
      };
    }

    /** True for a null, and for a value refused while parsing (its problem is reported). */
    boolean isAbsent() {
      return type == Type.NULL || type == Type.REFUSED;
    }
  }

  /** What the parser took a scalar for. */
  enum Type {
    TEXT,
    NUMBER,
    BOOLEAN,
    NULL,
    /** An alias, a tagged value or one nested too deeply: already reported, read as absent. */
    REFUSED
  }

  /**
   * The line of the value at {@code path} below {@code root}, or of the closest value on the way to
   * it; a key may itself hold dots ({@code influences.team.a}), so the longest key that matches is
   * taken.
   */
  static int lineOf(Node root, String path) {
    Node node = root;
    int at = 0;
    while (at < path.length()) {
      if (path.charAt(at) == '.') {
        at++;
        continue;
      }
      if (node instanceof Sequence sequence && path.charAt(at) == '[') {
        int close = path.indexOf(']', at);
        int index = close < 0 ? -1 : parseIndex(path.substring(at + 1, close));
        if (index < 0 || index >= sequence.items().size()) {
          break;
        }
        node = sequence.items().get(index);
        at = close + 1;
      } else if (node instanceof Mapping mapping) {
        String key = longestKey(mapping, path, at);
        if (key == null) {
          break;
        }
        node = mapping.entries().get(key);
        at += key.length();
      } else {
        break;
      }
    }
    return node.line();
  }

  private static String longestKey(Mapping mapping, String path, int from) {
    String found = null;
    for (int end = from; end <= path.length(); end++) {
      if (end == path.length() || path.charAt(end) == '.' || path.charAt(end) == '[') {
        String key = path.substring(from, end);
        if (mapping.entries().containsKey(key)) {
          found = key;
        }
      }
    }
    return found;
  }

  private static int parseIndex(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
