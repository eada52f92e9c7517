package dev.leverage.scoring;

import static java.util.Objects.requireNonNull;

import dev.leverage.activity.Activity;
import java.util.Collection;
import java.util.List;

/**
 * Turns an activity, in its context, into a {@link Score}: higher is better, and the score explains
 * itself with a breakdown whose terms sum to the score.
 *
 * <p>Implement {@link #score} (a lambda will do) and, to be found by name, {@link #name}.
 * Implementations must be deterministic, side-effect free and thread-safe; a score that cannot be
 * computed (a missing attribute, a division by zero) is reported by throwing {@link
 * dev.leverage.InvalidModelException} naming the activity and what is missing. The calculator finds
 * a user's implementation by name through {@link java.util.ServiceLoader} (a {@code
 * META-INF/services/dev.leverage.scoring.ScoringStrategy} file in the user's jar) or by class name;
 * either way it needs a public no-argument constructor.
 *
 * <p>Built in (§6 of the model): {@link #leverage()}, {@link #rice()}, {@link #ice()}, {@link
 * #wsjf()}, {@link #formula(String)} and {@link #composite(WeightedStrategy...)}.
 */
@FunctionalInterface
public interface ScoringStrategy {

  /**
   * Scores {@code activity}; {@code context} gives its output, leverage and attributes.
   *
   * @param activity the activity
   * @param context the scoring context
   * @return the score and its breakdown
   */
  Score score(Activity activity, ScoringContext context);

  /**
   * {@return the strategy's name, as the calculator's {@code --strategy} option and JSON show it}
   */
  default String name() {
    return "custom";
  }

  /**
   * {@return this strategy with {@code weight}, a part of a {@linkplain #composite composite}}
   *
   * @param weight the strategy's weight in a composite, finite and greater than 0
   */
  default WeightedStrategy weighted(double weight) {
    return new WeightedStrategy(this, weight);
  }

  /** {@return the default strategy: leverage, the output an activity creates per hour of effort} */
  static ScoringStrategy leverage() {
    return LeverageStrategy.INSTANCE;
  }

  /**
   * {@return the RICE strategy, {@code reach × impact × confidence / effort}, from the attributes
   * {@code reach}, {@code impact} and {@code confidence}, and {@code effort} when the activity has
   * it, else its hours} The breakdown is one term; the inputs name each factor.
   */
  static ScoringStrategy rice() {
    return AttributeProduct.RICE;
  }

  /**
   * {@return the ICE strategy, {@code impact × confidence × ease}, from the attributes of those
   * names} The breakdown is one term; the inputs name each factor.
   */
  static ScoringStrategy ice() {
    return AttributeProduct.ICE;
  }

  /**
   * {@return the WSJF strategy (weighted shortest job first), {@code (businessValue +
   * timeCriticality + riskReduction) / jobSize}, from the attributes of those names, and {@code
   * jobSize} when the activity has it, else its hours} The breakdown has one term per part of the
   * cost of delay, each divided by the job size.
   */
  static ScoringStrategy wsjf() {
    return WsjfStrategy.INSTANCE;
  }

  /**
   * A user's formula over the activity's attributes and its {@code output}, {@code hours} and
   * {@code leverage}, such as {@code reach * impact * confidence / hours}.
   *
   * <p>Formulas hold numbers, variables (matched ignoring case), {@code + - * / % ^} ({@code ^}
   * binds tighter than a leading minus), parentheses and the functions {@code ABS, AVERAGE,
   * CEILING, FLOOR, LOG, LOG10, MAX, MIN, ROUND, SQRT, SUM}; nothing else, so a formula cannot
   * reach code. Evaluation is in decimal arithmetic of 16 significant digits. An activity without
   * an attribute the formula uses, a division by zero or a result that is not a finite number is an
   * {@link dev.leverage.InvalidModelException} naming the activity.
   *
   * <p>The evaluator is EvalEx, inside this library's jar (relocated to a package of its own):
   * callers add nothing to use formulas, on the class path or the module path.
   *
   * @param expression the formula
   * @return the formula strategy
   * @throws dev.leverage.InvalidModelException at path {@code formula} for a syntax error (with its
   *     position) or anything outside the list above
   */
  static ScoringStrategy formula(String expression) {
    requireNonNull(expression, "expression");
    return FormulaStrategy.parse(expression);
  }

  /**
   * A weighted composite: each part's score is min–max normalised over the scenario's activities to
   * [0, 1] (1 when all score the same), and the composite is the weighted mean of the normalised
   * scores, {@code Σ (w_i / Σ w) · n_i}, in [0, 1]. The breakdown has one term per part, {@code
   * (w_i / Σ w) · n_i}; the inputs hold each part's raw score, minimum and maximum.
   *
   * <p>Normalisation needs every activity of the scenario to be scored by every part, so a part
   * that cannot score one of them fails the composite for all.
   *
   * @param parts at least one strategy with its weight, for example {@code rice().weighted(2)}
   * @return the composite strategy
   */
  static ScoringStrategy composite(WeightedStrategy... parts) {
    return new CompositeStrategy(List.of(parts));
  }

  /**
   * A weighted composite of {@code parts}, as {@link #composite(WeightedStrategy...)}.
   *
   * @param parts the strategies with their weights
   * @return the composite strategy
   */
  static ScoringStrategy composite(List<WeightedStrategy> parts) {
    return new CompositeStrategy(parts);
  }

  /**
   * {@return the names of the built-in strategies: {@code leverage, rice, ice, wsjf, formula}}
   * Every one but {@code formula}, which needs an expression, is found by {@link #byName(String)}.
   */
  static List<String> builtInNames() {
    return BuiltIns.NAMES;
  }

  /**
   * {@return the built-in strategy called {@code name}, ignoring case}
   *
   * @param name a strategy's name, in any case
   * @throws dev.leverage.InvalidModelException at path {@code strategy}, listing the available
   *     names, when {@code name} is unknown or is {@code formula} (which needs an expression)
   */
  static ScoringStrategy byName(String name) {
    return BuiltIns.find(name, List.of());
  }

  /**
   * {@return the strategy called {@code name}, ignoring case: a built-in one, else one of {@code
   * more} (by {@link #name()})}
   *
   * @param name a strategy's name, in any case
   * @param more strategies besides the built-in ones
   * @throws dev.leverage.InvalidModelException at path {@code strategy}, listing every available
   *     name, when none is called {@code name}
   */
  static ScoringStrategy byName(String name, Collection<? extends ScoringStrategy> more) {
    return BuiltIns.find(name, more);
  }

  /**
   * {@return {@code strategy} under {@code name}}
   *
   * @param name the name to show
   * @param strategy the scoring strategy
   */
  static ScoringStrategy named(String name, ScoringStrategy strategy) {
    requireNonNull(name, "name");
    requireNonNull(strategy, "strategy");
    return new ScoringStrategy() {
      @Override
      public Score score(Activity activity, ScoringContext context) {
        return strategy.score(activity, context);
      }

      @Override
      public String name() {
        return name;
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
