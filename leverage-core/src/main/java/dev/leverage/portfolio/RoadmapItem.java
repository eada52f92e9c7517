package dev.leverage.portfolio;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.internal.Ids;
import dev.leverage.internal.Nulls;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An item on a product's roadmap and the strategy pillar it hangs on, if any.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the item's id, matching {@code [A-Za-z0-9][A-Za-z0-9._-]*}
 * @param product the id of the product it belongs to
 * @param pillar the id of the strategy pillar it serves; empty, which the alignment report flags
 */
public record RoadmapItem(String id, String product, Optional<String> pillar) {

  /**
   * Checks the ids.
   *
   * @param id the item's id, matching {@code [A-Za-z0-9][A-Za-z0-9._-]*}
   * @param product the id of the product it belongs to
   * @param pillar the id of the strategy pillar it serves; empty, which the alignment report flags
   */
  public RoadmapItem {
    Nulls.reject(pillar, "pillar");
    List<Problem> problems = new ArrayList<>();
    Ids.check(id, "id", "roadmap item", problems);
    Ids.check(product, "product", "product", problems);
    pillar.ifPresent(p -> Ids.check(p, "pillar", "pillar", problems));
    InvalidModelException.throwIfAny(problems);
  }

  /**
   * {@return the item {@code id} of {@code product} on {@code pillar}}
   *
   * @param id the item's id
   * @param product the id of the product
   * @param pillar the id of the strategy pillar it serves
   */
  public static RoadmapItem of(String id, String product, String pillar) {
    return new RoadmapItem(id, product, Optional.of(Nulls.reject(pillar, "pillar")));
  }

  /**
   * {@return the item {@code id} of {@code product}, tied to no pillar}
   *
   * @param id the item's id
   * @param product the id of the product
   */
  public static RoadmapItem withoutPillar(String id, String product) {
    return new RoadmapItem(id, product, Optional.empty());
  }
}
