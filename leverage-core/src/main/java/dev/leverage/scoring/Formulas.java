package dev.leverage.scoring;

/**
 * The way in to {@link FormulaStrategy}, which must not be loaded when its optional dependency,
 * EvalEx, is missing.
 */
final class Formulas {
  static final String EVALUATOR = "com.ezylang.evalex.Expression";

  private Formulas() {}

  static ScoringStrategy parse(String expression) {
    if (!evaluatorPresent()) {
      throw new IllegalStateException(
          "the formula strategy needs EvalEx 3.5.0 (com.ezylang:EvalEx), an optional dependency"
              + " of leverage-core; add it to the class or module path");
    }
    return FormulaStrategy.parse(expression);
  }

  static boolean evaluatorPresent() {
    try {
      Class.forName(EVALUATOR, false, Formulas.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
