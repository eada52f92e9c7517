package dev.leverage.activity;

import dev.leverage.InvalidModelException;
import dev.leverage.Spelling;
import java.util.Arrays;
import java.util.Locale;

/**
 * What kind of work an activity is: foundation (vision, strategy) comes before optimization (scope,
 * backlog); coaching raises the skills of product managers.
 */
public enum ActivityKind {
  /** Vision and strategy: the work that everything else builds on. */
  FOUNDATION,
  /** Scope and backlog: improving what is already set in motion. */
  OPTIMIZATION,
  /** Raising a product manager's characteristics. */
  COACHING,
  /** Anything else. */
  OTHER;

  /** {@return the lowercase name used in scenario files: {@code foundation}} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@return the kind named {@code label}, ignoring case}
   *
   * @param label a kind such as {@code foundation}, in any case
   * @throws InvalidModelException listing the kinds when the label is unknown
   */
  public static ActivityKind parse(String label) {
    if (label == null) {
      throw InvalidModelException.of("", "activity kind must not be null");
    }
    for (ActivityKind kind : values()) {
      if (kind.label().equalsIgnoreCase(label)) {
        return kind;
      }
    }
    throw InvalidModelException.of(
        "",
        Spelling.unknown(
            "activity kind", label, Arrays.stream(values()).map(ActivityKind::label).toList()));
  }
}
