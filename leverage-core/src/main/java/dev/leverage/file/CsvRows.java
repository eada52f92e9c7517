package dev.leverage.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.leverage.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The records of RFC 4180 CSV text, parsed by Jackson's CSV format: every record a list of cells,
 * numbered as a spreadsheet numbers its rows (the header is row 1; an empty line is a row too).
 * Loaded only once {@link Jackson#requireCsv()} found Jackson's CSV format.
 */
final class CsvRows {
  private static final CsvFactory FACTORY = new CsvFactory();

  private CsvRows() {}

  /** The records of a CSV text, and the syntax error that stopped reading, if any. */
  record Parsed(List<List<String>> rows, List<Problem> problems) {}

  static Parsed parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<String> row = null;
    try (CsvParser parser = FACTORY.createParser(new StringReader(text))) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_ARRAY) {
          row = new ArrayList<>();
        } else if (token == JsonToken.END_ARRAY) {
          rows.add(row);
          row = null;
        } else if (row != null) {
          row.add(parser.getText());
        }
      }
    } catch (JsonProcessingException e) {
      problems.add(Problem.at("row " + (rows.size() + 1), syntax(e.getOriginalMessage())));
    } catch (IOException e) {
      throw new IllegalStateException("a StringReader cannot fail", e);
    }
    return new Parsed(rows, problems);
  }

  private static String syntax(String message) {
    String plain = message == null ? "" : message.strip();
    if (plain.toLowerCase(Locale.ROOT).contains("missing closing quote")) {
      return "a quoted cell is never closed: a '\"' is missing (a '\"' inside a quoted cell is"
          + " written twice, '\"\"')";
    }
    return "cannot read this row as CSV (RFC 4180): "
        + (plain.isEmpty()
            ? "malformed"
            : Character.toLowerCase(plain.charAt(0)) + plain.substring(1));
  }
}
