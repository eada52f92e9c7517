package dev.leverage.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A list that a hand-written builder adds to: a null argument or element is refused with {@link
 * dev.leverage.InvalidModelException} at its path ({@code products[3]}), counting the elements
 * added before. Not thread-safe, like the builders that hold it.
 *
 * @param <T> the type of the elements
 */
public final class BuilderList<T> {
  private final String path;
  private final List<T> values = new ArrayList<>();

  /**
   * An empty list.
   *
   * @param path the name of the list in scenario-file terms, such as {@code products}
   */
  public BuilderList(String path) {
    this.path = path;
  }

  /**
   * Adds {@code more} after the elements added before.
   *
   * @param more the elements, none null
   */
  public void add(T[] more) {
    values.addAll(Nulls.rejectIn(more, path, values.size()));
  }

  /**
   * Adds {@code more} after the elements added before.
   *
   * @param more the elements, none null
   */
  public void add(Collection<? extends T> more) {
    values.addAll(Nulls.rejectIn(more, path, values.size()));
  }

  /**
   * Replaces every element by {@code all}.
   *
   * @param all the elements, none null
   */
  public void replace(Collection<? extends T> all) {
    Nulls.rejectIn(all, path, 0);
    values.clear();
    values.addAll(all);
  }

  /** {@return the elements, in the order added; a live view for the builder's own use} */
  public List<T> values() {
    return values;
  }
}
