package dev.leverage;

import static org.assertj.core.api.Assertions.assertThat;

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
}
