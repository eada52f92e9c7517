/**
 * Coaching product managers (§8 of the model): each PM's level on seven {@link
 * dev.leverage.coaching.Characteristic}s, and the {@link dev.leverage.coaching.Coaching} setup that
 * turns every level step below a target into an ordinary candidate activity of the coach, so the
 * same ranking, planning and simulation apply; {@link dev.leverage.priorities.CoachingPriorities}
 * answers what each PM should work on first.
 */
@LeverageStyle
package dev.leverage.coaching;

import dev.leverage.internal.LeverageStyle;
