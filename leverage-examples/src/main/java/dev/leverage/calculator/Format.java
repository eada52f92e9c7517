package dev.leverage.calculator;

/** How a command prints its result: a readable table, or JSON for tools (MODEL.md §11). */
enum Format {
  /** Aligned text for people. */
  TABLE,
  /** Stable JSON for tools. */
  JSON
}
