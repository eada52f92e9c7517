package dev.leverage.scoring;

import com.ezylang.evalex.BaseException;
import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.MapBasedFunctionDictionary;
import com.ezylang.evalex.config.MapBasedOperatorDictionary;
import com.ezylang.evalex.data.EvaluationValue;
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
import dev.leverage.internal.Numbers;
import java.math.BigDecimal;
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
import java.util.stream.Collectors;

/**
 * A user's expression over an activity's attributes and its {@code output}, {@code hours} and
 * {@code leverage}, evaluated by EvalEx with nothing but arithmetic and a few math functions.
 *
 * <p>The evaluator is configured with a whitelist: the operators {@code + - * / % ^}, the functions
 * in {@link #FUNCTIONS}, no constants, no strings, arrays, structures or implicit multiplication.
 * EvalEx itself never calls methods by name or reflects on user input, so nothing in a formula can
 * reach code. Variables are matched ignoring case, as EvalEx does. Immutable and thread-safe: the
 * syntax tree is parsed once and only read afterwards.
 */
final class FormulaStrategy implements ScoringStrategy {
  static final String NAME = "formula";
  static final int MAX_LENGTH = 1000;
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

  @SuppressWarnings("unchecked")
  private static ExpressionConfiguration configuration() {
    return ExpressionConfiguration.builder()
        .operatorDictionary(
            MapBasedOperatorDictionary.ofOperators(OPERATORS.toArray(new Map.Entry[0])))
        .functionDictionary(
            MapBasedFunctionDictionary.ofFunctions(FUNCTIONS.entrySet().toArray(new Map.Entry[0])))
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
      }
    }
    InvalidModelException.throwIfAny(problems);
    return new FormulaStrategy(expression, tree, ImmutableMap.copyOf(variables));
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
    Expression evaluation = new Expression(expression, CONFIGURATION);
    inputs.forEach(
        (name, value) -> evaluation.with(name, BigDecimal.valueOf(value).stripTrailingZeros()));
    String path = context.scenario().pathOf(activity);
    EvaluationValue result;
    try {
      result = evaluation.evaluateSubtree(tree);
    } catch (EvaluationException e) {
      throw InvalidModelException.of(path, describeEvaluationError(activity, e, inputs));
    } catch (ArithmeticException e) {
      if (String.valueOf(e.getMessage()).startsWith("Division")) {
        throw InvalidModelException.of(
            path,
            "formula '"
                + expression
                + "' divides by zero for activity '"
                + activity.id()
                + "'; "
                + describe(inputs));
      }
      throw notFinite(activity, path, inputs);
    } catch (NumberFormatException e) {
      throw notFinite(activity, path, inputs);
    }
    if (!result.isNumberValue()) {
      throw InvalidModelException.of(
          path,
          "formula '"
              + expression
              + "' gives activity '"
              + activity.id()
              + "' a "
              + result.getDataType().name().toLowerCase(Locale.ROOT)
              + ", not a number");
    }
    double value = result.getNumberValue().doubleValue();
    return Checks.finite(Score.single(expression, value, inputs), activity, context, NAME);
  }

  private InvalidModelException notFinite(
      Activity activity, String path, Map<String, Double> inputs) {
    return InvalidModelException.of(
        path,
        "formula '"
            + expression
            + "' gives activity '"
            + activity.id()
            + "' no finite real number (a power too large, or of a negative number); "
            + describe(inputs));
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

  private String describeEvaluationError(
      Activity activity, BaseException e, Map<String, Double> inputs) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    String at = " at position " + e.getStartPosition() + " of '" + expression + "'";
    if (message.startsWith("Division by zero")) {
      return "formula divides by zero"
          + at
          + " for activity '"
          + activity.id()
          + "'; "
          + describe(inputs);
    }
    return "formula cannot be evaluated"
        + at
        + " for activity '"
        + activity.id()
        + "' ('"
        + e.getTokenString()
        + "': "
        + lowercaseFirst(message)
        + "); "
        + describe(inputs);
  }

  private static String describe(Map<String, Double> inputs) {
    if (inputs.isEmpty()) {
      return "it uses no variables";
    }
    return "its inputs were "
        + inputs.entrySet().stream()
            .map(e -> e.getKey() + " = " + Numbers.format(e.getValue()))
            .collect(Collectors.joining(", "));
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
