package dev.leverage.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses the text of a scenario into a tree of {@link Node}s with Jackson: the only class that uses
 * it.
 *
 * <p>Reading is strict and safe: YAML anchors, aliases and tags are refused (tags never become Java
 * objects), and so is nesting deeper than {@value #MAX_DEPTH} levels; duplicate keys are reported
 * with their paths and lines while reading goes on. A syntax error ends the reading and is said in
 * plain words with its line and column.
 */
final class Syntax {
  static final int MAX_DEPTH = 32;

  private final List<Problem> problems = new ArrayList<>();

  private Syntax() {}

  /** A parsed tree and the problems found while parsing it. */
  record Parsed(Node.Mapping root, List<Problem> problems) {}

  /**
   * Parses {@code in} as YAML (JSON is a subset), or as strict JSON when {@code json} is true.
   *
   * @throws InvalidModelException when the text cannot be parsed at all
   * @throws IOException when {@code in} fails
   */
  static Parsed parse(Reader in, boolean json, long maxCharacters) throws IOException {
    SourceText text = new SourceText(in, maxCharacters);
    Syntax syntax = new Syntax();
    try (JsonParser parser = factory(json, maxCharacters).createParser(text)) {
      if (parser.nextToken() == null) {
        throw InvalidModelException.of(
            "", "the file is empty: a scenario needs at least teams, managers and activities");
      }
      Node root = syntax.value(parser, "", 1, 0);
      if (parser.nextToken() != null) {
        syntax.problems.add(
            Problem.at(
                "",
                "the file holds more than one document (line "
                    + parser.currentTokenLocation().getLineNr()
                    + "); a scenario is one document"));
      }
      if (!(root instanceof Node.Mapping mapping)) {
        throw InvalidModelException.of(
            "",
            "the file must hold a mapping with teams, managers and activities, found "
                + root.describe());
      }
      return new Parsed(mapping, syntax.problems);
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
      if (e instanceof JsonProcessingException error) {
        List<Problem> all = new ArrayList<>(syntax.problems);
        all.add(Problem.at("", json ? jsonError(error) : yamlError(error)));
        throw new InvalidModelException(all);
      }
      throw e;
    }
  }

  private static JsonFactory factory(boolean json, long maxCharacters) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 8).build();
    if (json) {
      return JsonFactory.builder().streamReadConstraints(constraints).build();
    }
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // reported here, with their paths
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(MAX_DEPTH + 8);
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxCharacters + 1));
    return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints).build();
  }

  private Node value(JsonParser parser, String path, int line, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      problems.add(
          Problem.at(
              path,
              "nesting deeper than " + MAX_DEPTH + " levels (line " + line + ") is not allowed"));
      parser.skipChildren();
      return refused(line);
    }
    if (parser instanceof YAMLParser yaml && !acceptedYaml(yaml, path, line)) {
      parser.skipChildren();
      return refused(line);
    }
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> mapping(parser, path, line, depth);
      case START_ARRAY -> sequence(parser, path, line, depth);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          new Node.Scalar(Node.Type.NUMBER, parser.getText(), line);
      case VALUE_TRUE, VALUE_FALSE -> new Node.Scalar(Node.Type.BOOLEAN, parser.getText(), line);
      case VALUE_NULL -> new Node.Scalar(Node.Type.NULL, parser.getText(), line);
      default -> new Node.Scalar(Node.Type.TEXT, parser.getText(), line);
    };
  }

  private Node mapping(JsonParser parser, String path, int line, int depth) throws IOException {
    Map<String, Node> entries = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      String child = Problem.join(path, key);
      int keyLine = parser.currentTokenLocation().getLineNr();
      parser.nextToken();
      Node value = value(parser, child, keyLine, depth + 1);
      Node first = entries.putIfAbsent(key, value);
      if (first != null) {
        String message = "duplicate key '%s' (line %d, first at line %d); give each key once";
        problems.add(Problem.at(child, String.format(message, key, keyLine, first.line())));
      }
    }
    return new Node.Mapping(entries, line);
  }

  private Node sequence(JsonParser parser, String path, int line, int depth) throws IOException {
    List<Node> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      int itemLine = parser.currentTokenLocation().getLineNr();
      items.add(value(parser, path + "[" + items.size() + "]", itemLine, depth + 1));
    }
    return new Node.Sequence(items, line);
  }

  private static Node refused(int line) {
    return new Node.Scalar(Node.Type.REFUSED, "", line);
  }

  /** Records a problem for an alias, a tag or an anchor; false when the value is refused. */
  private boolean acceptedYaml(YAMLParser yaml, String path, int line) throws IOException {
    if (yaml.isCurrentAlias()) {
      problems.add(
          Problem.at(
              path,
              "YAML aliases (*"
                  + yaml.getText()
                  + ") are not supported (line "
                  + line
                  + "); write the value out"));
      return false;
    }
    boolean accepted = true;
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
      accepted = false;
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
      accepted = false;
    }
    return accepted;
  }

  /** A YAML syntax error in plain words, with its line and column. */
  static String yamlError(JsonProcessingException e) {
    Optional<MarkedYAMLException> marked = cause(e, MarkedYAMLException.class);
    if (marked.isEmpty() || marked.get().getProblemMark() == null) {
      return "YAML syntax error" + at(e.getLocation()) + ": " + firstLine(e.getOriginalMessage());
    }
    MarkedYAMLException error = marked.get();
    String where =
        " (line "
            + (error.getProblemMark().getLine() + 1)
            + ", column "
            + (error.getProblemMark().getColumn() + 1)
            + ")";
    int opened = error.getContextMark() == null ? 0 : error.getContextMark().getLine() + 1;
    return "YAML syntax error" + where + ": " + YamlErrors.plain(error, opened);
  }

  /** A JSON syntax error with its line and column, without Jackson's internals. */
  static String jsonError(JsonProcessingException e) {
    String message =
        firstLine(e.getOriginalMessage())
            .replaceAll(" \\(code \\d+\\)", "")
            .replaceAll("\\[Source: [^\\]]*line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
    return "JSON syntax error" + at(e.getLocation()) + ": " + YamlErrors.lowercaseFirst(message);
  }

  private static String at(JsonLocation location) {
    return location == null
        ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).trim();
  }

  private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (type.isInstance(c)) {
        return Optional.of(type.cast(c));
      }
    }
    return Optional.empty();
  }
}
