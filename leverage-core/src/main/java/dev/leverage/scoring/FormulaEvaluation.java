package dev.leverage.scoring;

import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.Token;
import dev.leverage.activity.Activity;
import dev.leverage.internal.Magnitudes;
import dev.leverage.internal.Numbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Evaluates the syntax tree in doubles, one operation per node, refusing every result beyond
 * ±{@link Magnitudes#LIMIT}, NaN or a division by zero at the node that produced it.
 */
final class FormulaEvaluation {
  static final String RANGE = "beyond ±1e300, the largest a formula computes with";

  static final String TINY = "closer to 0 than ±1e-300, the smallest a formula computes with";

  /** The smallest magnitude, other than 0, a formula computes with. */
  static final double SMALLEST = 1e-300;

  private final Map<String, Double> variables;

  FormulaEvaluation(Map<String, Double> variables) {
    this.variables = variables;
  }

  double value(ASTNode node) throws Refusal {
    Token token = node.getToken();
    List<ASTNode> parameters = node.getParameters();
    switch (token.getType()) {
      case NUMBER_LITERAL:
        return FormulaStrategy.literal(token.getValue());
      case VARIABLE_OR_CONSTANT:
        return variables.get(token.getValue().toLowerCase(Locale.ROOT));
      case PREFIX_OPERATOR:
        double operand = value(parameters.get(0));
        return token.getValue().equals("-") ? -operand : operand;
      case INFIX_OPERATOR:
        return infix(token, value(parameters.get(0)), value(parameters.get(1)));
      case FUNCTION:
        return function(token, parameters);
      default:
        throw new IllegalStateException("a checked formula has no " + token);
    }
  }

  private static double infix(Token token, double left, double right) throws Refusal {
    switch (token.getValue()) {
      case "+":
        return bounded(token, left + right);
      case "-":
        return bounded(token, left - right);
      case "*":
        return bounded(token, notUnderflow(token, left * right, left != 0 && right != 0));
      case "/":
        return bounded(token, notUnderflow(token, left / nonZero(token, right), left != 0));
      case "%":
        return bounded(token, left % nonZero(token, right));
      case "^":
        return power(token, left, right);
      default:
        throw new IllegalStateException("a checked formula has no operator " + token);
    }
  }

  private static double power(Token token, double base, double exponent) throws Refusal {
    if (base == 0 && exponent < 0) {
      throw new Refusal(token, Refusal.Kind.DIVISION_BY_ZERO, "divides by zero");
    }
    double result = Math.pow(base, exponent);
    if (Double.isNaN(result)) {
      throw new Refusal(token, Refusal.Kind.NOT_FINITE, "is a power of a negative number");
    }
    return bounded(token, notUnderflow(token, result, base != 0));
  }

  private double function(Token token, List<ASTNode> parameters) throws Refusal {
    double[] values = new double[parameters.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = value(parameters.get(i));
    }
    String name = token.getValue().toUpperCase(Locale.ROOT);
    switch (name) {
      case "ABS":
        return Math.abs(values[0]);
      case "CEILING":
        return Math.ceil(values[0]);
      case "FLOOR":
        return Math.floor(values[0]);
      case "SQRT":
        return Math.sqrt(nonNegative(token, values[0]));
      case "LOG":
        return Math.log(positive(token, values[0]));
      case "LOG10":
        return Math.log10(positive(token, values[0]));
      case "ROUND":
        return round(token, values[0], values[1]);
      case "MAX":
        return Arrays.stream(values).max().orElseThrow();
      case "MIN":
        return Arrays.stream(values).min().orElseThrow();
      case "SUM":
        return bounded(token, sum(values));
      case "AVERAGE":
        return bounded(token, sum(values) / values.length);
      default:
        throw new IllegalStateException("a checked formula has no function " + name);
    }
  }

  private static double sum(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum;
  }

  /** {@code ROUND(value, digits)} as EvalEx rounds with DECIMAL64: half to even. */
  private static double round(Token token, double value, double digits) throws Refusal {
    if (!(Math.abs(digits) <= FormulaStrategy.MAX_ROUND_DIGITS)) {
      throw new Refusal(
          token,
          Refusal.Kind.INVALID_PARAMETER,
          "the digits to round to must be from -"
              + FormulaStrategy.MAX_ROUND_DIGITS
              + " to "
              + FormulaStrategy.MAX_ROUND_DIGITS
              + ", was "
              + Numbers.format(digits));
    }
    return bounded(
        token,
        BigDecimal.valueOf(value).setScale((int) digits, RoundingMode.HALF_EVEN).doubleValue());
  }

  private static double nonZero(Token token, double divisor) throws Refusal {
    if (divisor == 0) {
      throw new Refusal(token, Refusal.Kind.DIVISION_BY_ZERO, "divides by zero");
    }
    return divisor;
  }

  private static double nonNegative(Token token, double value) throws Refusal {
    if (value < 0) {
      throw new Refusal(token, Refusal.Kind.INVALID_PARAMETER, "parameter must not be negative");
    }
    return value;
  }

  private static double positive(Token token, double value) throws Refusal {
    if (value == 0) {
      throw new Refusal(token, Refusal.Kind.INVALID_PARAMETER, "parameter must not be zero");
    }
    return nonNegative(token, value);
  }

  /** {@code value} unless it is 0 where the exact result is not ({@code nonZero}). */
  private static double notUnderflow(Token token, double value, boolean nonZero) throws Refusal {
    if (value == 0 && nonZero) {
      throw new Refusal(token, Refusal.Kind.NOT_FINITE, "is " + TINY);
    }
    return value;
  }

  /** {@code value} when it is 0 or a number from 1e-300 to 1e300 either side of 0. */
  private static double bounded(Token token, double value) throws Refusal {
    if (Double.isNaN(value)) {
      throw new Refusal(token, Refusal.Kind.NOT_FINITE, "is not a real number");
    }
    if (!(Math.abs(value) <= Magnitudes.LIMIT)) {
      throw new Refusal(token, Refusal.Kind.NOT_FINITE, "is " + RANGE);
    }
    if (value != 0 && Math.abs(value) < SMALLEST) {
      throw new Refusal(token, Refusal.Kind.NOT_FINITE, "is " + TINY);
    }
    return value;
  }

  /** Why a formula has no value for an activity, at one node of its syntax tree. */
  static final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Token token;
    private final Kind kind;
    private final String reason;

    enum Kind {
      DIVISION_BY_ZERO,
      NOT_FINITE,
      INVALID_PARAMETER
    }

    Refusal(Token token, Kind kind, String reason) {
      super(reason, null, false, false);
      this.token = token;
      this.kind = kind;
      this.reason = reason;
    }

    String describe(String expression, Activity activity, Map<String, Double> inputs) {
      String at = " at position " + token.getStartPosition() + " of '" + expression + "'";
      return switch (kind) {
        case DIVISION_BY_ZERO ->
            "formula divides by zero"
                + at
                + " for activity '"
                + activity.id()
                + "'; "
                + FormulaEvaluation.describe(inputs);
        case NOT_FINITE ->
            "formula '"
                + expression
                + "' gives activity '"
                + activity.id()
                + "' no finite real number at position "
                + token.getStartPosition()
                + " ('"
                + token.getValue()
                + "' "
                + reason
                + "); "
                + FormulaEvaluation.describe(inputs);
        case INVALID_PARAMETER ->
            "formula cannot be evaluated"
                + at
                + " for activity '"
                + activity.id()
                + "' ('"
                + token.getValue()
                + "': "
                + reason
                + "); "
                + FormulaEvaluation.describe(inputs);
      };
    }
  }

  static String describe(Map<String, Double> inputs) {
    if (inputs.isEmpty()) {
      return "it uses no variables";
    }
    return "its inputs were "
        + inputs.entrySet().stream()
            .map(e -> e.getKey() + " = " + Numbers.format(e.getValue()))
            .collect(Collectors.joining(", "));
  }
}
