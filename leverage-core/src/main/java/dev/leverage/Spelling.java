package dev.leverage;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name closest to a misspelt one, for "did you mean" hints. */
public final class Spelling {
  private Spelling() {}

  /**
   * {@return the name in {@code known} closest to {@code name} by edit distance, ignoring case,
   * when it is close enough to be a plausible misspelling (at most a third of the longer name)}
   *
   * @param name the name as written
   * @param known the names that exist
   */
  public static Optional<String> closest(String name, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = name.toLowerCase(Locale.ROOT);
    for (String candidate : known) {
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance || (distance == bestDistance && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int allowed = Math.max(1, Math.max(name.length(), best.length()) / 3);
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
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

  /** Damerau-free Levenshtein distance with transpositions counted as one edit. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
  }
}
