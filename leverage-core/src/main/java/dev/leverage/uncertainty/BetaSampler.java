package dev.leverage.uncertainty;

import java.util.SplittableRandom;

/**
 * Draws from the Beta(α, β) distribution with Cheng's rejection algorithms (R. C. H. Cheng, 1978,
 * "Generating beta variates with nonintegral shape parameters", CACM 21(4)): BB when both shapes
 * are above 1, BC otherwise.
 *
 * <p>Uses only {@link SplittableRandom#nextDouble()}, so a generator's sequence fully determines
 * the draws. The constants of the algorithm are computed once. Immutable and thread-safe (the
 * generator passed in is not).
 */
final class BetaSampler {
  private static final double LN4 = Math.log(4);
  private static final double ONE_PLUS_LN5 = 1 + Math.log(5);

  private final boolean algorithmBb;
  private final boolean swapped;
  private final double a;
  private final double b;
  private final double sum;
  private final double scale;
  private final double shift;
  private final double k1;
  private final double k2;

  /**
   * Prepares a sampler for shapes {@code alpha > 0} and {@code beta > 0}, both finite.
   *
   * @throws IllegalArgumentException for other shapes
   */
  BetaSampler(double alpha, double beta) {
    if (!(alpha > 0 && beta > 0 && Double.isFinite(alpha) && Double.isFinite(beta))) {
      throw new IllegalArgumentException(
          "beta shapes must be finite and positive, were " + alpha + " and " + beta);
    }
    sum = alpha + beta;
    double small = Math.min(alpha, beta);
    double large = Math.max(alpha, beta);
    algorithmBb = small > 1;
    if (algorithmBb) {
      // BB: a is the smaller shape; W = a e^V stands for the smaller shape's side.
      a = small;
      b = large;
      swapped = a != alpha;
      scale = Math.sqrt((sum - 2) / (2 * a * b - sum));
      shift = a + 1 / scale;
      k1 = 0;
      k2 = 0;
    } else {
      // BC: a is the larger shape; W = a e^V stands for the larger shape's side.
      a = large;
      b = small;
      swapped = a != alpha;
      scale = 1 / b;
      double delta = 1 + a - b;
      k1 = delta * (0.0138889 + 0.0416667 * b) / (a * scale - 0.777778);
      k2 = 0.25 + (0.5 + 0.25 / delta) * b;
      shift = 0;
    }
  }

  /** Draws one value in [0, 1] using {@code random}. */
  double sample(SplittableRandom random) {
    return algorithmBb ? sampleBb(random) : sampleBc(random);
  }

  private double sampleBb(SplittableRandom random) {
    double w;
    while (true) {
      double u1 = random.nextDouble();
      double u2 = random.nextDouble();
      double v = scale * Math.log(u1 / (1 - u1));
      w = weight(v);
      double z = u1 * u1 * u2;
      double r = shift * v - LN4;
      double s = a + r - w;
      if (s + ONE_PLUS_LN5 >= 5 * z) {
        break;
      }
      double t = Math.log(z);
      if (s >= t) {
        break;
      }
      if (r + sum * Math.log(sum / (b + w)) >= t) {
        break;
      }
    }
    return deliver(w);
  }

  private double sampleBc(SplittableRandom random) {
    while (true) {
      double u1 = random.nextDouble();
      double u2 = random.nextDouble();
      double z;
      if (u1 < 0.5) {
        double y = u1 * u2;
        z = u1 * y;
        if (0.25 * u2 + z - y >= k1) {
          continue;
        }
      } else {
        z = u1 * u1 * u2;
        if (z <= 0.25) {
          return deliver(weight(scale * Math.log(u1 / (1 - u1))));
        }
        if (z >= k2) {
          continue;
        }
      }
      double v = scale * Math.log(u1 / (1 - u1));
      double w = weight(v);
      if (sum * (Math.log(sum / (b + w)) + v) - LN4 >= Math.log(z)) {
        return deliver(w);
      }
    }
  }

  /** {@code a e^v}, kept finite so that {@code w / (b + w)} stays a number. */
  private double weight(double v) {
    double w = a * Math.exp(v);
    return w == Double.POSITIVE_INFINITY ? Double.MAX_VALUE : w;
  }

  /** Turns W into the Beta variate: W / (b + W) for the first shape's side, else b / (b + W). */
  private double deliver(double w) {
    return swapped ? b / (b + w) : w / (b + w);
  }
}
