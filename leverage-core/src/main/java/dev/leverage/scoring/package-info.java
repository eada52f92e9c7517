/**
 * Scoring strategies and rankings (§6 of the model): a {@link dev.leverage.scoring.ScoringStrategy}
 * turns an activity into a {@link dev.leverage.scoring.Score} with its breakdown; a {@link
 * dev.leverage.scoring.Ranking} orders activities by score, ties by id.
 */
package dev.leverage.scoring;
