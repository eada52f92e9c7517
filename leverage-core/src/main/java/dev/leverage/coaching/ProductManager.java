package dev.leverage.coaching;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.internal.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A product manager's skill profile: a level from 1 to 5 on each of the seven {@link
 * Characteristic}s, and the level to coach each one up to (4 unless set).
 *
 * <p>The product manager is a manager of the organization, named by {@link #id()}; the teams they
 * own are their product's teams. Skills and targets are keyed by the characteristic's file name
 * ({@code timeManagement}), as in a scenario file, so that a misspelt name is reported with its
 * path ({@code skills.busines}) instead of being lost. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProductManager {
  /** The level a characteristic is coached up to unless a target is set. */
  public static final int DEFAULT_TARGET = 4;

  ProductManager() {}

  /** Returns a builder for a product manager. */
  public static Builder builder() {
    return new Builder();
  }

  /** The id of the manager who is this product manager. */
  public abstract String id();

  /** The level, 1 to 5, of every one of the seven characteristics, by name. */
  public abstract Map<String, Integer> skills();

  /** The level, 1 to 5, to coach a characteristic up to, by name; 4 for those not given. */
  public abstract Map<String, Integer> targets();

  /** The current level of {@code characteristic}, 1 to 5. */
  public int level(Characteristic characteristic) {
    return skills().get(characteristic.label());
  }

  /** The level to coach {@code characteristic} up to, 1 to 5: 4 unless set. */
  public int target(Characteristic characteristic) {
    return targets().getOrDefault(characteristic.label(), DEFAULT_TARGET);
  }

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    Ids.check(id(), "id", "manager", problems);
    checkLevels(skills(), "skills", "level", problems);
    checkLevels(targets(), "targets", "target", problems);
    List<String> missing =
        Characteristic.labels().stream().filter(c -> !skills().containsKey(c)).toList();
    if (!missing.isEmpty()) {
      problems.add(
          Problem.at(
              "skills",
              "product manager '"
                  + id()
                  + "' has no level for "
                  + String.join(", ", missing)
                  + "; give each of the seven characteristics a level from 1 to 5"));
    }
    InvalidModelException.throwIfAny(problems);
  }

  private static void checkLevels(
      Map<String, Integer> levels, String path, String what, List<Problem> problems) {
    for (Map.Entry<String, Integer> entry : levels.entrySet()) {
      String at = path + "." + entry.getKey();
      if (Characteristic.find(entry.getKey()).isEmpty()) {
        problems.add(Problem.at(at, Characteristic.unknown(entry.getKey())));
      } else if (!Characteristic.isLevel(entry.getValue())) {
        problems.add(
            Problem.at(
                at,
                what
                    + " must be a whole number from "
                    + Characteristic.MIN_LEVEL
                    + " to "
                    + Characteristic.MAX_LEVEL
                    + ", was "
                    + entry.getValue()));
      }
    }
  }

  /** Builds a {@link ProductManager}; {@code id} and all seven skills are required. */
  public static class Builder extends ImmutableProductManager.Builder {
    Builder() {}

    /** Sets the level, 1 to 5, of {@code characteristic}. */
    public Builder skill(Characteristic characteristic, int level) {
      putSkill(characteristic.label(), level);
      return this;
    }

    /** Sets the level, 1 to 5, to coach {@code characteristic} up to. */
    public Builder target(Characteristic characteristic, int level) {
      putTarget(characteristic.label(), level);
      return this;
    }
  }
}
