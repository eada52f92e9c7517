package dev.leverage.uncertainty;

import static java.util.Objects.requireNonNull;

import java.util.SplittableRandom;

/**
 * The PERT distribution of a three-point estimate: {@code low + (high − low) · B} with {@code B ~
 * Beta(α, β)}, {@code α = 1 + 4 (likely − low) / (high − low)} and {@code β = 1 + 4 (high − likely)
 * / (high − low)} (§5 of the model).
 *
 * <p>Its mean is the PERT mean {@code (low + 4 likely + high) / 6}. A point estimate is the
 * constant {@code likely} and draws nothing from the generator. A Beta draw is the ratio of two
 * Gamma draws by Marsaglia and Tsang's method, on standard normals from a ziggurat; everything
 * comes from the {@link SplittableRandom} passed in, so its seed fixes every draw. Immutable and
 * thread-safe (the generator passed to {@link #sample} is not).
 */
public final class PertDistribution {
  private final Estimate estimate;
  private final double low;
  private final double range;
  private final double alpha;
  private final double beta;
  private final BetaSampler sampler;

  private PertDistribution(Estimate estimate) {
    this.estimate = requireNonNull(estimate, "estimate");
    this.low = estimate.low();
    this.range = estimate.high() - estimate.low();
    if (estimate.isPoint() || !(range > 0)) {
      alpha = Double.NaN;
      beta = Double.NaN;
      sampler = null;
    } else {
      alpha = 1 + 4 * (estimate.likely() - low) / range;
      beta = 1 + 4 * (estimate.high() - estimate.likely()) / range;
      sampler = new BetaSampler(alpha, beta);
    }
  }

  /**
   * {@return the PERT distribution of {@code estimate}}
   *
   * @param estimate the estimate
   */
  public static PertDistribution of(Estimate estimate) {
    return new PertDistribution(estimate);
  }

  /** {@return the estimate this distribution is drawn from} */
  public Estimate estimate() {
    return estimate;
  }

  /** {@return true when the estimate is a point: every draw is {@code likely}} */
  public boolean isPoint() {
    return sampler == null;
  }

  /** {@return the first Beta shape α, in [1, 5]; NaN for a point} */
  public double alpha() {
    return alpha;
  }

  /** {@return the second Beta shape β, in [1, 5] (α + β = 6); NaN for a point} */
  public double beta() {
    return beta;
  }

  /** {@return the mean, {@code (low + 4 likely + high) / 6}} */
  public double mean() {
    return estimate.pertMean();
  }

  /**
   * Draws one value in [low, high]; a point returns {@code likely} and leaves {@code random}.
   *
   * @param random the generator to draw from; its state advances
   * @return the value drawn
   */
  public double sample(SplittableRandom random) {
    if (sampler == null) {
      return estimate.likely();
    }
    return Math.min(low + range * sampler.sample(random), estimate.high());
  }

  @Override
  public String toString() {
    return isPoint()
        ? "PERT(" + estimate + ")"
        : "PERT(" + estimate + ", α=" + alpha + ", β=" + beta + ")";
  }
}
