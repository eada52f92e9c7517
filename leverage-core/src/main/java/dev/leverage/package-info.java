/**
 * The managerial leverage model: a manager's output is the output of their own teams plus the teams
 * they influence, and leverage is the output an activity creates per hour of the manager's time.
 *
 * <p>This package holds what every part shares: {@link dev.leverage.InvalidModelException}, the one
 * exception thrown for invalid input, and its {@link dev.leverage.Problem}s.
 */
package dev.leverage;
