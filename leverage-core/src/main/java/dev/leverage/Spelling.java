package dev.leverage;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known name closest to a misspelt one, for "did you mean" hints.
 *
 * <p>A hint costs O(k · ℓ · ℓ/3) time at worst for k known names of length about ℓ (only edit
 * distances up to a third of the length matter, so only that band of the edit table is computed),
 * and O(ℓ) memory. Names longer than {@value #MAX_LENGTH} characters and lists of more than {@value
 * #MAX_CANDIDATES} known names get no hint, so that a hint never costs more than a few
 * milliseconds.
 */
public final class Spelling {
  /** Names longer than this get no hint. */
  static final int MAX_LENGTH = 200;

  /** Lists of more known names than this get no hint. */
  static final int MAX_CANDIDATES = 100_000;

  private Spelling() {}

  /**
   * {@return the name in {@code known} closest to {@code name} by edit distance, ignoring case,
   * among those close enough to be a plausible misspelling: at most a third of the longer of the
   * two names (at least 1) apart} Equally close names go to the first in alphabetical order. Empty
   * for a name longer than 200 characters or more than 100,000 known names.
   *
   * @param name the name as written
   * @param known the names that exist
   */
  public static Optional<String> closest(String name, Collection<String> known) {
    if (name.length() > MAX_LENGTH || known.size() > MAX_CANDIDATES) {
      return Optional.empty();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int allowed = Math.max(1, Math.max(name.length(), candidate.length()) / 3);
      int limit = Math.min(allowed, bestDistance);
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT), limit);
      if (distance <= limit
          && (distance < bestDistance
              || (distance == bestDistance && candidate.compareTo(best) < 0))) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * {@return {@code unknown <kind> 'name'}, followed by {@code , did you mean 'x'?} or by the list
   * of known names when there are few of them}
   *
   * @param kind what kind of thing is named, such as team
   * @param name the name as written
   * @param known the names that exist
   */
  public static String unknown(String kind, String name, Collection<String> known) {
    requireNonNull(kind, "kind");
    StringBuilder message = new StringBuilder("unknown ").append(kind).append(" '").append(name);
    message.append('\'');
    Optional<String> closest = closest(name, known);
    if (closest.isPresent()) {
      message.append(", did you mean '").append(closest.get()).append("'?");
    } else if (known.isEmpty()) {
      message.append(", none is defined");
    } else if (known.size() <= 8) {
      message
          .append(", expected one of ")
          .append(String.join(", ", known.stream().sorted().toList()));
    }
    return message.toString();
  }

  /**
   * The optimal string alignment distance between {@code a} and {@code b}: the fewest insertions,
   * deletions, substitutions and swaps of two adjacent characters (each one edit, no character
   * edited twice) that turn one into the other; or {@code max + 1} when it is more than {@code
   * max}.
   *
   * <p>Only the cells of the edit table within {@code max} of its diagonal can hold {@code max} or
   * less, so only they are computed, three rows at a time: O(length · max) time, O(length) memory;
   * it stops early once two rows in a row exceed {@code max}.
   */
  static int distance(String a, String b, int max) {
    if (a.length() < b.length()) {
      return distance(b, a, max);
    }
    int n = a.length();
    int m = b.length();
    if (n - m > max) {
      return max + 1;
    }
    int limit = Math.min(max, n); // never more than n edits
    int over = limit + 1;
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = Math.min(j, over);
    }
    boolean previousOver = false;
    for (int i = 1; i <= n; i++) {
      int from = Math.max(1, i - limit);
      int to = Math.min(m, i + limit);
      current[0] = Math.min(i, over);
      if (from > 1) {
        current[from - 1] = over;
      }
      int rowMin = current[0];
      for (int j = from; j <= to; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, before[j - 2] + 1);
        }
        current[j] = Math.min(value, over);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (to < m) {
        current[to + 1] = over;
      }
      boolean currentOver = rowMin > limit;
      if (currentOver && previousOver) {
        return max + 1; // every alignment passes through one of two rows in a row
      }
      previousOver = currentOver;
      int[] spare = before;
      before = previous;
      previous = current;
      current = spare;
    }
    return previous[m] > limit ? max + 1 : previous[m];
  }

  /** The optimal string alignment distance between {@code a} and {@code b}, without a limit. */
  static int distance(String a, String b) {
    return distance(a, b, Math.max(a.length(), b.length()));
  }
}
