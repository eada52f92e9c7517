package dev.leverage.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON Schema of scenario files ({@code dev/leverage/file/scenario.schema.json}) as a test sees
 * it: what it finds wrong in a scenario's text, by an independent validator.
 */
public final class SchemaCheck {
  /** The schema's place among the resources of leverage-core. */
  public static final String RESOURCE = "/dev/leverage/file/scenario.schema.json";

  private static final Schema SCHEMA = load();

  private SchemaCheck() {}

  private static Schema load() {
    try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema as a tree. */
  public static JsonNode schema() {
    try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the schema finds wrong in {@code text}, YAML or JSON; empty when it is valid. */
  public static List<String> errors(String text) {
    try {
      JsonNode tree = new YAMLMapper().readTree(text);
      return SCHEMA.validate(tree).stream().map(Error::toString).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
