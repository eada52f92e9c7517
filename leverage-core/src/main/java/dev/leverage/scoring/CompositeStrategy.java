package dev.leverage.scoring;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.activity.Activity;
import dev.leverage.internal.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A weighted sum of min–max normalised scores.
 *
 * <p>For each part <i>i</i> with score <i>s<sub>i</sub></i> and weight <i>w<sub>i</sub></i>, the
 * minimum and maximum of <i>s<sub>i</sub></i> over all activities of the scenario give the
 * normalised score {@code n_i = (s_i − min_i) / (max_i − min_i)}, in [0, 1] (1 when every activity
 * scores the same). The composite score is {@code Σ (w_i / Σ w) · n_i}, in [0, 1], with one term
 * per part.
 */
final class CompositeStrategy implements ScoringStrategy {
  static final String NAME = "composite";

  private final ImmutableList<WeightedStrategy> parts;
  private final double totalWeight;

  CompositeStrategy(List<WeightedStrategy> parts) {
    checkArgument(!parts.isEmpty(), "a composite needs at least one strategy");
    this.parts = ImmutableList.copyOf(parts);
    double total = 0;
    for (WeightedStrategy part : parts) {
      total += part.weight();
    }
    checkArgument(Double.isFinite(total), "the weights must have a finite sum, was %s", total);
    this.totalWeight = total;
  }

  @Override
  public Score score(Activity activity, ScoringContext context) {
    List<Score.Term> terms = new ArrayList<>();
    Map<String, Double> inputs = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    double value = 0;
    for (WeightedStrategy part : parts) {
      ScoringStrategy strategy = part.strategy();
      try {
        Range range = context.derived(new RangeKey(strategy), () -> Range.of(strategy, context));
        double raw = Checks.score(strategy, activity, context).value();
        double normalised = range.normalise(raw);
        double share = part.weight() / totalWeight;
        double term = share * normalised;
        value += term;
        terms.add(
            new Score.Term(
                strategy.name()
                    + " (weight "
                    + Numbers.format(share)
                    + ", normalised "
                    + Numbers.format(normalised)
                    + ")",
                term));
        inputs.put(strategy.name(), raw);
        inputs.put(strategy.name() + ".min", range.min());
        inputs.put(strategy.name() + ".max", range.max());
      } catch (InvalidModelException e) {
        problems.addAll(e.problems());
      }
    }
    InvalidModelException.throwIfAny(problems.stream().distinct().toList());
    return Checks.finite(Score.of(value, terms, inputs), activity, context, NAME);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String toString() {
    return NAME
        + parts.stream()
            .map(p -> p.strategy().name() + " x" + Numbers.format(p.weight()))
            .collect(Collectors.joining(", ", "(", ")"));
  }

  /** Remembers one part's range per context; strategies compare by their own equality. */
  private record RangeKey(ScoringStrategy strategy) {}

  /** The lowest and highest score of one strategy over the scenario's activities. */
  private record Range(double min, double max) {
    static Range of(ScoringStrategy strategy, ScoringContext context) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      List<Problem> problems = new ArrayList<>();
      for (Activity activity : context.scenario().activities()) {
        try {
          double value = Checks.score(strategy, activity, context).value();
          min = Math.min(min, value);
          max = Math.max(max, value);
        } catch (InvalidModelException e) {
          problems.addAll(e.problems());
        }
      }
      InvalidModelException.throwIfAny(problems);
      return new Range(min, max);
    }

    double normalise(double value) {
      return max > min ? (value - min) / (max - min) : 1.0;
    }
  }
}
