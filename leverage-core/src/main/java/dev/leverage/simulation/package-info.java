/**
 * Monte Carlo simulation of a scenario (§5 of the model): the {@link
 * dev.leverage.simulation.Simulation} of every activity's output, leverage and rank from the PERT
 * distributions of its estimates, and the one-at-a-time {@link dev.leverage.simulation.Sensitivity}
 * of leverage to each estimate.
 */
@LeverageStyle
package dev.leverage.simulation;

import dev.leverage.internal.LeverageStyle;
