package dev.leverage.internal;

import dev.leverage.Problem;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;

/**
 * The position of each id in a list, for lookups by id in constant time without boxing: an
 * open-addressing hash table of 28 to 52 bytes per id, against about 60 for a {@code
 * LinkedHashMap<String, Integer>}.
 *
 * <p>When an id repeats, the index keeps its first position. Immutable and thread-safe once built.
 */
public final class IdIndex {
  private final String[] ids;
  private final String[] slots;

  /**
   * Per slot, the id's hash in the high half and its position + 1 in the low half, 0 when empty: a
   * probe reads this array alone until the hash matches, so a lookup compares one string.
   */
  private final long[] entries;

  private final int mask;
  private final int shift;
  private int distinct;

  private IdIndex(String[] ids) {
    this.ids = ids;
    int capacity = Integer.highestOneBit(Math.max(2, ids.length) * 2 - 1) * 2;
    this.slots = new String[capacity];
    this.entries = new long[capacity];
    this.mask = capacity - 1;
    this.shift = Integer.numberOfLeadingZeros(capacity) + 1;
  }

  /**
   * Indexes the ids of {@code values}, adding a problem at {@code list[i].id} to {@code problems}
   * for every later duplicate, with the message of {@link Ids#firstIndex}.
   */
  public static <T> IdIndex of(
      List<T> values, Function<T, String> id, String list, String kind, List<Problem> problems) {
    String[] ids = new String[values.size()];
    int i = 0;
    for (T value : values) {
      ids[i++] = id.apply(value);
    }
    IdIndex index = new IdIndex(ids);
    for (i = 0; i < ids.length; i++) {
      int previous = index.add(ids[i], i);
      if (previous >= 0) {
        problems.add(
            Problem.at(list + "[" + i + "].id", Ids.duplicate(kind, ids[i], list, previous)));
      }
    }
    return index;
  }

  /** Indexes {@code ids}, keeping the first position of an id that repeats. */
  public static IdIndex of(List<String> ids) {
    IdIndex index = new IdIndex(ids.toArray(String[]::new));
    for (int i = 0; i < index.ids.length; i++) {
      index.add(index.ids[i], i);
    }
    return index;
  }

  /** Adds {@code id} at {@code position} unless present; returns the earlier position, or -1. */
  private int add(String id, int position) {
    int hash = id.hashCode();
    int slot = slot(hash);
    for (long entry; (entry = entries[slot]) != 0; slot = slot + 1 & mask) {
      if ((int) (entry >>> 32) == hash && slots[slot].equals(id)) {
        return (int) entry - 1;
      }
    }
    slots[slot] = id;
    entries[slot] = (long) hash << 32 | (position + 1);
    distinct++;
    return -1;
  }

  /** The first position from {@code position} on that holds an id's first occurrence. */
  private int skipRepeats(int position) {
    int at = position;
    if (distinct < ids.length) {
      while (at < ids.length && indexOf(ids[at]) != at) {
        at++;
      }
    }
    return at;
  }

  /** Fibonacci hashing: the top bits of the hash times the golden ratio. */
  private int slot(int hash) {
    return hash * 0x9E3779B9 >>> shift;
  }

  /** The first position of {@code id}, or -1 when it is not in the list. */
  public int indexOf(Object id) {
    if (!(id instanceof String)) {
      return -1;
    }
    int hash = id.hashCode();
    for (int slot = slot(hash); ; slot = slot + 1 & mask) {
      long entry = entries[slot];
      if (entry == 0) {
        return -1;
      }
      if ((int) (entry >>> 32) == hash && slots[slot].equals(id)) {
        return (int) entry - 1;
      }
    }
  }

  /** True when the id at {@code position} does not repeat one before it (constant time). */
  public boolean isFirst(int position) {
    return distinct == ids.length || indexOf(ids[position]) == position;
  }

  /** True when {@code id} is in the list. */
  public boolean contains(Object id) {
    return indexOf(id) >= 0;
  }

  /** The id at {@code position} of the list. */
  public String id(int position) {
    return ids[position];
  }

  /** The number of ids in the list, duplicates included. */
  public int size() {
    return ids.length;
  }

  /**
   * The distinct ids as an unmodifiable set view in list order (an id that repeats at its first
   * position), with lookups in constant time.
   */
  public Set<String> keys() {
    return new AbstractSet<>() {
      @Override
      public boolean contains(Object o) {
        return indexOf(o) >= 0;
      }

      @Override
      public int size() {
        return distinct;
      }

      @Override
      public Iterator<String> iterator() {
        return new Iterator<>() {
          private int next = skipRepeats(0);

          @Override
          public boolean hasNext() {
            return next < ids.length;
          }

          @Override
          public String next() {
            if (next >= ids.length) {
              throw new NoSuchElementException();
            }
            String id = ids[next];
            next = skipRepeats(next + 1);
            return id;
          }
        };
      }
    };
  }
}
