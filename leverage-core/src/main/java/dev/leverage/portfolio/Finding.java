package dev.leverage.portfolio;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.Locale;

/**
 * One thing the alignment report flags about a portfolio.
 *
 * <p>Immutable and thread-safe.
 *
 * @param severity how much it matters
 * @param kind which rule found it
 * @param subject what it is about: {@code product:<id>}, {@code objective:<id>}, {@code
 *     roadmap:<id>} or {@code portfolio}
 * @param message what was found and what would fix it, lowercase
 */
public record Finding(Severity severity, Kind kind, String subject, String message) {
  /** Most serious first, then by subject, kind and message: an order independent of the input. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::subject)
          .thenComparing(Finding::kind)
          .thenComparing(Finding::message);

  /**
   * Checks that every part is present.
   *
   * @param severity how much it matters
   * @param kind which rule found it
   * @param subject what it is about: {@code product:<id>}, {@code objective:<id>}, {@code
   *     roadmap:<id>} or {@code portfolio}
   * @param message what was found and what would fix it, lowercase
   */
  public Finding {
    requireNonNull(severity, "severity");
    requireNonNull(kind, "kind");
    requireNonNull(subject, "subject");
    requireNonNull(message, "message");
  }

  /** Returns {@code severity subject: message}. */
  @Override
  public String toString() {
    return severity + " " + subject + ": " + message;
  }

  /** The rules of the alignment report. */
  public enum Kind {
    /** A product serves no objective. */
    PRODUCT_SERVES_NO_OBJECTIVE,
    /** An objective with a weight above 0 gets no investment. */
    OBJECTIVE_UNFUNDED,
    /** An objective's share of investment strays from its normalised weight beyond tolerance. */
    INVESTMENT_OFF_WEIGHT,
    /** There are objectives, but no investment is tied to any of them. */
    NO_INVESTMENT,
    /** A product's vision has themes outside the company vision. */
    VISION_OUTSIDE_COMPANY,
    /** The company names no vision themes, under focus or where products have themes. */
    NO_COMPANY_VISION,
    /** A roadmap item is tied to no strategy pillar. */
    ROADMAP_WITHOUT_PILLAR,
    /** A roadmap item hangs on a pillar that serves no objective. */
    ROADMAP_PILLAR_SERVES_NO_OBJECTIVE,
    /** Under focus, a product's vision differs from the shared one. */
    VISION_DEPARTS,
    /** Under diversification, a product has no vision of its own. */
    NO_OWN_VISION,
    /** Under diversification, a product has no PM, or shares one with another product. */
    NO_OWN_PM;

    /** {@return the kebab-case name shown in reports: {@code vision-outside-company}} */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
      return label();
    }
  }
}
