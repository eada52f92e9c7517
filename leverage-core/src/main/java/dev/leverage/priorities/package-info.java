/**
 * What to work on first, derived from ranked candidates: {@link
 * dev.leverage.priorities.CoachingPriorities} ranks a coach's coaching candidates and names each
 * product manager's first priority (§8 of the model).
 */
package dev.leverage.priorities;
