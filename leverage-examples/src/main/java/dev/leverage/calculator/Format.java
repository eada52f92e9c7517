package dev.leverage.calculator;

/**
 * How a command prints its result: a readable table, JSON for tools (MODEL.md §11), or CSV for
 * spreadsheets.
 */
enum Format {
  /** Aligned text for people. */
  TABLE,
  /** Stable JSON for tools. */
  JSON,
  /** The command's main table as RFC 4180 CSV: one header row, then one row per record. */
  CSV
}
