package dev.leverage.coaching;

import static java.util.Objects.requireNonNull;

import dev.leverage.activity.Activity;

/**
 * One level step of one product manager's characteristic, as the coach's candidate activity.
 *
 * <p>Immutable and thread-safe.
 *
 * @param activity the coach's activity {@code coach-<pm>-<characteristic>-<toLevel>}
 * @param productManager the id of the product manager coached
 * @param characteristic the characteristic raised
 * @param fromLevel the level before the step, 1 to 4; the step raises it by one
 */
public record CoachingCandidate(
    Activity activity, String productManager, Characteristic characteristic, int fromLevel) {

  /**
   * Checks that every part is present.
   *
   * @param activity the coach's activity {@code coach-<pm>-<characteristic>-<toLevel>}
   * @param productManager the id of the product manager coached
   * @param characteristic the characteristic raised
   * @param fromLevel the level before the step, 1 to 4; the step raises it by one
   */
  public CoachingCandidate {
    requireNonNull(activity, "activity");
    requireNonNull(productManager, "productManager");
    requireNonNull(characteristic, "characteristic");
  }

  /** {@return the activity's id} */
  public String id() {
    return activity.id();
  }

  /** {@return the level after the step: {@code fromLevel + 1}} */
  public int toLevel() {
    return fromLevel + 1;
  }

  /** {@return true for a step from the PM's current level: one that requires no other step} */
  public boolean isFirstStep() {
    return activity.requires().isEmpty();
  }
}
