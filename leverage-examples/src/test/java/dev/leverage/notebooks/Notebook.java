package dev.leverage.notebooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * A Jupyter notebook (nbformat 4), for the Java kernel or the Python one: its code cells, their
 * stored outputs, and writing new outputs back in the layout Jupyter itself uses (one-space indent,
 * sorted keys).
 */
final class Notebook {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final ObjectNode root;

  private Notebook(Path file, ObjectNode root) {
    this.file = file;
    this.root = root;
  }

  static Notebook read(Path file) throws IOException {
    JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    if (!root.isObject() || root.path("nbformat").asInt() != 4) {
      throw new IllegalArgumentException(file + " is not an nbformat 4 notebook");
    }
    return new Notebook(file, (ObjectNode) root);
  }

  Path file() {
    return file;
  }

  /** The language of its kernel ({@code java}, {@code python}), from its metadata. */
  String language() {
    return root.path("metadata").path("kernelspec").path("language").asText("java");
  }

  /** The code cells, in order. */
  List<ObjectNode> codeCells() {
    List<ObjectNode> cells = new ArrayList<>();
    for (JsonNode cell : root.path("cells")) {
      if (cell.path("cell_type").asText().equals("code")) {
        cells.add((ObjectNode) cell);
      }
    }
    return cells;
  }

  /** A cell's source as one string. */
  static String source(ObjectNode cell) {
    return text(cell.get("source"));
  }

  /**
   * What a code cell stored as printed on {@code stream} ("stdout" or "stderr").
   *
   * @throws IllegalStateException for outputs other than streams, which the build cannot check
   */
  static String storedStream(ObjectNode cell, String stream) {
    StringBuilder text = new StringBuilder();
    for (JsonNode output : cell.path("outputs")) {
      String type = output.path("output_type").asText();
      if (!type.equals("stream")) {
        throw new IllegalStateException(
            "a cell has an output of type '"
                + type
                + "'; notebooks print with System.out so that the build can check their outputs");
      }
      if (output.path("name").asText().equals(stream)) {
        text.append(text(output.get("text")));
      }
    }
    return text.toString();
  }

  /** Replaces a code cell's outputs by {@code stdout} and {@code stderr}, numbering it. */
  static void store(ObjectNode cell, int executionCount, String stdout, String stderr) {
    cell.put("execution_count", executionCount);
    ArrayNode outputs = cell.putArray("outputs");
    for (String[] stream : new String[][] {{"stdout", stdout}, {"stderr", stderr}}) {
      if (!stream[1].isEmpty()) {
        ObjectNode output = outputs.addObject();
        output.put("name", stream[0]);
        output.put("output_type", "stream");
        ArrayNode lines = output.putArray("text");
        splitLines(stream[1]).forEach(lines::add);
      }
    }
  }

  /** Writes the notebook back to its file. */
  void write() throws IOException {
    StringBuilder out = new StringBuilder();
    write(root, out, 0);
    Files.writeString(file, out.append('\n').toString(), StandardCharsets.UTF_8);
  }

  /** Trailing whitespace of each line and trailing blank lines removed: the only normalisation. */
  static String normalise(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      out.append(line.stripTrailing()).append('\n');
    }
    return out.toString().stripTrailing();
  }

  private static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return "";
    }
    if (node.isTextual()) {
      return node.asText();
    }
    StringBuilder text = new StringBuilder();
    node.forEach(line -> text.append(line.asText()));
    return text.toString();
  }

  private static List<String> splitLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /** JSON as Python's {@code json.dump(indent=1, sort_keys=True, ensure_ascii=False)} writes it. */
  private static void write(JsonNode node, StringBuilder out, int depth) throws IOException {
    String inner = " ".repeat(depth + 1);
    if (node.isObject()) {
      if (node.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      Iterator<String> keys = new TreeSet<>(iterable(node.fieldNames())).iterator();
      while (keys.hasNext()) {
        String key = keys.next();
        out.append(inner).append(JSON.writeValueAsString(key)).append(": ");
        write(node.get(key), out, depth + 1);
        out.append(keys.hasNext() ? ",\n" : "\n");
      }
      out.append(" ".repeat(depth)).append('}');
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      for (int i = 0; i < node.size(); i++) {
        out.append(inner);
        write(node.get(i), out, depth + 1);
        out.append(i < node.size() - 1 ? ",\n" : "\n");
      }
      out.append(" ".repeat(depth)).append(']');
    } else {
      out.append(JSON.writeValueAsString(node));
    }
  }

  private static List<String> iterable(Iterator<String> names) {
    List<String> list = new ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }
}
