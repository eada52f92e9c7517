package dev.leverage.portfolio;

import java.util.Locale;

/** How much an alignment finding matters, most serious first. */
public enum Severity {
  /** Money or work that serves no objective, or an objective nothing serves. */
  CRITICAL,
  /** A departure from the strategy or the weights worth acting on. */
  WARNING,
  /** Worth knowing; nothing is necessarily wrong. */
  INFO;

  /** {@return the lowercase name shown in reports: {@code warning}} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return label();
  }
}
