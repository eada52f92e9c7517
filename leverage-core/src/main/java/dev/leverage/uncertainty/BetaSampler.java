package dev.leverage.uncertainty;

import java.util.SplittableRandom;

/**
 * Draws from the Beta(α, β) distribution, for shapes of at least 1 (PERT shapes lie in [1, 5]), as
 * the ratio {@code X / (X + Y)} of independent draws {@code X ~ Gamma(α)} and {@code Y ~ Gamma(β)}.
 *
 * <p>Each Gamma draw uses the method of Marsaglia and Tsang (2000, "A simple method for generating
 * gamma variables"): a standard normal from {@link NormalSampler}, a uniform, and a squeeze that
 * accepts about 98% of draws without a logarithm. Only {@link SplittableRandom} is used, so a
 * generator's sequence fixes every draw. Immutable and thread-safe (the generator passed in is
 * not).
 */
final class BetaSampler {
  private final double d1;
  private final double c1;
  private final double d2;
  private final double c2;

  /**
   * Prepares a sampler for finite shapes {@code alpha >= 1} and {@code beta >= 1}.
   *
   * @throws IllegalArgumentException for other shapes
   */
  BetaSampler(double alpha, double beta) {
    if (!(alpha >= 1 && beta >= 1 && Double.isFinite(alpha) && Double.isFinite(beta))) {
      throw new IllegalArgumentException(
          "beta shapes must be finite and at least 1, were " + alpha + " and " + beta);
    }
    d1 = alpha - 1.0 / 3;
    c1 = 1 / Math.sqrt(9 * d1);
    d2 = beta - 1.0 / 3;
    c2 = 1 / Math.sqrt(9 * d2);
  }

  /** Draws one value in [0, 1] using {@code random}: first the Gamma(α), then the Gamma(β). */
  double sample(SplittableRandom random) {
    double x = gamma(d1, c1, random);
    double y = gamma(d2, c2, random);
    return x / (x + y);
  }

  /** Draws from Gamma(d + 1/3) with {@code c = 1 / √(9d)}: Marsaglia and Tsang's method. */
  private static double gamma(double d, double c, SplittableRandom random) {
    while (true) {
      double x;
      double v;
      do {
        x = NormalSampler.sample(random);
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = random.nextDouble();
      double x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2) {
        return d * v;
      }
      if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }
}
