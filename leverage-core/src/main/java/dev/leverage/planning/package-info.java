/**
 * Planning a manager's week (§7 of the model): the set of activities that fits a time budget, is
 * closed under {@code requires} and creates the most output, found exactly; its execution order;
 * what was left out and why; and the frontier of the best output for every budget.
 *
 * <p>Start with {@link dev.leverage.planning.Planner}.
 */
@LeverageStyle
package dev.leverage.planning;

import dev.leverage.internal.LeverageStyle;
