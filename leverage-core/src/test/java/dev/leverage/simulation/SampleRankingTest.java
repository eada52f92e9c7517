package dev.leverage.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class SampleRankingTest {

  @Property(tries = 300)
  void beatsOrdersLeverageDescendingThenIdAscendingExactlyLikeTheRanking(
      @ForAll("values") double[] values, @ForAll long shuffle) {
    List<String> ids =
        IntStream.range(0, values.length)
            .mapToObj(i -> String.format("a%03d", Math.floorMod(i * 7919 + shuffle, 1000)))
            .distinct()
            .toList();
    double[] used = Arrays.copyOf(values, ids.size());
    int[] rank = SampleRanking.idRanks(ids);
    Integer[] reference = IntStream.range(0, used.length).boxed().toArray(Integer[]::new);
    Arrays.sort(
        reference,
        Comparator.comparingDouble((Integer a) -> used[a]).reversed().thenComparing(ids::get));
    for (int i = 0; i < reference.length; i++) {
      for (int j = 0; j < reference.length; j++) {
        int a = reference[i];
        int b = reference[j];
        assertThat(SampleRanking.beats(used[a], rank[a], used[b], rank[b])).isEqualTo(i < j);
      }
    }
  }

  @Provide
  Arbitrary<double[]> values() {
    // Ties, values a few ulps apart, signs and zeros.
    Arbitrary<Double> nearOne =
        Arbitraries.integers().between(0, 8).map(k -> Math.nextUp(1.0) + k * Math.ulp(1.0));
    Arbitrary<Double> general = Arbitraries.doubles().between(-1e9, 1e9);
    Arbitrary<Double> special = Arbitraries.of(0.0, -0.0, 1.0, -1.0, 2.5);
    return Arbitraries.frequencyOf(Tuple.of(3, general), Tuple.of(2, nearOne), Tuple.of(2, special))
        .array(double[].class)
        .ofMaxSize(60);
  }
}
