package dev.leverage.file;

import static java.util.Objects.requireNonNull;

import dev.leverage.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a {@link Scenario} in the scenario file format (YAML or JSON, MODEL.md §9), canonically:
 * the same scenario always gives the same text.
 *
 * <p>Fields come in the order of §9's example and only where they differ from their defaults
 * ({@code kind: other}, the 12-week horizon and {@code by} when there is one manager are left out);
 * units are written as a person would ({@code 6h}, {@code 1h30m}, {@code 12w}, {@code {low: 4h,
 * likely: 6h, high: 10h}}); numbers are written so that they read back exactly; ids are text.
 * Lists, sets and maps keep their order. What it writes, {@link ScenarioReader} reads back equal:
 * {@code reader.read(writer.write(s)).equals(s)}.
 *
 * <p>Writing needs no optional dependency and does no I/O of its own. Immutable and thread-safe.
 */
public final class ScenarioWriter {
  private final ScenarioFormat format;

  private ScenarioWriter(ScenarioFormat format) {
    this.format = requireNonNull(format, "format");
  }

  /**
   * {@return a writer of {@code format}}
   *
   * @param format YAML or JSON
   */
  public static ScenarioWriter of(ScenarioFormat format) {
    return new ScenarioWriter(format);
  }

  /** {@return a writer of YAML, in the style of the examples of MODEL.md §9} */
  public static ScenarioWriter yaml() {
    return of(ScenarioFormat.YAML);
  }

  /** {@return a writer of JSON} */
  public static ScenarioWriter json() {
    return of(ScenarioFormat.JSON);
  }

  /**
   * {@return a writer of the format {@code fileName} has: JSON for {@code .json}, else YAML}
   *
   * @param fileName a file name such as {@code week.yaml}
   */
  public static ScenarioWriter forFile(String fileName) {
    return of(ScenarioFormat.ofFileName(fileName));
  }

  /** {@return the format this writer writes} */
  public ScenarioFormat format() {
    return format;
  }

  /**
   * Writes {@code scenario} as text.
   *
   * @param scenario the scenario to write
   * @return its canonical text, ending with a line feed
   */
  public String write(Scenario scenario) {
    StringBuilder text = new StringBuilder();
    try {
      write(scenario, text);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder cannot fail", e);
    }
    return text.toString();
  }

  /**
   * Appends {@code scenario} as text, ending with a line feed, to {@code out}.
   *
   * @param scenario the scenario to write
   * @param out where the text goes; not flushed or closed
   * @throws IOException if {@code out} fails
   */
  public void write(Scenario scenario, Appendable out) throws IOException {
    requireNonNull(scenario, "scenario");
    requireNonNull(out, "out");
    Emitter.write(Canonical.of(scenario), out, format == ScenarioFormat.JSON);
  }
}
