package dev.leverage;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Refuses, before it starts, a request that would need more memory than the Java heap has left
 * (MODEL.md §10): an {@link InvalidModelException} saying how much it needs, how much there is and
 * how to lower it, instead of an {@link OutOfMemoryError} half-way.
 *
 * <p>How to use it: estimate the bytes the request will allocate at its peak (the arrays and
 * objects it creates, not the input that already exists), then call {@link #check} before
 * allocating them. The heap left is {@link Runtime#maxMemory()} less what is in use now, garbage
 * not yet collected included, so the check errs towards refusing when the heap is nearly full.
 * Stateless and thread-safe.
 */
public final class MemoryNeed {
  private static final long MIB = 1L << 20;
  private static final long GIB = 1L << 30;

  private MemoryNeed() {}

  /**
   * Checks that the heap has {@code bytes} left for {@code what}.
   *
   * @param bytes the estimated peak allocation, at least 0
   * @param path where the request comes from, in problem terms ({@code samples}, or empty)
   * @param what the request, as the subject of a sentence ({@code a simulation of 5,000 activities
   *     x 100,000 samples})
   * @param lower how to ask for less, as an imperative ({@code ask for fewer samples})
   * @throws InvalidModelException at {@code path} when {@code bytes} is more than the heap has left
   */
  public static void check(long bytes, String path, String what, String lower) {
    Runtime runtime = Runtime.getRuntime();
    long max = runtime.maxMemory();
    long used = runtime.totalMemory() - runtime.freeMemory();
    check(bytes, used, max, path, what, lower);
  }

  /** {@link #check} with the heap's use and maximum given, for tests. */
  static void check(long bytes, long used, long max, String path, String what, String lower) {
    requireNonNull(path, "path");
    requireNonNull(what, "what");
    requireNonNull(lower, "lower");
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes must be at least 0, was " + bytes);
    }
    long left = Math.max(0, max - used);
    if (bytes <= left) {
      return;
    }
    double wanted = ((double) used + bytes) * 1.25;
    long suggested = (long) Math.max(1, Math.ceil(wanted / GIB));
    throw InvalidModelException.of(
        path,
        what
            + " needs about "
            + size(bytes)
            + " of memory, but the Java heap has "
            + size(left)
            + " left (of "
            + size(max)
            + "); "
            + lower
            + ", or give Java more memory: -Xmx"
            + suggested
            + "g (for ./leverage, set LEVERAGE_JAVA_OPTS=-Xmx"
            + suggested
            + "g)");
  }

  /**
   * {@code bytes} in MiB (rounded up, at least 1) below a GiB, else in GiB with one decimal: {@code
   * 850 MiB}, {@code 1.9 GiB}; as {@link #check} writes sizes.
   *
   * @param bytes a size in bytes, at least 0
   * @return the size in words
   */
  public static String size(long bytes) {
    if (bytes < GIB) {
      return Math.max(1, (bytes + MIB - 1) / MIB) + " MiB";
    }
    return String.format(Locale.ROOT, "%.1f GiB", (double) bytes / GIB);
  }
}
