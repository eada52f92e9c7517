package dev.leverage.activity;

import dev.leverage.InvalidModelException;
import dev.leverage.Spelling;
import java.util.Arrays;
import java.util.Locale;

/**
 * How a fixed activity is committed (§4 of the model): {@code fixed: once} or {@code fixed:
 * weekly}. A fixed activity is always planned, in the first week, and its hours come off the budget
 * first.
 */
public enum Commitment {
  /** Already committed: always in the plan, in its first week. */
  ONCE,
  /**
   * A recurring commitment such as one-to-ones: its hours come off every week's budget; its effects
   * count once, from the first week.
   */
  WEEKLY;

  /** {@return the lowercase name used in scenario files: {@code once}, {@code weekly}} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the commitment named {@code label}, ignoring case.
   *
   * @param label {@code once} or {@code weekly}
   * @return the commitment
   * @throws InvalidModelException naming the commitments when the label is unknown
   */
  public static Commitment parse(String label) {
    if (label == null) {
      throw InvalidModelException.of("", "fixed must be once or weekly, was null");
    }
    for (Commitment commitment : values()) {
      if (commitment.label().equalsIgnoreCase(label)) {
        return commitment;
      }
    }
    throw InvalidModelException.of(
        "",
        Spelling.unknown(
            "commitment", label, Arrays.stream(values()).map(Commitment::label).toList()));
  }
}
