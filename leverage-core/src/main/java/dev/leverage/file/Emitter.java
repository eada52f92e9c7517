package dev.leverage.file;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes an {@link Out} tree as YAML in the style of MODEL.md §9 (block mappings and lists, flow
 * for short items) or as JSON with the same layout; two spaces a level, a line feed after every
 * line.
 */
final class Emitter {
  private static final Pattern PLAIN =
      Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*|(\\d+(\\.\\d+)?[hmwd]){1,2}");

  /** Plain words that YAML 1.1 reads as booleans or null: they are quoted. */
  private static final Set<String> RESERVED =
      Set.of(
          "y", "yes", "n", "no", "true", "false", "on", "off", "null", "Y", "Yes", "YES", "N", "No",
          "NO", "True", "TRUE", "False", "FALSE", "On", "ON", "Off", "OFF", "Null", "NULL");

  private final Appendable out;
  private final boolean json;

  private Emitter(Appendable out, boolean json) {
    this.out = out;
    this.json = json;
  }

  static void write(Out.Mapping root, Appendable out, boolean json) throws IOException {
    Emitter emitter = new Emitter(out, json);
    if (json) {
      emitter.block(root, 0);
    } else {
      emitter.yamlMapping(root, 0, false);
    }
    out.append('\n');
  }

  private void yamlMapping(Out.Mapping mapping, int indent, boolean continuesLine)
      throws IOException {
    boolean first = true;
    for (Map.Entry<String, Out> entry : mapping.entries().entrySet()) {
      if (!(first && continuesLine)) {
        if (!first || indent > 0) {
          out.append('\n');
        }
        out.append(" ".repeat(indent));
      }
      first = false;
      out.append(text(entry.getKey())).append(':');
      Out value = entry.getValue();
      if (value instanceof Out.Mapping block && !block.flow() && !block.entries().isEmpty()) {
        yamlMapping(block, indent + 2, false);
      } else if (value instanceof Out.Sequence list && !list.flow() && !list.items().isEmpty()) {
        for (Out item : list.items()) {
          out.append('\n').append(" ".repeat(indent + 2)).append("- ");
          if (item instanceof Out.Mapping itemMapping && !itemMapping.flow()) {
            yamlMapping(itemMapping, indent + 4, true);
          } else {
            flow(item);
          }
        }
      } else {
        out.append(' ');
        flow(value);
      }
    }
  }

  /** A JSON value over several lines: one entry or item a line. */
  private void block(Out value, int indent) throws IOException {
    String inner = "\n" + " ".repeat(indent + 2);
    if (value instanceof Out.Mapping mapping && !mapping.flow() && !mapping.entries().isEmpty()) {
      out.append('{');
      Iterator<Map.Entry<String, Out>> entries = mapping.entries().entrySet().iterator();
      while (entries.hasNext()) {
        Map.Entry<String, Out> entry = entries.next();
        out.append(inner).append(text(entry.getKey())).append(": ");
        block(entry.getValue(), indent + 2);
        out.append(entries.hasNext() ? "," : "");
      }
      out.append('\n').append(" ".repeat(indent)).append('}');
    } else if (value instanceof Out.Sequence list && !list.flow() && !list.items().isEmpty()) {
      out.append('[');
      for (int i = 0; i < list.items().size(); i++) {
        out.append(inner);
        block(list.items().get(i), indent + 2);
        out.append(i + 1 < list.items().size() ? "," : "");
      }
      out.append('\n').append(" ".repeat(indent)).append(']');
    } else {
      flow(value);
    }
  }

  /** A value on one line. */
  private void flow(Out value) throws IOException {
    if (value instanceof Out.Number number) {
      out.append(number.text());
    } else if (value instanceof Out.Text text) {
      out.append(text(text.text()));
    } else if (value instanceof Out.Sequence list) {
      out.append('[');
      for (int i = 0; i < list.items().size(); i++) {
        out.append(i == 0 ? "" : ", ");
        flow(list.items().get(i));
      }
      out.append(']');
    } else if (value instanceof Out.Mapping mapping) {
      out.append('{');
      String separator = "";
      for (Map.Entry<String, Out> entry : mapping.entries().entrySet()) {
        out.append(separator).append(text(entry.getKey())).append(": ");
        flow(entry.getValue());
        separator = ", ";
      }
      out.append('}');
    }
  }

  /**
   * Text as the notation needs it: in JSON always quoted; in YAML plain when it is a safe word that
   * no YAML reader takes for a number, a boolean or null, else quoted.
   */
  private String text(String text) {
    if (!json && PLAIN.matcher(text).matches() && !RESERVED.contains(text)) {
      return text;
    }
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                  if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029) {
                    quoted.append(String.format("\\u%04x", c));
                  } else {
                    quoted.appendCodePoint(c);
                  }
                }
              }
            });
    return quoted.append('"').toString();
  }
}
