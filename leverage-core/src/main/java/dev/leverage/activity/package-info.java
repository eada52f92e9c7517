/**
 * Activities a manager can spend time on, their effects on teams, and the output and leverage they
 * create (§4 of the model).
 */
@LeverageStyle
package dev.leverage.activity;

import dev.leverage.internal.LeverageStyle;
