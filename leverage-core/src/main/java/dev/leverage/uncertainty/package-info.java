/**
 * Three-point estimates and their distributions (§5 of the model): an {@link
 * dev.leverage.uncertainty.Estimate} of low, likely and high values, its PERT mean, and the {@link
 * dev.leverage.uncertainty.PertDistribution} a simulation draws it from.
 */
@LeverageStyle
package dev.leverage.uncertainty;

import dev.leverage.internal.LeverageStyle;
