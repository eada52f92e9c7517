package dev.leverage.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;

/**
 * A strategy's score for one activity, and its breakdown: additive {@link Term}s that sum to the
 * value, and the named inputs it was computed from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the score; higher is better
 * @param terms additive parts of the value, each labelled; they sum to {@code value}
 * @param inputs the figures the score was computed from, by name
 */
public record Score(double value, List<Term> terms, Map<String, Double> inputs) {

  /**
   * Copies the breakdown.
   *
   * @param value the score; higher is better
   * @param terms additive parts of the value, each labelled; they sum to {@code value}
   * @param inputs the figures the score was computed from, by name
   */
  public Score {
    terms = ImmutableList.copyOf(terms);
    inputs = ImmutableMap.copyOf(inputs);
  }

  /**
   * {@return a score of {@code value} with its breakdown}
   *
   * @param value the score; higher is better
   * @param terms additive parts of the value, each labelled; they sum to {@code value}
   * @param inputs the figures the score was computed from, by name
   */
  public static Score of(double value, List<Term> terms, Map<String, Double> inputs) {
    return new Score(value, terms, inputs);
  }

  /**
   * {@return a score made of one term labelled {@code label}}
   *
   * @param label what the term stands for
   * @param value the score; higher is better
   * @param inputs the figures the score was computed from, by name
   */
  public static Score single(String label, double value, Map<String, Double> inputs) {
    return new Score(value, List.of(new Term(label, value)), inputs);
  }

  /**
   * One additive part of a score.
   *
   * @param label what the part stands for
   * @param value its share of the score
   */
  public record Term(String label, double value) {

    /**
     * Checks that the term is labelled.
     *
     * @param label what the part stands for
     * @param value its share of the score
     */
    public Term {
      requireNonNull(label, "label");
    }
  }
}
