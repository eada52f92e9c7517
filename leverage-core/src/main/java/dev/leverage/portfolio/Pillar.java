package dev.leverage.portfolio;

import com.google.common.collect.ImmutableList;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.internal.Ids;
import dev.leverage.internal.Nulls;
import java.util.ArrayList;
import java.util.List;

/**
 * A strategy pillar: a line of work that roadmap items hang on, serving some objectives.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the pillar's id, matching {@code [A-Za-z0-9][A-Za-z0-9._-]*}
 * @param serves ids of the objectives it serves; may be empty, which the alignment report flags
 */
public record Pillar(String id, List<String> serves) {

  /**
   * Checks the ids and copies the list.
   *
   * @param id the pillar's id, matching {@code [A-Za-z0-9][A-Za-z0-9._-]*}
   * @param serves ids of the objectives it serves; may be empty, which the alignment report flags
   */
  public Pillar {
    serves = ImmutableList.copyOf(Nulls.rejectIn(serves, "serves", 0));
    List<Problem> problems = new ArrayList<>();
    Ids.check(id, "id", "pillar", problems);
    for (int i = 0; i < serves.size(); i++) {
      Ids.check(serves.get(i), "serves[" + i + "]", "objective", problems);
    }
    InvalidModelException.throwIfAny(problems);
  }

  /**
   * {@return the pillar {@code id} serving {@code objectives}}
   *
   * @param id the pillar's id
   * @param objectives ids of the objectives it serves
   */
  public static Pillar of(String id, String... objectives) {
    return new Pillar(id, Nulls.rejectIn(objectives, "serves", 0));
  }
}
