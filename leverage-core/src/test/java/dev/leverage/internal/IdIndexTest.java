package dev.leverage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leverage.Problem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The index of a list of ids: duplicates named by path, keys as a set in first-seen order. */
class IdIndexTest {
  record Team(String id) {}

  @Test
  void everyRepeatIsAProblemAtItsPathNamingTheFirstUse() {
    List<Problem> problems = new ArrayList<>();
    IdIndex index =
        IdIndex.of(
            List.of(new Team("a"), new Team("b"), new Team("a"), new Team("b")),
            Team::id,
            "teams",
            "team",
            problems);

    assertThat(problems)
        .containsExactly(
            Problem.at(
                "teams[2].id",
                "duplicate team id 'a', already used by teams[0]; ids are unique per kind"),
            Problem.at(
                "teams[3].id",
                "duplicate team id 'b', already used by teams[1]; ids are unique per kind"));
    assertThat(index.size()).isEqualTo(4);
    assertThat(index.indexOf("a")).isZero();
    assertThat(index.indexOf("b")).isEqualTo(1);
    assertThat(index.isFirst(0)).isTrue();
    assertThat(index.isFirst(2)).isFalse();
    assertThat(index.keys()).containsExactly("a", "b").hasSize(2);
  }

  @Test
  void distinctIdsGiveNoProblem() {
    List<Problem> problems = new ArrayList<>();
    IdIndex index =
        IdIndex.of(List.of(new Team("x"), new Team("y")), Team::id, "teams", "team", problems);

    assertThat(problems).isEmpty();
    assertThat(index.indexOf("y")).isEqualTo(1);
    assertThat(index.id(1)).isEqualTo("y");
  }

  @Test
  void onlyStringsAreKeys() {
    IdIndex index = IdIndex.of(List.of("1", "2"));

    assertThat(index.indexOf(1)).isEqualTo(-1);
    assertThat(index.contains(1)).isFalse();
    assertThat(index.contains("1")).isTrue();
    assertThat(index.contains("3")).isFalse();
    Set<String> keys = index.keys();
    assertThat(keys.contains(2)).isFalse();
    assertThat(keys.contains("2")).isTrue();
    assertThat(keys.contains("1")).isTrue();
    assertThat(keys).hasSize(2);
  }

  @Test
  void theKeysSkipRepeatsAndEndWithNoSuchElement() {
    IdIndex index = IdIndex.of(List.of("a", "a", "b", "b", "a", "c", "c"));
    Iterator<String> keys = index.keys().iterator();

    assertThat(keys.next()).isEqualTo("a");
    assertThat(keys.next()).isEqualTo("b");
    assertThat(keys.hasNext()).isTrue();
    assertThat(keys.next()).isEqualTo("c");
    assertThat(keys.hasNext()).isFalse();
    assertThatThrownBy(keys::next).isInstanceOf(NoSuchElementException.class);
    assertThat(index.keys()).hasSize(3);
  }

  @Test
  void anEmptyListHasNoKeys() {
    IdIndex index = IdIndex.of(List.of());

    assertThat(index.size()).isZero();
    assertThat(index.indexOf("a")).isEqualTo(-1);
    assertThat(index.keys()).isEmpty();
    assertThatThrownBy(() -> index.keys().iterator().next())
        .isInstanceOf(NoSuchElementException.class);
  }
}
