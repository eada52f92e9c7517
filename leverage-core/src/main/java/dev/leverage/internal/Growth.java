package dev.leverage.internal;

import java.util.Arrays;

/**
 * Growing arrays that hold a list: an array is kept while it holds the size asked for, else copied
 * into one at least twice as long (so that appending costs amortized constant time).
 */
public final class Growth {
  private Growth() {}

  /** {@return {@code array} when it holds {@code size} elements, else a longer copy of it} */
  public static int[] toHold(int[] array, int size) {
    return size <= array.length ? array : Arrays.copyOf(array, longer(array.length, size));
  }

  /** {@return {@code array} when it holds {@code size} elements, else a longer copy of it} */
  public static long[] toHold(long[] array, int size) {
    return size <= array.length ? array : Arrays.copyOf(array, longer(array.length, size));
  }

  /** {@return {@code array} when it holds {@code size} elements, else a longer copy of it} */
  public static double[] toHold(double[] array, int size) {
    return size <= array.length ? array : Arrays.copyOf(array, longer(array.length, size));
  }

  /** {@return {@code array} when it holds {@code size} elements, else a longer copy of it} */
  public static boolean[] toHold(boolean[] array, int size) {
    return size <= array.length ? array : Arrays.copyOf(array, longer(array.length, size));
  }

  private static int longer(int length, int size) {
    return Math.max(size, (int) Math.min(2L * length, Integer.MAX_VALUE - 8));
  }
}
