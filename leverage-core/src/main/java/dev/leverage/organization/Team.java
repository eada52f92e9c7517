package dev.leverage.organization;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.internal.Ids;
import java.util.ArrayList;
import java.util.List;

/**
 * A team and the rate at which it produces output.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the team's id, matching {@code [A-Za-z0-9][A-Za-z0-9._-]*}
 * @param output output units per week, finite and at least 0
 */
public record Team(String id, double output) {

  /**
   * Checks the id and the output rate.
   *
   * @param id the team's id, matching {@code [A-Za-z0-9][A-Za-z0-9._-]*}
   * @param output output units per week, finite and at least 0
   */
  public Team {
    List<Problem> problems = new ArrayList<>();
    Ids.check(id, "id", "team", problems);
    if (!Double.isFinite(output) || output < 0) {
      problems.add(
          Problem.at(
              "output",
              "must be a finite number of output units per week, at least 0, was " + output));
    }
    InvalidModelException.throwIfAny(problems);
    output += 0.0; // -0.0 becomes 0.0, so that equal teams are equal values
  }

  /**
   * {@return the team {@code id} producing {@code output} units per week}
   *
   * @param id the team's id
   * @param output output units per week, finite and at least 0
   */
  public static Team of(String id, double output) {
    return new Team(id, output);
  }
}
