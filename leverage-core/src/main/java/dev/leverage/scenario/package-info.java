/**
 * A scenario: the organization, the activities and the horizon, checked together (§9 of the model
 * describes its file format).
 */
@LeverageStyle
package dev.leverage.scenario;

import dev.leverage.internal.LeverageStyle;
