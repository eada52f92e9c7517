package dev.leverage.calculator;

import static dev.leverage.calculator.ScoreCommandTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.leverage.internal.Numbers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code --format csv} and {@code -o FILE} on every command that prints results. */
class OutputFormatsTest {
  private static final String WEEK = resource("worked-example.yaml");
  private static final String UNCERTAIN = resource("uncertain.yaml");
  private static final String TEAM = resource("product-managers.yaml");
  private static final String BACKLOG = resource("backlog.yaml");

  @TempDir Path dir;

  /** Every command that prints results, with its arguments and the header of its main table. */
  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of(
            List.of("score", WEEK),
            List.of("rank", "id", "by", "kind", "hours", "output", "leverage", "score")),
        Arguments.of(
            List.of("plan", WEEK),
            List.of("step", "id", "kind", "hours", "output", "leverage", "cumulativeHours")),
        Arguments.of(
            List.of("simulate", UNCERTAIN, "--seed", "1", "--samples", "500"),
            List.of(
                "id",
                "by",
                "probabilityBest",
                "leverageMean",
                "leverageP10",
                "leverageP50",
                "leverageP90",
                "outputMean",
                "outputP10",
                "outputP50",
                "outputP90",
                "leverageAtMeans")),
        Arguments.of(
            List.of("compare", UNCERTAIN, "write-vision", "fix-search", "--seed", "1"),
            List.of(
                "activity",
                "id",
                "by",
                "leverageAtMeans",
                "leverageMean",
                "leverageP10",
                "leverageP50",
                "leverageP90",
                "probabilityHigher")),
        Arguments.of(
            List.of("strategies", BACKLOG),
            List.of("id", "by", "leverage", "rice", "ice", "wsjf", "spread")),
        Arguments.of(
            List.of("coach", TEAM),
            List.of(
                "rank",
                "id",
                "pm",
                "characteristic",
                "fromLevel",
                "toLevel",
                "hours",
                "output",
                "leverage",
                "requires",
                "firstPriority")),
        Arguments.of(
            List.of("portfolio", TEAM),
            List.of("id", "weight", "targetShare", "investmentShare", "deviation")));
  }

  static List<List<String>> parse(String csv) throws IOException {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
      it.forEachRemaining(rows::add);
    }
    return rows;
  }

  private static CalculatorRun run(List<String> arguments, String... more) {
    List<String> all = new ArrayList<>(arguments);
    all.addAll(List.of(more));
    return CalculatorRun.of(all.toArray(String[]::new));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandPrintsItsMainTableAsCsvWithOneHeaderRow(
      List<String> arguments, List<String> header) throws IOException {
    CalculatorRun run = run(arguments, "--format", "csv");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).endsWith("\r\n").doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
    List<List<String>> rows = parse(run.out());
    assertThat(rows.get(0)).containsExactlyElementsOf(header);
    assertThat(rows).hasSizeGreaterThan(1).allSatisfy(row -> assertThat(row).hasSameSizeAs(header));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandWritesToAFileWhatItWouldPrint(List<String> arguments, List<String> header)
      throws IOException {
    Path file = dir.resolve("result.csv");
    String printed = run(arguments, "--format", "csv").out();

    CalculatorRun run = run(arguments, "--format", "csv", "-o", file.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("Wrote " + file + " (csv).\n");
    assertThat(Files.readString(file)).isEqualTo(printed);
  }

  @Test
  void theScoreCsvHoldsTheFiguresOfTheJson() throws IOException {
    JsonNode json =
        new ObjectMapper().readTree(CalculatorRun.of("score", WEEK, "--format", "json").out());
    List<List<String>> rows = parse(CalculatorRun.of("score", WEEK, "--format", "csv").out());

    assertThat(rows).hasSize(json.get("activities").size() + 1);
    for (int i = 0; i < json.get("activities").size(); i++) {
      JsonNode activity = json.get("activities").get(i);
      List<String> row = rows.get(i + 1);
      assertThat(row.get(0)).isEqualTo(activity.get("rank").asText());
      assertThat(row.get(1)).isEqualTo(activity.get("id").asText());
      assertThat(row.get(4)).isEqualTo(Numbers.significant(activity.get("hours").asDouble()));
      assertThat(row.get(5)).isEqualTo(Numbers.significant(activity.get("output").asDouble()));
      assertThat(row.get(7)).isEqualTo(Numbers.significant(activity.get("score").asDouble()));
    }
    // MODEL.md §9: write-vision 144, leverage 24; groom-backlog 6, leverage 2.
    assertThat(rows.get(1))
        .containsExactly("1", "write-vision", "alice", "foundation", "6", "144", "24", "24");
  }

  @Test
  void aJsonOrTableResultCanBeWrittenToAFileToo() throws IOException {
    Path json = dir.resolve("scores.json");
    Path table = dir.resolve("scores.txt");

    assertThat(CalculatorRun.of("score", WEEK, "--format", "json", "-o", json.toString()).status())
        .isZero();
    assertThat(CalculatorRun.of("score", WEEK, "--output", table.toString()).status()).isZero();

    assertThat(new ObjectMapper().readTree(json.toFile()).get("strategy").asText())
        .isEqualTo("leverage");
    assertThat(Files.readString(table)).isEqualTo(CalculatorRun.of("score", WEEK).out());
  }

  @Test
  void numbersAreWrittenWithTenSignificantDigitsAtMost() {
    CsvTable table = new CsvTable("a", "b", "c", "d");
    table.row(7.199999999999999, 1.0 / 3, 144.0, 5);

    assertThat(table.render()).isEqualTo("a,b,c,d\r\n7.2,0.3333333333,144,5\r\n");
  }

  @Test
  void aCellWithACommaOrQuoteIsQuotedAsRfc4180Says() throws IOException {
    CsvTable table = new CsvTable("id", "message");
    table.row("a", "says \"hi\", then leaves");

    String csv = table.render();

    assertThat(csv).isEqualTo("id,message\r\na,\"says \"\"hi\"\", then leaves\"\r\n");
    assertThat(parse(csv).get(1)).containsExactly("a", "says \"hi\", then leaves");
  }
}
