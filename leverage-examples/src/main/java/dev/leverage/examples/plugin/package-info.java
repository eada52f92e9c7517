/**
 * A worked example of a user's scoring strategy, found by the calculator's {@code --strategy
 * confident-leverage} through {@link java.util.ServiceLoader}: see {@link
 * dev.leverage.examples.plugin.ConfidentLeverage}.
 */
package dev.leverage.examples.plugin;
