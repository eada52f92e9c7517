package dev.leverage.file;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** SnakeYAML's syntax errors said in plain words: what is wrong and how to write it instead. */
final class YamlErrors {
  private YamlErrors() {}

  private record Rule(Pattern problem, BiFunction<Matcher, Integer, String> plain) {
    static Rule of(String regex, BiFunction<Matcher, Integer, String> plain) {
      return new Rule(Pattern.compile(regex), plain);
    }
  }

  private static final List<Rule> RULES =
      List.of(
          Rule.of(
              "found character '\\\\t\\(TAB\\)'.*|.*tab character.*",
              (m, opened) -> "a tab cannot indent YAML; indent with spaces"),
          Rule.of(
              "found character '(.+)' that cannot start any token.*",
              (m, opened) ->
                  "'"
                      + m.group(1)
                      + "' cannot start a value; put text that starts with it in quotes"),
          Rule.of(
              "mapping values are not allowed here",
              (m, opened) ->
                  "a ':' where no key can start; indent this key like the keys beside it, or put"
                      + " text that holds ': ' in quotes"),
          Rule.of(
              "expected ',' or '}', but got .*",
              (m, opened) ->
                  "the mapping opened with '{' at line "
                      + opened
                      + " is not closed with '}', or two of its entries have no ',' between them"),
          Rule.of(
              "expected ',' or ']', but got .*",
              (m, opened) ->
                  "the list opened with '[' at line "
                      + opened
                      + " is not closed with ']', or two of its items have no ',' between them"),
          Rule.of(
              "expected <block end>, but found .*|did not find expected key"
                  + "|did not find expected '-' indicator",
              (m, opened) ->
                  "this line is indented unlike the lines beside it (from line "
                      + opened
                      + "); keys of one mapping and items ('- ') of one list start at the same"
                      + " column"),
          Rule.of(
              "found unexpected end of stream",
              (m, opened) ->
                  "the quote opened at line " + opened + " is never closed; close it on purpose"),
          Rule.of(
              "found unknown escape character (.+)\\(\\d+\\)",
              (m, opened) ->
                  "'\\"
                      + m.group(1)
                      + "' is not an escape in double-quoted text; write \\\\ for a backslash, or"
                      + " use single quotes"),
          Rule.of(
              "expected '<document start>', but found '?(.*?)'?",
              (m, opened) ->
                  "'"
                      + m.group(1)
                      + "' after the end of the scenario; remove it, or open what it closes"),
          Rule.of(
              "could not find expected ':'",
              (m, opened) ->
                  "a key without ':' (from line "
                      + opened
                      + "); write key: value, and put text over several lines in quotes"));

  /** The problem of {@code error} in plain words; {@code opened} is where its context began. */
  static String plain(MarkedYAMLException error, int opened) {
    String problem = error.getProblem() == null ? "" : error.getProblem().trim();
    for (Rule rule : RULES) {
      Matcher matcher = rule.problem().matcher(problem);
      if (matcher.matches()) {
        return rule.plain().apply(matcher, opened);
      }
    }
    String context = error.getContext() == null ? "" : error.getContext().trim() + ": ";
    return lowercaseFirst(context + problem);
  }

  static String lowercaseFirst(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }
}
