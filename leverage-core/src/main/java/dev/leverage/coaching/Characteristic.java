package dev.leverage.coaching;

import static java.util.Objects.requireNonNull;

import dev.leverage.InvalidModelException;
import dev.leverage.Spelling;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One of the seven characteristics of a product manager that a manager of PMs coaches, each held at
 * a level from 1 to 5.
 */
public enum Characteristic {
  /** Understanding customers and colleagues. */
  EMPATHY("empathy"),
  /** Sharing context, writing and presenting clearly. */
  COMMUNICATION("communication"),
  /** Spending time where it counts. */
  TIME_MANAGEMENT("timeManagement"),
  /** Understanding how the product is built. */
  TECHNOLOGY("technology"),
  /** Understanding the market, the money and the company's goals. */
  BUSINESS("business"),
  /** Asking why, exploring, learning. */
  CURIOSITY("curiosity"),
  /** Knowing the product, its users and its competitors. */
  PRODUCT_KNOWLEDGE("productKnowledge");

  /** The lowest level of a characteristic. */
  public static final int MIN_LEVEL = 1;

  /** The highest level of a characteristic. */
  public static final int MAX_LEVEL = 5;

  private final String label;

  Characteristic(String label) {
    this.label = label;
  }

  /** {@return the name used in scenario files and activity ids: {@code timeManagement}} */
  public String label() {
    return label;
  }

  /** {@return the names of all seven characteristics, in declaration order} */
  public static List<String> labels() {
    return Arrays.stream(values()).map(Characteristic::label).toList();
  }

  /**
   * {@return the characteristic named exactly {@code label}, if there is one}
   *
   * @param label a name such as {@code timeManagement}
   */
  public static Optional<Characteristic> find(String label) {
    requireNonNull(label, "label");
    return Arrays.stream(values()).filter(c -> c.label.equals(label)).findFirst();
  }

  /**
   * {@return the characteristic named exactly {@code label}}
   *
   * @param label a name such as {@code timeManagement}
   * @throws InvalidModelException naming the closest characteristic when the label is unknown
   */
  public static Characteristic parse(String label) {
    if (label == null) {
      throw InvalidModelException.of("", "characteristic must not be null");
    }
    return find(label).orElseThrow(() -> InvalidModelException.of("", unknown(label)));
  }

  /** The message for an unknown characteristic name, with the closest known one. */
  static String unknown(String label) {
    return Spelling.unknown("characteristic", label, labels());
  }

  /** True when {@code level} is a valid level, 1 to 5. */
  static boolean isLevel(int level) {
    return level >= MIN_LEVEL && level <= MAX_LEVEL;
  }

  @Override
  public String toString() {
    return label;
  }
}
