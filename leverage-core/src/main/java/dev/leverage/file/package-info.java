/**
 * Scenario files (MODEL.md §9, YAML or JSON): {@link dev.leverage.file.ScenarioReader} reads text
 * into a checked {@link dev.leverage.scenario.Scenario}, reporting every problem with its path and
 * line; {@link dev.leverage.file.ScenarioWriter} writes a scenario back, canonically; {@link
 * dev.leverage.file.ActivityCsvReader} reads activities from a spreadsheet's CSV, alone or added to
 * a scenario, reporting every problem with its row and column. Neither opens a file: callers pass
 * text, a {@link java.io.Reader} or an {@link java.lang.Appendable}.
 *
 * <p>Reading needs Jackson ({@code com.fasterxml.jackson.dataformat:jackson-dataformat-yaml}), an
 * optional dependency; reading CSV needs {@code
 * com.fasterxml.jackson.dataformat:jackson-dataformat-csv}, optional too; writing needs nothing.
 * The JSON Schema of the format is the resource {@code dev/leverage/file/scenario.schema.json}.
 *
 * <p>A new field takes a few lines: its name in the section's fields and one line reading it (the
 * {@code Section}s of {@code ScenarioSections} and {@code ProductSections}), one line writing it
 * ({@code Canonical}), and its property in the schema; the tests fail until the three agree (the
 * schema names exactly the fields the reader reads, and every written scenario reads back equal).
 */
package dev.leverage.file;
