package dev.leverage.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Scenario files at the sizes of MODEL.md §12, for timing the calculator (docs/performance.md),
 * each fixed by its seed. Not committed: write them with
 *
 * <pre>
 * java -cp leverage-examples/target/benchmarks.jar dev.leverage.bench.ScaleScenarios DIR
 * </pre>
 *
 * <ul>
 *   <li>{@code organization-1m.json}: 1,000,000 teams under 142,860 managers, a tree of fan-out 8
 *       and depth 7 (the lowest managers own 8 teams each), one influence per manager, and 1,000
 *       activities spread over the managers;
 *   <li>{@code activities-100k.json}: 100,000 activities of one manager over 100 teams, with the
 *       attributes of every built-in strategy, a third foundation work, every tenth requiring the
 *       one before, every fifth with a three-point uplift;
 *   <li>{@code coaching-5000.json}: a head of product coaching 5,000 product managers, each owning
 *       a team, with random levels.
 * </ul>
 */
public final class ScaleScenarios {
  private static final JsonFactory JSON = new JsonFactory();

  private ScaleScenarios() {}

  /** Writes the three files into the directory given as the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ScaleScenarios DIRECTORY");
      System.exit(2);
    }
    Path directory = Path.of(args[0]);
    Files.createDirectories(directory);
    write(directory.resolve("organization-1m.json"), out -> organization(1_000_000, 1_000, out));
    write(directory.resolve("activities-100k.json"), out -> activities(100_000, out));
    write(directory.resolve("coaching-5000.json"), out -> coaching(5_000, out));
  }

  interface Content {
    void write(JsonGenerator out) throws IOException;
  }

  private static void write(Path file, Content content) throws IOException {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        JsonGenerator out = JSON.createGenerator(writer)) {
      content.write(out);
    }
    System.out.println(file + ": " + Files.size(file) + " bytes");
  }

  /** The scenario {@code content} writes, as JSON text. */
  static String text(Content content) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text)) {
      content.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * {@code teams} teams as the leaves of a tree of fan-out 8 whose inner nodes are the managers,
   * one influence (weight 0.5 or 0.25) per manager on a random team it does not own, and {@code
   * activityCount} activities of random managers on random teams.
   */
  static void organization(int teams, int activityCount, JsonGenerator out) throws IOException {
    Random random = new Random(1);
    out.writeStartObject();
    out.writeStringField("horizon", "12w");
    out.writeArrayFieldStart("teams");
    for (int t = 0; t < teams; t++) {
      out.writeStartObject();
      out.writeStringField("id", "t" + t);
      out.writeNumberField("output", 1 + random.nextInt(100));
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeArrayFieldStart("managers");
    List<String> level = new ArrayList<>();
    int next = 0;
    for (int first = 0; first < teams; first += 8) {
      String id = "m" + next++;
      level.add(id);
      out.writeStartObject();
      out.writeStringField("id", id);
      out.writeArrayFieldStart("owns");
      for (int t = first; t < Math.min(teams, first + 8); t++) {
        out.writeString("t" + t);
      }
      out.writeEndArray();
      int influenced;
      do {
        influenced = random.nextInt(teams);
      } while (influenced / 8 == first / 8);
      out.writeObjectFieldStart("influences");
      out.writeNumberField("t" + influenced, 0.5);
      out.writeEndObject();
      out.writeEndObject();
    }
    while (level.size() > 1) {
      List<String> above = new ArrayList<>();
      for (int first = 0; first < level.size(); first += 8) {
        String id = "m" + next++;
        above.add(id);
        out.writeStartObject();
        out.writeStringField("id", id);
        out.writeArrayFieldStart("reports");
        for (int r = first; r < Math.min(level.size(), first + 8); r++) {
          out.writeString(level.get(r));
        }
        out.writeEndArray();
        out.writeObjectFieldStart("influences");
        out.writeNumberField("t" + random.nextInt(teams), 0.25);
        out.writeEndObject();
        out.writeEndObject();
      }
      level = above;
    }
    out.writeEndArray();
    out.writeArrayFieldStart("activities");
    for (int a = 0; a < activityCount; a++) {
      out.writeStartObject();
      out.writeStringField("id", "a" + a);
      out.writeStringField("by", "m" + random.nextInt(next));
      out.writeStringField("time", (1 + random.nextInt(8)) + "h");
      out.writeArrayFieldStart("effects");
      out.writeStartObject();
      out.writeStringField("team", "t" + random.nextInt(teams));
      out.writeNumberField("uplift", random.nextInt(100) / 1000.0);
      out.writeEndObject();
      out.writeEndArray();
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  /**
   * {@code count} activities of manager {@code lee}, who owns 50 of 100 teams and influences the
   * others, with every built-in strategy's attributes; a third are foundation work, every tenth
   * requires the one before, every fifth has a three-point uplift.
   */
  static void activities(int count, JsonGenerator out) throws IOException {
    Random random = new Random(2);
    out.writeStartObject();
    out.writeStringField("horizon", "12w");
    out.writeArrayFieldStart("teams");
    for (int t = 0; t < 100; t++) {
      out.writeStartObject();
      out.writeStringField("id", "t" + t);
      out.writeNumberField("output", 10 + random.nextInt(200));
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeArrayFieldStart("managers");
    out.writeStartObject();
    out.writeStringField("id", "lee");
    out.writeArrayFieldStart("owns");
    for (int t = 0; t < 50; t++) {
      out.writeString("t" + t);
    }
    out.writeEndArray();
    out.writeObjectFieldStart("influences");
    for (int t = 50; t < 100; t++) {
      out.writeNumberField("t" + t, (1 + random.nextInt(4)) / 4.0);
    }
    out.writeEndObject();
    out.writeStringField("budget", "40h");
    out.writeEndObject();
    out.writeEndArray();
    out.writeArrayFieldStart("activities");
    for (int a = 0; a < count; a++) {
      out.writeStartObject();
      out.writeStringField("id", "a" + a);
      out.writeStringField("kind", a % 3 == 0 ? "foundation" : "optimization");
      out.writeStringField("time", (30 + 30 * random.nextInt(16)) + "m");
      if (a % 10 == 9) {
        out.writeArrayFieldStart("requires");
        out.writeString("a" + (a - 1));
        out.writeEndArray();
      }
      out.writeArrayFieldStart("effects");
      out.writeStartObject();
      out.writeStringField("team", "t" + random.nextInt(100));
      double uplift = (random.nextInt(200) - 20) / 1000.0;
      if (a % 5 == 0) {
        out.writeObjectFieldStart("uplift");
        out.writeNumberField("low", uplift - 0.01);
        out.writeNumberField("likely", uplift);
        out.writeNumberField("high", uplift + 0.03);
        out.writeEndObject();
      } else {
        out.writeNumberField("uplift", uplift);
      }
      out.writeEndObject();
      out.writeEndArray();
      out.writeObjectFieldStart("attributes");
      out.writeNumberField("reach", 100 + random.nextInt(10_000));
      out.writeNumberField("impact", 0.25 * (1 + random.nextInt(12)));
      out.writeNumberField("confidence", (1 + random.nextInt(10)) / 10.0);
      out.writeNumberField("effort", 1 + random.nextInt(20));
      out.writeNumberField("ease", 1 + random.nextInt(10));
      out.writeNumberField("businessValue", 1 + random.nextInt(20));
      out.writeNumberField("timeCriticality", 1 + random.nextInt(20));
      out.writeNumberField("riskReduction", 1 + random.nextInt(20));
      out.writeNumberField("jobSize", 1 + random.nextInt(13));
      out.writeEndObject();
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static final String[] CHARACTERISTICS = {
    "empathy", "communication", "timeManagement", "technology", "business", "curiosity",
    "productKnowledge"
  };

  /** A head of product, {@code lead}, coaching {@code count} PMs who own a team each. */
  static void coaching(int count, JsonGenerator out) throws IOException {
    Random random = new Random(3);
    out.writeStartObject();
    out.writeStringField("horizon", "12w");
    out.writeArrayFieldStart("teams");
    for (int p = 0; p < count; p++) {
      out.writeStartObject();
      out.writeStringField("id", "t" + p);
      out.writeNumberField("output", 20 + random.nextInt(200));
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeArrayFieldStart("managers");
    out.writeStartObject();
    out.writeStringField("id", "lead");
    out.writeArrayFieldStart("reports");
    for (int p = 0; p < count; p++) {
      out.writeString("pm" + p);
    }
    out.writeEndArray();
    out.writeStringField("budget", "40h");
    out.writeEndObject();
    for (int p = 0; p < count; p++) {
      out.writeStartObject();
      out.writeStringField("id", "pm" + p);
      out.writeArrayFieldStart("owns");
      out.writeString("t" + p);
      out.writeEndArray();
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeArrayFieldStart("productManagers");
    for (int p = 0; p < count; p++) {
      out.writeStartObject();
      out.writeStringField("id", "pm" + p);
      out.writeObjectFieldStart("skills");
      for (String characteristic : CHARACTERISTICS) {
        out.writeNumberField(characteristic, 1 + random.nextInt(5));
      }
      out.writeEndObject();
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeObjectFieldStart("coaching");
    out.writeStringField("coach", "lead");
    out.writeEndObject();
    out.writeEndObject();
  }
}
