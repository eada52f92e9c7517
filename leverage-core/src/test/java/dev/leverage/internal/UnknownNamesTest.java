package dev.leverage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leverage.Spelling;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownNamesTest {

  @Test
  void theMessageIsSpellingsOwn() {
    List<String> known = List.of("checkout", "payments", "search");
    UnknownNames names = new UnknownNames("team", known);
    for (String name : List.of("paymnts", "zzz", "Checkout")) {
      assertThat(names.message(name)).isEqualTo(Spelling.unknown("team", name, known));
    }
  }

  @Test
  void onceTheBudgetIsSpentLaterNamesGetNoHint() {
    List<String> known = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      known.add("team-" + i);
    }
    UnknownNames names = new UnknownNames("team", known, 300);
    for (int i = 0; i < 3; i++) {
      assertThat(names.message("team-" + i + "x")).endsWith("did you mean 'team-" + i + "'?");
    }
    // A name already spelt keeps its hint; a new one gets none.
    assertThat(names.message("team-1x"))
        .isEqualTo("unknown team 'team-1x', did you mean 'team-1'?");
    assertThat(names.message("team-7x")).isEqualTo("unknown team 'team-7x'");
  }

  @Test
  void fewKnownNamesAreAlwaysListed() {
    UnknownNames few = new UnknownNames("team", List.of("b", "a"), 0);
    assertThat(few.message("zzz")).isEqualTo("unknown team 'zzz', expected one of a, b");
  }
}
