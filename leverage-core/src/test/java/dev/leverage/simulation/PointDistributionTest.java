package dev.leverage.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A distribution of equal samples (a certain activity), over several chunks of samples. */
class PointDistributionTest {
  @Test
  void aPointReplaysEverySampleOnceAcrossChunks() {
    int count = 2 * Simulation.CHUNK_SIZE + 452;
    Distribution point = Distribution.point(count, 3.5);

    double[] samples = point.samples();
    assertThat(samples).hasSize(count);
    assertThat(Arrays.stream(samples).allMatch(x -> x == 3.5)).isTrue();
    assertThat(point.isPoint()).isTrue();
    assertThat(point.count()).isEqualTo(count);
    assertThat(point.quantile(0.3)).isEqualTo(3.5);
    assertThat(point.p90()).isEqualTo(3.5);
  }

  @Test
  void onlyEqualSamplesMakeAPoint() {
    assertThat(Distribution.of(2, 2, 2).isPoint()).isTrue();
    assertThat(Distribution.of(1, 2, 3).isPoint()).isFalse();
  }
}
