package dev.leverage.scoring;

import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.MapBasedFunctionDictionary;
import com.ezylang.evalex.config.MapBasedOperatorDictionary;
import com.ezylang.evalex.functions.FunctionIfc;
import com.ezylang.evalex.functions.basic.AbsFunction;
import com.ezylang.evalex.functions.basic.AverageFunction;
import com.ezylang.evalex.functions.basic.CeilingFunction;
import com.ezylang.evalex.functions.basic.FloorFunction;
import com.ezylang.evalex.functions.basic.Log10Function;
import com.ezylang.evalex.functions.basic.LogFunction;
import com.ezylang.evalex.functions.basic.MaxFunction;
import com.ezylang.evalex.functions.basic.MinFunction;
import com.ezylang.evalex.functions.basic.RoundFunction;
import com.ezylang.evalex.functions.basic.SqrtFunction;
import com.ezylang.evalex.functions.basic.SumFunction;
import com.ezylang.evalex.operators.OperatorIfc;
import com.ezylang.evalex.operators.arithmetic.InfixDivisionOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.InfixModuloOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMultiplicationOperator;
import com.ezylang.evalex.operators.arithmetic.InfixPlusOperator;
import com.ezylang.evalex.operators.arithmetic.InfixPowerOfOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixPlusOperator;
import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.ParseException;
import com.ezylang.evalex.parser.Token;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.Spelling;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.internal.Magnitudes;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A user's expression over an activity's attributes and its {@code output}, {@code hours} and
 * {@code leverage}, evaluated by EvalEx with nothing but arithmetic and a few math functions.
 *
 * <p>EvalEx parses the formula with a whitelist: the operators {@code + - * / % ^}, the functions
 * in {@link #FUNCTIONS}, no constants, no strings, arrays, structures or implicit multiplication.
 * EvalEx never calls methods by name or reflects on user input, so nothing in a formula can reach
 * code. Variables are matched ignoring case, as EvalEx does.
 *
 * <p><b>Bounded evaluation.</b> The syntax tree is evaluated here, in double precision, one
 * operation per node: a formula of at most {@value #MAX_LENGTH} characters costs at most that many
 * steps, whatever its numbers (EvalEx's own big-decimal arithmetic spends minutes on {@code
 * 9^9^9^9} or {@code FLOOR(1e99999999)}). Every number written in a formula and every intermediate
 * result must be 0 or lie from 1e-300 to {@link Magnitudes#LIMIT} either side of 0 (so no result
 * silently overflows or underflows); {@code ROUND}'s digits within ±{@value #MAX_ROUND_DIGITS}.
 * Anything else is an {@link InvalidModelException} naming the formula, the position and what is
 * allowed. Immutable and thread-safe: the syntax tree is parsed once and only read afterwards.
 */
final class FormulaStrategy implements ScoringStrategy {
  static final String NAME = "formula";
  static final int MAX_LENGTH = 1000;

  /** The most digits {@code ROUND} may round to, either side of the decimal point. */
  static final int MAX_ROUND_DIGITS = 300;

  static final ImmutableSet<String> VARIABLES = ImmutableSet.of("output", "hours", "leverage");

  private static final ImmutableMap<String, FunctionIfc> FUNCTIONS =
      ImmutableMap.<String, FunctionIfc>builder()
          .put("ABS", new AbsFunction())
          .put("AVERAGE", new AverageFunction())
          .put("CEILING", new CeilingFunction())
          .put("FLOOR", new FloorFunction())
          .put("LOG", new LogFunction())
          .put("LOG10", new Log10Function())
          .put("MAX", new MaxFunction())
          .put("MIN", new MinFunction())
          .put("ROUND", new RoundFunction())
          .put("SQRT", new SqrtFunction())
          .put("SUM", new SumFunction())
          .buildOrThrow();

  private static final List<Map.Entry<String, OperatorIfc>> OPERATORS =
      List.of(
          Map.entry("+", new InfixPlusOperator()),
          Map.entry("-", new InfixMinusOperator()),
          Map.entry("*", new InfixMultiplicationOperator()),
          Map.entry("/", new InfixDivisionOperator()),
          Map.entry("%", new InfixModuloOperator()),
          Map.entry("^", new InfixPowerOfOperator()),
          Map.entry("+", new PrefixPlusOperator()),
          Map.entry("-", new PrefixMinusOperator()));

  private static final Set<Token.TokenType> ALLOWED_TOKENS =
      EnumSet.of(
          Token.TokenType.NUMBER_LITERAL,
          Token.TokenType.VARIABLE_OR_CONSTANT,
          Token.TokenType.INFIX_OPERATOR,
          Token.TokenType.PREFIX_OPERATOR,
          Token.TokenType.FUNCTION);

  private static final ExpressionConfiguration CONFIGURATION = configuration();

  private static final String ALLOWED =
      "formulas use numbers, variables, + - * / % ^, parentheses and the functions "
          + String.join(", ", FUNCTIONS.keySet())
          + "; method calls, fields, strings and arrays are refused";

  private final String expression;
  private final ASTNode tree;
  private final ImmutableMap<String, Integer> variables;

  private FormulaStrategy(
      String expression, ASTNode tree, ImmutableMap<String, Integer> variables) {
    this.expression = expression;
    this.tree = tree;
    this.variables = variables;
  }

  private static ExpressionConfiguration configuration() {
    MapBasedOperatorDictionary operators = new MapBasedOperatorDictionary();
    OPERATORS.forEach(entry -> operators.addOperator(entry.getKey(), entry.getValue()));
    MapBasedFunctionDictionary functions = new MapBasedFunctionDictionary();
    FUNCTIONS.forEach(functions::addFunction);
    return ExpressionConfiguration.builder()
        .operatorDictionary(operators)
        .functionDictionary(functions)
        .mathContext(MathContext.DECIMAL64)
        .defaultConstants(Map.of())
        .allowOverwriteConstants(false)
        .arraysAllowed(false)
        .structuresAllowed(false)
        .binaryAllowed(false)
        .implicitMultiplicationAllowed(false)
        .singleQuoteStringLiteralsAllowed(false)
        .powerOfPrecedence(OperatorIfc.OPERATOR_PRECEDENCE_POWER_HIGHER)
        .build();
  }

  /**
   * Parses {@code expression} and checks that it holds only what a formula may hold.
   *
   * @throws InvalidModelException at path {@code formula} for an empty or overlong expression, a
   *     syntax error (with its position) or anything outside the whitelist
   */
  static FormulaStrategy parse(String expression) {
    if (expression == null || expression.isBlank()) {
      throw InvalidModelException.of(
          "formula",
          "the formula is empty; write an expression such as 'reach * impact * confidence / hours'");
    }
    if (expression.length() > MAX_LENGTH) {
      throw InvalidModelException.of(
          "formula",
          "the formula is "
              + expression.length()
              + " characters long; at most "
              + MAX_LENGTH
              + " are allowed");
    }
    Expression parsed = new Expression(expression, CONFIGURATION);
    ASTNode tree;
    List<ASTNode> nodes;
    try {
      parsed.validate();
      tree = parsed.getAbstractSyntaxTree();
      nodes = parsed.getAllASTNodes();
    } catch (ParseException e) {
      throw InvalidModelException.of("formula", describeParseError(expression, e));
    } catch (RuntimeException e) {
      // EvalEx's parser fails on some malformed expressions with an unchecked exception (for
      // example an unmatched ')' after a function call); it is still a syntax error of the user's.
      throw InvalidModelException.of(
          "formula",
          "syntax error in '"
              + expression
              + "': check that every '(' has its ')' and that operators stand between operands");
    }
    Map<String, Integer> variables = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (ASTNode node : nodes) {
      Token token = node.getToken();
      if (!ALLOWED_TOKENS.contains(token.getType())) {
        String shown =
            token.getType() == Token.TokenType.STRING_LITERAL
                ? "\"" + token.getValue() + "\""
                : token.getValue();
        problems.add(
            Problem.at(
                "formula",
                "'"
                    + shown
                    + "' at position "
                    + token.getStartPosition()
                    + " of '"
                    + expression
                    + "' is not allowed: "
                    + ALLOWED));
      } else if (token.getType() == Token.TokenType.VARIABLE_OR_CONSTANT) {
        String name = token.getValue().toLowerCase(Locale.ROOT);
        variables.merge(name, token.getStartPosition(), Math::min);
      } else if (token.getType() == Token.TokenType.NUMBER_LITERAL) {
        double value = literal(token.getValue());
        String wrong =
            !(Math.abs(value) <= Magnitudes.LIMIT)
                ? FormulaEvaluation.RANGE
                : value != 0 && Math.abs(value) < FormulaEvaluation.SMALLEST
                    ? FormulaEvaluation.TINY
                    : null;
        if (wrong == null && value == 0 && !token.getValue().matches("(?i)[0.]*(e.*)?|0x0*")) {
          wrong = FormulaEvaluation.TINY; // a number such as 1e-999 that is not 0 but reads as 0
        }
        if (wrong != null) {
          problems.add(
              Problem.at(
                  "formula",
                  "number '"
                      + token.getValue()
                      + "' at position "
                      + token.getStartPosition()
                      + " of '"
                      + expression
                      + "' is "
                      + wrong));
        }
      }
    }
    InvalidModelException.throwIfAny(problems);
    return new FormulaStrategy(expression, tree, ImmutableMap.copyOf(variables));
  }

  /** The value of a number literal as EvalEx reads it: decimal, scientific or {@code 0x} hex. */
  static double literal(String text) {
    try {
      if (text.startsWith("0x") || text.startsWith("0X")) {
        return new BigInteger(text.substring(2), 16).doubleValue();
      }
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static String describeParseError(String expression, ParseException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    String at = " at position " + e.getStartPosition() + " of '" + expression + "'";
    if (message.startsWith("Undefined function")) {
      return "'" + e.getTokenString() + "'" + at + " is not an available function: " + ALLOWED;
    }
    if (message.startsWith("Undefined operator")) {
      return "'" + e.getTokenString() + "'" + at + " is not allowed: " + ALLOWED;
    }
    return "syntax error" + at + ": " + lowercaseFirst(message);
  }

  private static String lowercaseFirst(String message) {
    return message.isEmpty()
        ? message
        : Character.toLowerCase(message.charAt(0)) + message.substring(1);
  }

  /** The expression as the user wrote it. */
  String expression() {
    return expression;
  }

  @Override
  public Score score(Activity activity, ScoringContext context) {
    Map<String, Double> inputs = inputs(activity, context);
    Map<String, Double> byName = new LinkedHashMap<>();
    inputs.forEach((name, value) -> byName.put(name.toLowerCase(Locale.ROOT), value));
    String path = context.scenario().pathOf(activity);
    double value;
    try {
      value = new FormulaEvaluation(byName).value(tree);
    } catch (FormulaEvaluation.Refusal refusal) {
      throw InvalidModelException.of(path, refusal.describe(expression, activity, inputs));
    }
    return Checks.finite(Score.single(expression, value, inputs), activity, context, NAME);
  }

  /** The value of each variable the formula uses, under its name, in order of appearance. */
  private Map<String, Double> inputs(Activity activity, ScoringContext context) {
    Map<String, String> attributeNames = attributeNames(activity, context);
    ActivityOutput output = context.output(activity);
    Map<String, Double> inputs = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<String, Integer> variable : variables.entrySet()) {
      String name = variable.getKey();
      switch (name) {
        case "output" -> inputs.put(name, output.output());
        case "hours" -> inputs.put(name, output.hours());
        case "leverage" -> inputs.put(name, output.leverage());
        default -> {
          String attribute = attributeNames.get(name);
          if (attribute != null) {
            inputs.put(attribute, context.attribute(activity, attribute, NAME));
          } else {
            problems.add(missing(activity, context, name, variable.getValue()));
          }
        }
      }
    }
    InvalidModelException.throwIfAny(problems);
    return inputs;
  }

  /** The activity's attribute names by their lowercase form, refusing clashes. */
  private static Map<String, String> attributeNames(Activity activity, ScoringContext context) {
    Map<String, String> names = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    String path = context.scenario().pathOf(activity) + ".attributes";
    for (String attribute : activity.attributes().keySet()) {
      String lower = attribute.toLowerCase(Locale.ROOT);
      if (VARIABLES.contains(lower)) {
        problems.add(
            Problem.at(
                path + "." + attribute,
                "attribute '"
                    + attribute
                    + "' of activity '"
                    + activity.id()
                    + "' has the name of the formula variable '"
                    + lower
                    + "' (output, hours and leverage come from the model); rename the attribute"));
        continue;
      }
      String previous = names.putIfAbsent(lower, attribute);
      if (previous != null) {
        problems.add(
            Problem.at(
                path + "." + attribute,
                "attributes '"
                    + previous
                    + "' and '"
                    + attribute
                    + "' of activity '"
                    + activity.id()
                    + "' differ only in case, which formulas do not tell apart; rename one"));
      }
    }
    InvalidModelException.throwIfAny(problems);
    return names;
  }

  private Problem missing(Activity activity, ScoringContext context, String name, int position) {
    KnownAttributes attributes =
        context.derived(KnownAttributes.class, () -> KnownAttributes.of(context));
    String named = attributes.first.get(name.toLowerCase(Locale.ROOT));
    if (named != null) {
      try {
        context.attribute(activity, named, NAME);
      } catch (InvalidModelException e) {
        return e.problems().get(0);
      }
    }
    Set<String> known = attributes.all;
    List<String> candidates = new ArrayList<>(VARIABLES);
    candidates.addAll(known);
    return Problem.at(
        "formula",
        "unknown variable '"
            + name
            + "' at position "
            + position
            + " of '"
            + expression
            + "'"
            + Spelling.closest(name, candidates).map(c -> ", did you mean '" + c + "'?").orElse("")
            + " (a formula can use output, hours, leverage and the activities' attributes"
            + (known.isEmpty()
                ? ", but no activity has any)"
                : ": " + String.join(", ", known) + ")"));
  }

  /**
   * The attribute names of a scenario's activities, gathered once per context: all of them sorted,
   * and the first spelling met of each name ignoring case (activities in order).
   */
  private record KnownAttributes(ImmutableSortedSet<String> all, Map<String, String> first) {
    static KnownAttributes of(ScoringContext context) {
      Set<String> all = new TreeSet<>();
      Map<String, String> first = new HashMap<>();
      for (Activity activity : context.scenario().activities()) {
        for (String attribute : activity.attributes().keySet()) {
          all.add(attribute);
          first.putIfAbsent(attribute.toLowerCase(Locale.ROOT), attribute);
        }
      }
      return new KnownAttributes(ImmutableSortedSet.copyOf(all), first);
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String toString() {
    return NAME + " '" + expression + "'";
  }
}
