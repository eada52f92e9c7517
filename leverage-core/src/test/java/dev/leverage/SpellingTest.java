package dev.leverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {
  @Test
  void aOneLetterSlipInALongNameFindsTheName() {
    assertThat(Spelling.closest("paymets", List.of("checkout", "payments", "search")))
        .contains("payments");
    assertThat(Spelling.closest("uplfit", List.of("team", "uplift", "lasts", "halfLife")))
        .contains("uplift");
  }

  @Test
  void aShortNameIsOnlyMatchedWithinOneEdit() {
    assertThat(Spelling.closest("zed", List.of("cid"))).isEmpty();
    assertThat(Spelling.closest("cud", List.of("cid"))).contains("cid");
  }

  @Test
  void caseIsIgnoredAndTiesGoToTheFirstNameInOrder() {
    assertThat(Spelling.closest("CHECKOUT", List.of("checkout"))).contains("checkout");
    assertThat(Spelling.closest("ab", List.of("ac", "aa"))).contains("aa");
  }

  @Test
  void anUnknownNameListsTheKnownOnesWhenNoneIsClose() {
    assertThat(Spelling.unknown("team", "zzz", List.of("b", "a")))
        .isEqualTo("unknown team 'zzz', expected one of a, b");
    assertThat(Spelling.unknown("team", "zzz", List.of()))
        .isEqualTo("unknown team 'zzz', none is defined");
    assertThat(Spelling.unknown("team", "paymets", List.of("payments")))
        .isEqualTo("unknown team 'paymets', did you mean 'payments'?");
  }

  @Test
  void aNameOfTwoHundredCharactersStillGetsAHintAndOneMoreGetsNone() {
    String known = "a".repeat(Spelling.MAX_LENGTH - 1) + "b";
    String name = "a".repeat(Spelling.MAX_LENGTH);
    assertThat(Spelling.closest(name, List.of(known))).contains(known);
    assertThat(Spelling.closest(name + "a", List.of(known + "a"))).isEmpty();
  }

  @Test
  void aHundredThousandKnownNamesStillGiveAHint() {
    List<String> known = new ArrayList<>();
    for (int i = 0; i < Spelling.MAX_CANDIDATES; i++) {
      known.add("team-" + i);
    }
    assertThat(Spelling.closest("team-12x", known)).contains("team-12");
  }

  @Test
  void eightKnownNamesAreListedAndNineAreNot() {
    List<String> eight = List.of("h", "g", "f", "e", "d", "c", "b", "a");
    assertThat(Spelling.unknown("team", "zzzz", eight))
        .isEqualTo("unknown team 'zzzz', expected one of a, b, c, d, e, f, g, h");
    List<String> nine = new ArrayList<>(eight);
    nine.add("i");
    assertThat(Spelling.unknown("team", "zzzz", nine)).isEqualTo("unknown team 'zzzz'");
  }

  @Test
  void theDistanceCountsEveryEditUpToItsLimit() {
    assertThat(Spelling.distance("xyz", "ab")).isEqualTo(3);
    assertThat(Spelling.distance("ab", "ba")).isEqualTo(1);
    assertThat(Spelling.distance("bc", "ab")).isEqualTo(2); // no free start in the shorter word
    assertThat(Spelling.distance("abcdef", "badcfe", 2)).isEqualTo(3);
    assertThat(Spelling.distance("abcdef", "badcfe", 3)).isEqualTo(3);
  }
}
