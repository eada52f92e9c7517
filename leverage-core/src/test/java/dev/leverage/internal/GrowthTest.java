package dev.leverage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Growing arrays: kept while they hold the size asked for, else copied into a longer one. */
class GrowthTest {

  @Property
  void anArrayIsKeptWhenItHoldsTheSizeElseCopiedIntoOneAtLeastTwiceAsLong(
      @ForAll @IntRange(min = 0, max = 50) int length,
      @ForAll @IntRange(min = 0, max = 200) int size) {
    int[] array = new int[length];
    for (int i = 0; i < length; i++) {
      array[i] = i + 1;
    }
    int[] grown = Growth.toHold(array, size);
    if (size <= length) {
      assertThat(grown).isSameAs(array);
    } else {
      assertThat(grown.length).isGreaterThanOrEqualTo(Math.max(size, 2 * length));
      for (int i = 0; i < length; i++) {
        assertThat(grown[i]).isEqualTo(i + 1);
      }
    }
  }

  @Example
  void everyKindOfArrayGrowsTheSameWay() {
    assertThat(Growth.toHold(new long[] {7}, 2)).containsExactly(7, 0);
    assertThat(Growth.toHold(new double[] {0.5}, 2)).containsExactly(0.5, 0);
    assertThat(Growth.toHold(new boolean[] {true}, 2)).containsExactly(true, false);
    assertThat(Growth.toHold(new long[0], 1)).hasSize(1);
  }
}
