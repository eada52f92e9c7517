package dev.leverage.bench;

import dev.leverage.uncertainty.Estimate;
import dev.leverage.uncertainty.PertDistribution;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the PERT sampler of leverage-core (Marsaglia–Tsang gamma ratio on a ziggurat
 * normal) against commons-statistics' Beta sampler ({@code BetaDistribution.createSampler}: Cheng's
 * BB/BC algorithms from commons-rng-sampling) on the same generator algorithm (SplitMix64), for the
 * same Beta shapes. The PERT draw adds one
 * multiply-add to the Beta draw. {@link #uniform} is the cost of one raw uniform double.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PertSamplerBenchmark {
  /** low,likely,high on [0, 1]: Beta(3, 3), Beta(1.8, 4.2) and Beta(1, 5). */
  @Param({"0,0.5,1", "0,0.2,1", "0,0,1"})
  String estimate;

  SplittableRandom random;
  PertDistribution pert;
  ContinuousDistribution.Sampler commons;

  @Setup
  public void setUp() {
    String[] parts = estimate.split(",");
    Estimate e =
        Estimate.of(
            Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
    pert = PertDistribution.of(e);
    random = new SplittableRandom(42);
    UniformRandomProvider provider = RandomSource.SPLIT_MIX_64.create(42L);
    commons = BetaDistribution.of(pert.alpha(), pert.beta()).createSampler(provider);
  }

  /** One PERT draw from leverage-core. */
  @Benchmark
  public double leveragePert() {
    return pert.sample(random);
  }

  /** One Beta draw from commons-statistics with the same shapes. */
  @Benchmark
  public double commonsBeta() {
    return commons.sample();
  }

  /** One uniform double from SplittableRandom: the floor under both. */
  @Benchmark
  public double uniform() {
    return random.nextDouble();
  }
}
