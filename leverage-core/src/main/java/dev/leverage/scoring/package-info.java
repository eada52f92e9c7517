/**
 * Scoring strategies and rankings (§6 of the model): a {@link dev.leverage.scoring.ScoringStrategy}
 * turns an activity into a {@link dev.leverage.scoring.Score} with its breakdown; a {@link
 * dev.leverage.scoring.Ranking} orders activities by score, ties by id; a {@link
 * dev.leverage.scoring.Disagreement} shows where rankings by different strategies disagree.
 *
 * <p>Built in: {@code leverage}, {@code rice}, {@code ice}, {@code wsjf}, {@code formula} (a safe
 * user expression, evaluated by EvalEx, shaded into this library) and weighted composites; users
 * add their own by implementing {@code ScoringStrategy}.
 */
package dev.leverage.scoring;
