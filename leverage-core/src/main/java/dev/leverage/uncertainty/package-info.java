/**
 * Three-point estimates and what follows from them (§5 of the model): the {@link
 * dev.leverage.uncertainty.PertDistribution} of an {@link dev.leverage.uncertainty.Estimate}, the
 * Monte Carlo {@link dev.leverage.uncertainty.Simulation} of every activity's output, leverage and
 * rank, and the one-at-a-time {@link dev.leverage.uncertainty.Sensitivity} of leverage to each
 * estimate.
 */
@LeverageStyle
package dev.leverage.uncertainty;

import dev.leverage.internal.LeverageStyle;
