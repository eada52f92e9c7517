package dev.leverage.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leverage.LeverageDomain;
import dev.leverage.scenario.Scenario;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The JSON Schema of scenario files says what the reader reads, no more and no less. */
class ScenarioSchemaTest {

  @Test
  void everyTestScenarioIsValid() throws IOException, URISyntaxException {
    Path directory = Path.of(ScenarioSchemaTest.class.getResource("/scenarios").toURI());
    List<Path> files;
    try (Stream<Path> all = Files.list(directory)) {
      files = all.sorted().toList();
    }

    assertThat(files).isNotEmpty();
    for (Path file : files) {
      assertThat(SchemaCheck.errors(Files.readString(file))).as(file.toString()).isEmpty();
    }
  }

  @Provide
  Arbitrary<Scenario> wholeScenarios() {
    return LeverageDomain.wholeScenarios();
  }

  @Property(tries = 100)
  void everyScenarioTheWriterWritesIsValid(@ForAll("wholeScenarios") Scenario scenario) {
    String yaml = ScenarioWriter.yaml().write(scenario);
    String json = ScenarioWriter.json().write(scenario);

    assertThat(SchemaCheck.errors(yaml)).as(yaml).isEmpty();
    assertThat(SchemaCheck.errors(json)).as(json).isEmpty();
  }

  @Test
  void misspeltFieldsWrongUnitsAndEffectsThatBothLastAndDecayAreInvalid() {
    assertThat(
            SchemaCheck.errors(
                """
                horizon: 12h
                teams: [{id: checkout, output: 100}]
                managers: [{id: alice, budget: 2d}]
                activities:
                  - {id: a, time: 6h, kind: fundation,
                     effects: [{team: checkout, uplfit: 0.1}, {team: checkout, uplift: 0.1,
                               lasts: 2w, halfLife: 1w}]}
                """))
        .hasSize(6)
        .anySatisfy(e -> assertThat(e).contains("uplfit"))
        .anySatisfy(e -> assertThat(e).contains("horizon"))
        .anySatisfy(e -> assertThat(e).contains("budget"))
        .anySatisfy(e -> assertThat(e).contains("kind"));
  }

  @Test
  void theSchemaNamesTheFieldsTheReaderReadsInTheSameOrder() {
    JsonNode definitions = SchemaCheck.schema().get("definitions");
    Map<Set<String>, JsonNode> sections =
        Map.ofEntries(
            Map.entry(ScenarioReader.TOP, SchemaCheck.schema()),
            Map.entry(ScenarioSections.TEAM.known(), definitions.get("team")),
            Map.entry(ScenarioSections.MANAGER.known(), definitions.get("manager")),
            Map.entry(ScenarioSections.ACTIVITY_FIELDS, definitions.get("activity")),
            Map.entry(ScenarioSections.EFFECT.known(), definitions.get("effect")),
            Map.entry(ProductSections.PRODUCT_MANAGER.known(), definitions.get("productManager")),
            Map.entry(ProductSections.COACHING.known(), definitions.get("coaching")),
            Map.entry(ProductSections.PORTFOLIO.known(), definitions.get("portfolio")),
            Map.entry(ProductSections.OBJECTIVE.known(), definitions.get("objective")),
            Map.entry(ProductSections.PILLAR.known(), definitions.get("pillar")),
            Map.entry(ProductSections.PRODUCT.known(), definitions.get("product")),
            Map.entry(ProductSections.ROADMAP_ITEM.known(), definitions.get("roadmapItem")),
            Map.entry(
                ProductSections.INVESTMENT.known(),
                definitions.get("product").get("properties").get("investment")));

    sections.forEach(
        (fields, schema) -> {
          List<String> names = new ArrayList<>();
          schema.get("properties").fieldNames().forEachRemaining(names::add);
          assertThat(names).as(schema.toString()).containsExactlyElementsOf(fields);
        });
  }
}
