package dev.leverage.portfolio;

import static java.util.Objects.requireNonNull;

/**
 * An objective's weight and its share of the portfolio's investment.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the objective's id
 * @param weight its weight as given
 * @param targetShare its weight normalised by the sum of all weights, from 0 to 1
 * @param investmentShare its share of the investment tied to objectives, from 0 to 1
 */
public record ObjectiveShare(String id, double weight, double targetShare, double investmentShare) {

  /**
   * Checks that the id is present.
   *
   * @param id the objective's id
   * @param weight its weight as given
   * @param targetShare its weight normalised by the sum of all weights, from 0 to 1
   * @param investmentShare its share of the investment tied to objectives, from 0 to 1
   */
  public ObjectiveShare {
    requireNonNull(id, "id");
  }

  /**
   * {@return {@code investmentShare − targetShare}: above 0 when over-funded, below when
   * under-funded}
   */
  public double deviation() {
    return investmentShare - targetShare;
  }
}
