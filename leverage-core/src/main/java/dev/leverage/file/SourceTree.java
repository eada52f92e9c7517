package dev.leverage.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A scenario file read into a plain tree of maps, lists and scalars, with the line of every value.
 *
 * <p>Reading is strict and safe: duplicate keys, YAML anchors and aliases, explicit tags and
 * nesting deeper than {@value #MAX_DEPTH} levels are rejected; tags never become Java objects (the
 * tree holds only maps, lists, strings, numbers and booleans).
 */
final class SourceTree {
  static final int MAX_DEPTH = 32;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonNode root;
  private final Map<String, Integer> lines;

  private SourceTree(JsonNode root, Map<String, Integer> lines) {
    this.root = root;
    this.lines = lines;
  }

  /** The root of the tree. */
  JsonNode root() {
    return root;
  }

  /** The line of the value at {@code path}, or of its closest enclosing value; 0 if unknown. */
  int lineOf(String path) {
    String current = path;
    while (true) {
      Integer line = lines.get(current);
      if (line != null) {
        return line;
      }
      if (current.isEmpty()) {
        return 0;
      }
      int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
      current = cut <= 0 ? "" : current.substring(0, cut);
    }
  }

  /**
   * Parses the text of {@code in} as YAML (JSON is a subset), or as strict JSON when {@code json}
   * is true, reading at most {@code maxCharacters}.
   *
   * @throws InvalidModelException with every problem found, each with its line
   * @throws IOException if {@code in} fails
   */
  static SourceTree parse(Reader in, boolean json, long maxCharacters) throws IOException {
    SourceText text = new SourceText(in, maxCharacters);
    StreamReadConstraints constraints =
        StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 8).build();
    JsonFactory factory;
    if (json) {
      factory = JsonFactory.builder().streamReadConstraints(constraints).build();
    } else {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setMaxAliasesForCollections(0);
      options.setNestingDepthLimit(MAX_DEPTH + 8);
      options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxCharacters + 1));
      factory =
          YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints).build();
    }
    Builder builder = new Builder();
    try (JsonParser parser = factory.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw InvalidModelException.of(
            "", "the file is empty: a scenario needs at least teams, managers and activities");
      }
      JsonNode root = builder.value(parser, "", 0);
      if (parser.nextToken() != null) {
        builder.problems.add(
            Problem.at(
                "",
                "the file holds more than one document (line "
                    + parser.currentTokenLocation().getLineNr()
                    + "); a scenario is one document"));
      }
      if (!builder.problems.isEmpty()) {
        throw new InvalidModelException(builder.problems);
      }
      if (!root.isObject()) {
        throw InvalidModelException.of(
            "",
            "the file must hold a mapping with teams, managers and activities, found "
                + kind(root));
      }
      return new SourceTree(root, builder.lines);
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidModelException invalid) {
        throw invalid;
      }
      if (text.failure() != null) {
        throw text.failure();
      }
      if (text.refusal() != null) {
        throw new InvalidModelException(List.of(text.refusal()));
      }
      if (e instanceof JsonProcessingException syntax) {
        throw syntaxError(syntax, json, builder.problems);
      }
      throw e;
    }
  }

  private static InvalidModelException syntaxError(
      JsonProcessingException e, boolean json, List<Problem> found) {
    JsonLocation location = e.getLocation();
    String where =
        location == null
            ? ""
            : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    List<Problem> problems = new ArrayList<>(found);
    problems.add(
        Problem.at(
            "",
            (json ? "JSON" : "YAML")
                + " syntax error"
                + where
                + ": "
                + firstLine(e.getOriginalMessage())));
    return new InvalidModelException(problems);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).trim();
  }

  static String kind(JsonNode node) {
    if (node.isObject()) {
      return "a mapping";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isNumber()) {
      return "the number " + node.asText();
    }
    if (node.isBoolean()) {
      return "the boolean " + node.asText();
    }
    if (node.isNull()) {
      return "nothing (null)";
    }
    return "the text '" + node.asText() + "'";
  }

  /** Builds the tree token by token, recording lines and refusing unsafe constructs. */
  private static final class Builder {
    final List<Problem> problems = new ArrayList<>();
    final Map<String, Integer> lines = new HashMap<>();

    JsonNode value(JsonParser parser, String path, int depth) throws IOException {
      int line = parser.currentTokenLocation().getLineNr();
      lines.put(path, line);
      if (depth > MAX_DEPTH) {
        problems.add(
            Problem.at(
                path,
                "nesting deeper than " + MAX_DEPTH + " levels (line " + line + ") is not allowed"));
        parser.skipChildren();
        return NODES.nullNode();
      }
      if (parser instanceof YAMLParser yaml) {
        if (yaml.isCurrentAlias()) {
          problems.add(
              Problem.at(
                  path,
                  "YAML aliases (*"
                      + parser.getText()
                      + ") are not supported (line "
                      + line
                      + "); write the value out"));
          return NODES.nullNode();
        }
        String tag = yaml.getTypeId();
        if (tag != null) {
          problems.add(
              Problem.at(
                  path,
                  "YAML tags ("
                      + tag
                      + ") are not supported (line "
                      + line
                      + "); remove the tag, values are plain numbers, text, lists and mappings"));
        }
        if (yaml.getObjectId() != null) {
          problems.add(
              Problem.at(
                  path,
                  "YAML anchors (&"
                      + yaml.getObjectId()
                      + ") are not supported (line "
                      + line
                      + "); write values out"));
        }
      }
      JsonToken token = parser.currentToken();
      switch (token) {
        case START_OBJECT:
          {
            ObjectNode object = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
              String key = parser.currentName();
              String child = Paths.key(path, key);
              int keyLine = parser.currentTokenLocation().getLineNr();
              parser.nextToken();
              JsonNode value = value(parser, child, depth + 1);
              if (object.has(key)) {
                problems.add(
                    Problem.at(
                        child,
                        "duplicate key '"
                            + key
                            + "' (line "
                            + keyLine
                            + ", first at line "
                            + lines.getOrDefault(child, 0)
                            + "); give each key once"));
              } else {
                object.set(key, value);
                lines.put(child, keyLine);
              }
            }
            return object;
          }
        case START_ARRAY:
          {
            ArrayNode array = NODES.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
              array.add(value(parser, path + "[" + index++ + "]", depth + 1));
            }
            return array;
          }
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return number(parser);
        case VALUE_TRUE:
        case VALUE_FALSE:
          return NODES.booleanNode(parser.getBooleanValue());
        case VALUE_NULL:
          return NODES.nullNode();
        default:
          return NODES.textNode(parser.getText());
      }
    }

    private static JsonNode number(JsonParser parser) throws IOException {
      String text = parser.getText().trim().toLowerCase(Locale.ROOT);
      if (text.matches("[-+]?\\.inf")) {
        return NODES.numberNode(
            text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
      }
      if (text.equals(".nan")) {
        return NODES.numberNode(Double.NaN);
      }
      try {
        return NODES.numberNode(parser.getDoubleValue());
      } catch (JsonProcessingException | NumberFormatException e) {
        return NODES.textNode(parser.getText());
      }
    }
  }
}
