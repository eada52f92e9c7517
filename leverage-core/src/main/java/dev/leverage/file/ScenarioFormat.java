package dev.leverage.file;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/** The two notations of a scenario file: YAML, and JSON (strict, as RFC 8259 writes it). */
public enum ScenarioFormat {
  /** YAML 1.1 block and flow style, as in the examples of MODEL.md §9. */
  YAML,
  /** Strict JSON. */
  JSON;

  /**
   * {@return JSON for a file name ending in {@code .json} (any case), else YAML}
   *
   * @param fileName a file name such as {@code week.json}
   */
  public static ScenarioFormat ofFileName(String fileName) {
    requireNonNull(fileName, "fileName");
    return fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
  }
}
