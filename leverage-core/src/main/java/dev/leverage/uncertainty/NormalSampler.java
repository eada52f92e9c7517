package dev.leverage.uncertainty;

import java.util.SplittableRandom;

/**
 * Draws standard normal variates with the 128-layer ziggurat of Marsaglia and Tsang (2000), in the
 * formulation of Doornik (2005, "An improved ziggurat method to generate normal random samples"):
 * one 64-bit draw gives the uniform (its top 53 bits) and the layer (its low 7 bits), and about 99%
 * of draws need nothing more.
 *
 * <p>Only {@link SplittableRandom#nextLong()} and {@link SplittableRandom#nextDouble()} are used,
 * so a generator's sequence fixes every draw. The layer tables are constants computed once.
 * Stateless and thread-safe (the generator passed in is not).
 */
final class NormalSampler {
  private static final int LAYERS = 128;

  /** Where the tail starts. */
  private static final double R = 3.442619855899;

  /** The area of each layer under {@code exp(−x²/2)}. */
  private static final double AREA = 9.91256303526217e-3;

  /** Right edge of each layer; [0] is the virtual width of the base layer including the tail. */
  private static final double[] X = new double[LAYERS + 1];

  /** {@code X[i + 1] / X[i]}: below this a uniform falls inside the layer's rectangle. */
  private static final double[] INSIDE = new double[LAYERS];

  static {
    double f = Math.exp(-0.5 * R * R);
    X[0] = AREA / f;
    X[1] = R;
    X[LAYERS] = 0;
    for (int i = 2; i < LAYERS; i++) {
      X[i] = Math.sqrt(-2 * Math.log(AREA / X[i - 1] + f));
      f = Math.exp(-0.5 * X[i] * X[i]);
    }
    for (int i = 0; i < LAYERS; i++) {
      INSIDE[i] = X[i + 1] / X[i];
    }
  }

  private NormalSampler() {}

  /** Draws one standard normal value using {@code random}. */
  static double sample(SplittableRandom random) {
    while (true) {
      long bits = random.nextLong();
      double u = 2 * ((bits >>> 11) * 0x1.0p-53) - 1;
      int layer = (int) (bits & (LAYERS - 1));
      if (Math.abs(u) < INSIDE[layer]) {
        return u * X[layer];
      }
      if (layer == 0) {
        return tail(random, u < 0);
      }
      double x = u * X[layer];
      double outer = Math.exp(-0.5 * (X[layer] * X[layer] - x * x));
      double inner = Math.exp(-0.5 * (X[layer + 1] * X[layer + 1] - x * x));
      if (inner + random.nextDouble() * (outer - inner) < 1.0) {
        return x;
      }
    }
  }

  /** Draws from the normal tail beyond {@link #R} (Marsaglia 1964). */
  private static double tail(SplittableRandom random, boolean negative) {
    double x;
    double y;
    do {
      x = Math.log(random.nextDouble()) / R;
      y = Math.log(random.nextDouble());
    } while (-2 * y < x * x);
    return negative ? x - R : R - x;
  }
}
