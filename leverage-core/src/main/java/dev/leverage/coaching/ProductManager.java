package dev.leverage.coaching;

import static java.util.Objects.requireNonNull;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.internal.Ids;
import dev.leverage.internal.Nulls;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A product manager's skill profile: a level from 1 to 5 on each of the seven {@link
 * Characteristic}s, and the level to coach each one up to (4 unless set).
 *
 * <p>The product manager is a manager of the organization, named by {@link #id()}; the teams they
 * own are their product's teams. Skills and targets are keyed by {@link Characteristic} (a scenario
 * file's reader turns names such as {@code timeManagement} into characteristics and reports a
 * misspelt one at its path). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProductManager {
  /** The level a characteristic is coached up to unless a target is set. */
  public static final int DEFAULT_TARGET = 4;

  ProductManager() {}

  /**
   * Returns a builder for a product manager.
   *
   * @return an empty builder; the id and a level for every characteristic must be set before {@link
   *     Builder#build()}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id of the manager who is this product manager} */
  public abstract String id();

  /** {@return the level, 1 to 5, of every one of the seven characteristics} */
  public abstract Map<Characteristic, Integer> skills();

  /** {@return the level, 1 to 5, to coach a characteristic up to; 4 for those not given} */
  public abstract Map<Characteristic, Integer> targets();

  /**
   * Returns a builder holding this product manager's values, to build a changed copy.
   *
   * @return a new builder, independent of this product manager
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * {@return the current level of {@code characteristic}, 1 to 5}
   *
   * @param characteristic the characteristic
   */
  public int level(Characteristic characteristic) {
    return skills().get(characteristic);
  }

  /**
   * {@return the level to coach {@code characteristic} up to, 1 to 5: 4 unless set}
   *
   * @param characteristic the characteristic
   */
  public int target(Characteristic characteristic) {
    return targets().getOrDefault(requireNonNull(characteristic, "characteristic"), DEFAULT_TARGET);
  }

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    Ids.check(id(), "id", "manager", problems);
    checkLevels(skills(), "skills", "level", problems);
    checkLevels(targets(), "targets", "target", problems);
    List<String> missing =
        Arrays.stream(Characteristic.values())
            .filter(c -> !skills().containsKey(c))
            .map(Characteristic::label)
            .toList();
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
      Map<Characteristic, Integer> levels, String path, String what, List<Problem> problems) {
    for (Map.Entry<Characteristic, Integer> entry : levels.entrySet()) {
      String at = path + "." + entry.getKey().label();
      if (!Characteristic.isLevel(entry.getValue())) {
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

  /**
   * Builds a {@link ProductManager}: set the {@linkplain #id(String) id} and a {@linkplain
   * #skill(Characteristic, int) level} for each of the seven characteristics, any targets, then
   * {@linkplain #build() build}.
   *
   * <p>Levels and targets add to what the builder holds, replacing earlier ones of the same
   * characteristic; {@code replace*} methods replace them all. A null argument is invalid input:
   * the method throws {@link InvalidModelException} at the path of the missing value ({@code
   * skills.business}). Not thread-safe; {@link #build()} may be called more than once.
   */
  @SuppressWarnings("immutables:incompat") // a builder of its own, not the generated one's type
  public static final class Builder {
    private String id;
    private final Map<Characteristic, Integer> skills = new EnumMap<>(Characteristic.class);
    private final Map<Characteristic, Integer> targets = new EnumMap<>(Characteristic.class);

    private Builder() {}

    private Builder from(ProductManager pm) {
      id = pm.id();
      skills.putAll(pm.skills());
      targets.putAll(pm.targets());
      return this;
    }

    /**
     * Sets the id of the manager who is this product manager.
     *
     * @param id a manager id
     * @return this builder
     */
    public Builder id(String id) {
      this.id = Nulls.reject(id, "id");
      return this;
    }

    /**
     * Sets the level of a characteristic.
     *
     * @param characteristic the characteristic
     * @param level its level, 1 to 5
     * @return this builder
     */
    public Builder skill(Characteristic characteristic, int level) {
      skills.put(Nulls.reject(characteristic, "skills"), level);
      return this;
    }

    /**
     * Adds levels, replacing earlier ones of the same characteristics.
     *
     * @param skills levels, 1 to 5, by characteristic
     * @return this builder
     */
    public Builder skills(Map<Characteristic, Integer> skills) {
      this.skills.putAll(Nulls.rejectIn(skills, "skills"));
      return this;
    }

    /**
     * Replaces all levels.
     *
     * @param skills levels by characteristic, in place of those added before
     * @return this builder
     */
    public Builder replaceSkills(Map<Characteristic, Integer> skills) {
      Nulls.rejectIn(skills, "skills");
      this.skills.clear();
      return skills(skills);
    }

    /**
     * Sets the level to coach a characteristic up to; 4 unless set.
     *
     * @param characteristic the characteristic
     * @param level the target level, 1 to 5
     * @return this builder
     */
    public Builder target(Characteristic characteristic, int level) {
      targets.put(Nulls.reject(characteristic, "targets"), level);
      return this;
    }

    /**
     * Adds targets, replacing earlier ones of the same characteristics.
     *
     * @param targets target levels, 1 to 5, by characteristic
     * @return this builder
     */
    public Builder targets(Map<Characteristic, Integer> targets) {
      this.targets.putAll(Nulls.rejectIn(targets, "targets"));
      return this;
    }

    /**
     * Replaces all targets.
     *
     * @param targets target levels by characteristic, in place of those added before
     * @return this builder
     */
    public Builder replaceTargets(Map<Characteristic, Integer> targets) {
      Nulls.rejectIn(targets, "targets");
      this.targets.clear();
      return targets(targets);
    }

    /**
     * Builds the product manager.
     *
     * @return a product manager with the values set
     * @throws InvalidModelException listing every problem: a missing or invalid id, a level outside
     *     1 to 5, a characteristic without a level
     */
    public ProductManager build() {
      List<Problem> missing = new ArrayList<>();
      Nulls.requireSet(id, "id", "id(String)", missing);
      InvalidModelException.throwIfAny(missing);
      return new ImmutableProductManager.Builder().id(id).skills(skills).targets(targets).build();
    }
  }
}
