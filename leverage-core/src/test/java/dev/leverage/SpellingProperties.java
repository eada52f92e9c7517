package dev.leverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The banded edit distance and the hint it gives, against the full edit table. */
class SpellingProperties {

  @Property(tries = 2000)
  void theBandedDistanceIsTheFullTablesUpToItsLimit(
      @ForAll("words") String a, @ForAll("words") String b, @ForAll @IntRange(max = 9) int max) {
    int full = referenceDistance(a, b);
    assertThat(Spelling.distance(a, b, max)).isEqualTo(Math.min(full, max + 1));
    assertThat(Spelling.distance(a, b)).isEqualTo(full);
  }

  @Property(tries = 1000)
  void theHintIsTheClosestNameWithinAThirdOfItsLength(
      @ForAll("words") String name, @ForAll @Size(max = 12) List<@From("words") String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance =
          referenceDistance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      int allowed = Math.max(1, Math.max(name.length(), candidate.length()) / 3);
      if (distance <= allowed
          && (distance < bestDistance
              || (distance == bestDistance && candidate.compareTo(best) < 0))) {
        best = candidate;
        bestDistance = distance;
      }
    }
    assertThat(Spelling.closest(name, known)).isEqualTo(Optional.ofNullable(best));
  }

  @Provide
  Arbitrary<String> words() {
    // A small alphabet, so that random words are often a few edits apart.
    return Arbitraries.strings().withChars("abcAB").ofMaxLength(12);
  }

  @Test
  void aSlipInALongIdIsFound() {
    String id = "coach-" + "x".repeat(80) + "-timeManagement-3";
    String typo = "coach-" + "x".repeat(80) + "-timeManagment-3";
    assertThat(Spelling.closest(typo, List.of("coach-bob-empathy-2", id))).contains(id);
  }

  @Test
  void aVeryLongNameGetsNoHintAndNoTable() {
    String name = "a".repeat(60_000);
    assertThat(Spelling.closest(name, List.of(name + "b", "b".repeat(60_000)))).isEmpty();
    assertThat(Spelling.unknown("activity", "x" + name.substring(1), List.of(name)))
        .isEqualTo("unknown activity 'x" + name.substring(1) + "', expected one of " + name);
  }

  @Test
  void manyKnownNamesGetNoHint() {
    List<String> known = new ArrayList<>();
    for (int i = 0; i <= Spelling.MAX_CANDIDATES; i++) {
      known.add("team-" + i);
    }
    assertThat(Spelling.closest("team-12x", known)).isEmpty();
    assertThat(Spelling.closest("team-12x", known.subList(0, 1000))).contains("team-12");
  }

  /** Levenshtein with adjacent transpositions, over the whole table (the textbook version). */
  static int referenceDistance(String a, String b) {
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
