/**
 * Units of the model that must never mix: {@link dev.leverage.unit.Effort} (hours of the manager's
 * work) and {@link dev.leverage.unit.CalendarTime} (weeks of calendar time).
 */
package dev.leverage.unit;
