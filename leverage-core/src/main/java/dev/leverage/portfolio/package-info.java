/**
 * The product portfolio of a manager of product managers (§8 of the model): the {@link
 * dev.leverage.portfolio.Portfolio} with its strategy, the company's vision and weighted
 * objectives, strategy pillars, products and roadmap, and the {@link
 * dev.leverage.portfolio.Alignment} report that says whether it hangs together.
 */
@LeverageStyle
package dev.leverage.portfolio;

import dev.leverage.internal.LeverageStyle;
