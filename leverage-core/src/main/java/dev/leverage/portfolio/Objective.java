package dev.leverage.portfolio;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.internal.Ids;
import java.util.ArrayList;
import java.util.List;

/**
 * A company objective and its weight.
 *
 * <p>Weights are relative: the alignment report normalises them by their sum, so {@code 0.6, 0.4}
 * and {@code 3, 2} mean the same. Immutable and thread-safe.
 *
 * @param id the objective's id, matching {@code [A-Za-z0-9][A-Za-z0-9._-]*}
 * @param weight how much the objective counts, finite and at least 0
 */
public record Objective(String id, double weight) {

  /**
   * Checks the id and the weight.
   *
   * @param id the objective's id, matching {@code [A-Za-z0-9][A-Za-z0-9._-]*}
   * @param weight how much the objective counts, finite and at least 0
   */
  public Objective {
    List<Problem> problems = new ArrayList<>();
    Ids.check(id, "id", "objective", problems);
    if (!Double.isFinite(weight) || weight < 0) {
      problems.add(
          Problem.at(
              "weight",
              "must be a finite number, at least 0 (weights are relative and normalised by their"
                  + " sum), was "
                  + weight));
    }
    InvalidModelException.throwIfAny(problems);
  }

  /**
   * {@return the objective {@code id} with {@code weight}}
   *
   * @param id the objective's id
   * @param weight how much the objective counts, finite and at least 0
   */
  public static Objective of(String id, double weight) {
    return new Objective(id, weight);
  }
}
