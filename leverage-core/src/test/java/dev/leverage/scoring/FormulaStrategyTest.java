package dev.leverage.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.activity.Activity;
import dev.leverage.activity.Effect;
import dev.leverage.scenario.Scenario;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;

@PropertyDefaults(tries = 50)
class FormulaStrategyTest implements ScoringStrategyContract {

  @Override
  public ScoringStrategy strategy() {
    return ScoringStrategy.formula(
        "reach * impact * confidence / hours + SQRT(ease) - MIN(leverage, 100) / 10 + output % 7");
  }

  private static Scenario launch() {
    return Scenarios.of(
        Scenarios.activity("launch", 8)
            .effects(Effect.on("t", 0.1))
            .attribute("reach", 1000)
            .attribute("impact", 2)
            .attribute("confidence", 0.8)
            .attribute("effort", 0)
            .build());
  }

  @Example
  void evaluatesArithmeticOverAttributesOutputHoursAndLeverage() {
    Scenario scenario = launch();
    // output = 10 · 0.1 · 12 weeks = 12, hours = 8, leverage = 1.5
    Score score =
        Scenarios.score(
            ScoringStrategy.formula("reach * impact * confidence / hours + output - 2 ^ leverage"),
            scenario,
            "launch");
    assertThat(score.value()).isCloseTo(200 + 12 - Math.pow(2, 1.5), within(1e-12));
    assertThat(score.inputs())
        .containsOnlyKeys("reach", "impact", "confidence", "hours", "output", "leverage");
    assertThat(score.terms())
        .extracting(Score.Term::label)
        .containsExactly("reach * impact * confidence / hours + output - 2 ^ leverage");
  }

  @Example
  void offersTheMathFunctionsAndMatchesNamesIgnoringCase() {
    Scenario scenario = launch();
    assertThat(
            Scenarios.score(
                    ScoringStrategy.formula(
                        "sqrt(REACH) * 0 + MAX(impact, 3) + abs(-1) + ROUND(confidence, 0)"
                            + " + floor(1.5) + CEILING(1.5) + log10(100) + AVERAGE(2, 4)"
                            + " + SUM(1, 2) + log(1)"),
                    scenario,
                    "launch")
                .value())
        .isCloseTo(3 + 1 + 1 + 1 + 2 + 2 + 3 + 3, within(1e-12));
  }

  @Example
  void letsAPowerBindTighterThanALeadingMinus() {
    assertThat(Scenarios.score(ScoringStrategy.formula("-2 ^ 2"), launch(), "launch").value())
        .isEqualTo(-4);
  }

  @Example
  void givesTheNameFormula() {
    assertThat(strategy().name()).isEqualTo("formula");
    assertThat(Ranking.of(launch(), ScoringStrategy.formula("reach")).strategy())
        .isEqualTo("formula");
  }

  @Example
  void reportsASyntaxErrorWithItsPosition() {
    assertThatThrownBy(() -> ScoringStrategy.formula("reach * * impact"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "formula: syntax error at position 9 of 'reach * * impact': unexpected token after"
                + " infix operator");
    assertThatThrownBy(() -> ScoringStrategy.formula("(reach + impact"))
        .hasMessageStartingWith("formula: syntax error at position 1 of '(reach + impact'");
    assertThatThrownBy(() -> ScoringStrategy.formula("reach impact"))
        .hasMessageStartingWith("formula: syntax error at position 1 of 'reach impact'");
  }

  @Example
  void reportsAnUnmatchedParenthesisThatTheParserTripsOverAsASyntaxError() {
    // found by FormulaFuzzTest: EvalEx's parser throws NoSuchElementException on it
    String expression = "LOG(0---1-------1-1-3---1---------1---------)1-11";
    assertThatThrownBy(() -> ScoringStrategy.formula(expression))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "formula: syntax error in '"
                + expression
                + "': check that every '(' has its ')' and that operators stand between operands");
  }

  @Example
  void evaluatesDeeplyNestedParenthesesUpToTheLengthLimit() {
    String nested = "(".repeat(497) + "reach" + ")".repeat(497);
    assertThat(nested).hasSize(999);
    assertThat(Scenarios.score(ScoringStrategy.formula(nested), launch(), "launch").value())
        .isEqualTo(1000);
  }

  @Example
  void refusesAnEmptyOrOverlongFormula() {
    assertThatThrownBy(() -> ScoringStrategy.formula("  "))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("formula: the formula is empty");
    assertThatThrownBy(() -> ScoringStrategy.formula("1+".repeat(600) + "1"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("formula: the formula is 1201 characters long; at most 1000 are allowed");
  }

  @Provide
  Arbitrary<String> hostileFormulas() {
    return Arbitraries.of(
        "java.lang.Runtime.getRuntime().exec(\"rm -rf /\")",
        "Runtime.getRuntime().exec(\"ls\")",
        "T(java.lang.Runtime).getRuntime().exec('ls')",
        "exec(\"ls\")",
        "EXEC(1)",
        "System.exit(0)",
        "Class.forName(\"java.lang.Runtime\")",
        "reach.getClass()",
        "reach.class",
        "new java.io.File(\"/etc/passwd\")",
        "\"/etc/passwd\"",
        "'text'",
        "reach[0]",
        "${reach}",
        "#{reach}",
        "@reach",
        "reach; 1",
        "reach = 1",
        "reach == 1",
        "reach > 1",
        "reach && impact",
        "IF(reach > 1, 1, 0)",
        "NOT(reach)",
        "DT_NOW()",
        "DT_DATE_NEW(2024, 1, 1)",
        "RANDOM()",
        "FACT(100000)",
        "STR_UPPER(\"a\")",
        "STR_FORMAT(\"%s\", reach)",
        "SWITCH(reach, 1, 2)",
        "COALESCE(reach, 1)",
        "SIN(reach)",
        "x -> x",
        "reach\u0000",
        "{reach}",
        "`ls`",
        "reach ? 1 : 2",
        "TRUE",
        "PI * reach",
        "NULL");
  }

  @Property
  void refusesAnythingButArithmeticAndMathFunctions(@ForAll("hostileFormulas") String formula) {
    InvalidModelException error = refusal(formula);
    assertThat(error.problems()).isNotEmpty();
    for (Problem problem : error.problems()) {
      assertThat(problem.path()).isIn("formula", "activities[0]");
      assertThat(problem.message())
          .containsAnyOf(
              "is not allowed", "is not an available function", "syntax error", "unknown variable");
    }
  }

  /** Parses and ranks {@code formula}; returns the refusal, failing if there was none. */
  private static InvalidModelException refusal(String formula) {
    try {
      Ranking.of(launch(), ScoringStrategy.formula(formula));
    } catch (InvalidModelException e) {
      return e;
    }
    throw new AssertionError("formula '" + formula + "' was not refused");
  }

  @Example
  void saysWhichFunctionsAndOperatorsAFormulaMayUse() {
    assertThatThrownBy(() -> ScoringStrategy.formula("java.lang.Runtime.getRuntime()"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "formula: '.' at position 5 of 'java.lang.Runtime.getRuntime()' is not allowed:"
                + " formulas use numbers, variables, + - * / % ^, parentheses and the functions"
                + " ABS, AVERAGE, CEILING, FLOOR, LOG, LOG10, MAX, MIN, ROUND, SQRT, SUM; method"
                + " calls, fields, strings and arrays are refused");
    assertThatThrownBy(() -> ScoringStrategy.formula("exec(1)"))
        .hasMessageStartingWith(
            "formula: 'exec' at position 1 of 'exec(1)' is not an available function: formulas"
                + " use");
    assertThatThrownBy(() -> ScoringStrategy.formula("\"abc\" + reach"))
        .hasMessageStartingWith("formula: '\"abc\"' at position 1 of")
        .hasMessageContaining("strings and arrays are refused");
  }

  @Example
  void namesAnUnknownVariableWithItsPositionAndTheClosestName() {
    assertThatThrownBy(() -> Ranking.of(launch(), ScoringStrategy.formula("1 + reech * impact")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "formula: unknown variable 'reech' at position 5 of '1 + reech * impact', did you"
                + " mean 'reach'? (a formula can use output, hours, leverage and the activities'"
                + " attributes: confidence, effort, impact, reach)");
  }

  @Example
  void namesTheActivityTheAttributeAndTheStrategyWhenOneActivityLacksIt() {
    Scenario scenario =
        Scenarios.of(
            Scenarios.activity("a", 1).attribute("reach", 1).build(),
            Scenarios.activity("b", 1).build());
    assertThatThrownBy(() -> Ranking.of(scenario, ScoringStrategy.formula("reach * 2")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "activities[1].attributes: activity 'b' has no attribute 'reach', which strategy"
                + " 'formula' needs; add it under attributes");
  }

  @Example
  void reportsADivisionByZeroWithTheActivityAndItsInputs() {
    assertThatThrownBy(() -> Ranking.of(launch(), ScoringStrategy.formula("reach / effort")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "activities[0]: formula divides by zero at position 7 of 'reach / effort' for"
                + " activity 'launch'; its inputs were reach = 1000, effort = 0");
  }

  @Example
  void reportsResultsThatAreNoFiniteRealNumber() {
    assertThatThrownBy(() -> Ranking.of(launch(), ScoringStrategy.formula("SQRT(-reach)")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "activities[0]: formula cannot be evaluated at position 1 of 'SQRT(-reach)' for"
                + " activity 'launch' ('SQRT': parameter must not be negative); its inputs were"
                + " reach = 1000");
    assertThatThrownBy(() -> Ranking.of(launch(), ScoringStrategy.formula("10 ^ 400")))
        .hasMessage(
            "activities[0]: formula '10 ^ 400' gives activity 'launch' no finite real number at"
                + " position 4 ('^' is beyond ±1e300, the largest a formula computes with); it"
                + " uses no variables");
    assertThatThrownBy(() -> Ranking.of(launch(), ScoringStrategy.formula("2 ^ 999999999999")))
        .hasMessageStartingWith(
            "activities[0]: formula '2 ^ 999999999999' gives activity 'launch' no finite real"
                + " number");
    assertThatThrownBy(() -> Ranking.of(launch(), ScoringStrategy.formula("(-8) ^ 0.5")))
        .hasMessageContaining("no finite real number");
  }

  @Provide
  Arbitrary<String> costlyFormulas() {
    return Arbitraries.of(
        "9^9^9^9",
        "9 ^ 9 ^ 9 ^ 9 ^ 9 ^ 9 ^ 9 ^ 9",
        "2^1e300",
        "(0.5)^(-1e300)",
        "reach ^ reach ^ reach",
        "10^300 * 10^300",
        "1e300 * 1e300 * 1e300",
        "SUM(1e300, 1e300)",
        "1 / 1e-300 / 1e-300",
        "0.1 ^ 400 * 10 ^ 300 * 10 ^ 300 / 10 ^ -300",
        "(reach * reach * reach * reach) ^ (reach * reach)",
        "-1e300 - 1e300",
        "ROUND(reach, 999999999)",
        "ROUND(reach, -999999999)",
        "ROUND(1e300, 300) * 10",
        "SQRT(1e300) ^ 3",
        "LOG(0.5) ^ 1e5",
        "1e-200 * 1e-200",
        "1e-300 / 10",
        "0.5 ^ 2000",
        "2e-300 - 1.5e-300");
  }

  @Property
  void refusesComputationsPastTheSupportedRangeQuickly(@ForAll("costlyFormulas") String formula) {
    InvalidModelException error = refusal(formula);
    assertThat(error.problems()).hasSize(1);
    assertThat(error.problems().get(0).path()).isEqualTo("activities[0]");
    assertThat(error.problems().get(0).message())
        .startsWith("formula")
        .containsAnyOf("no finite real number", "cannot be evaluated at position")
        .containsAnyOf(
            "beyond ±1e300",
            "closer to 0 than ±1e-300",
            "digits to round to must be from -300 to 300");
  }

  @Provide
  Arbitrary<String> hugeLiterals() {
    return Arbitraries.of(
        "2^1e99999999",
        "FLOOR(1e99999999)",
        "CEILING(-1e99999999)",
        "1e999999999 % 7",
        "reach * 1e301",
        "1e-99999999 * 1e99999999",
        "0x" + "F".repeat(300),
        "ROUND(1e999, 2)",
        "123456789" + "0".repeat(300),
        "1e-301",
        "1e-999");
  }

  @Property
  void refusesNumbersPastTheSupportedRangeWhenTheFormulaIsRead(
      @ForAll("hugeLiterals") String formula) {
    assertThatThrownBy(() -> ScoringStrategy.formula(formula))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> {
              assertThat(e.problems()).isNotEmpty();
              assertThat(e.problems())
                  .allSatisfy(
                      p -> {
                        assertThat(p.path()).isEqualTo("formula");
                        assertThat(p.message())
                            .startsWith("number '")
                            .contains("of '" + formula + "' is ")
                            .containsAnyOf("beyond ±1e300", "closer to 0 than ±1e-300");
                      });
            });
  }

  @Example
  void saysWhereAndWhyAHugeNumberIsRefused() {
    assertThatThrownBy(() -> ScoringStrategy.formula("1e999999999 % 7"))
        .hasMessage(
            "formula: number '1e999999999' at position 1 of '1e999999999 % 7' is beyond ±1e300,"
                + " the largest a formula computes with");
    assertThatThrownBy(() -> Ranking.of(launch(), ScoringStrategy.formula("9^9^9^9")))
        .hasMessage(
            "activities[0]: formula '9^9^9^9' gives activity 'launch' no finite real number at"
                + " position 4 ('^' is beyond ±1e300, the largest a formula computes with); it uses"
                + " no variables");
    assertThatThrownBy(() -> Ranking.of(launch(), ScoringStrategy.formula("ROUND(reach, 1e9)")))
        .hasMessage(
            "activities[0]: formula cannot be evaluated at position 1 of 'ROUND(reach, 1e9)' for"
                + " activity 'launch' ('ROUND': the digits to round to must be from -300 to 300,"
                + " was 1000000000); its inputs were reach = 1000");
  }

  @Example
  void aRemainderOfAHugeNumberIsNoDivisionByZero() {
    assertThat(Scenarios.score(ScoringStrategy.formula("1e300 % 7"), launch(), "launch").value())
        .isEqualTo(1e300 % 7);
    assertThatThrownBy(() -> Ranking.of(launch(), ScoringStrategy.formula("reach % (impact - 2)")))
        .hasMessageStartingWith("activities[0]: formula divides by zero at position 7");
    assertThatThrownBy(() -> Ranking.of(launch(), ScoringStrategy.formula("0 ^ (-1)")))
        .hasMessageStartingWith("activities[0]: formula divides by zero at position 3");
  }

  @Example
  void evaluatesTheLargestSupportedNumbersAndRoundsHalfToEven() {
    assertThat(
            Scenarios.score(ScoringStrategy.formula("1e300 / 1e300"), launch(), "launch").value())
        .isEqualTo(1);
    assertThat(Scenarios.score(ScoringStrategy.formula("-1e300"), launch(), "launch").value())
        .isEqualTo(-1e300);
    assertThat(
            Scenarios.score(
                    ScoringStrategy.formula("ROUND(2.5, 0) + ROUND(3.5, 0) + ROUND(1234, -2)"),
                    launch(),
                    "launch")
                .value())
        .isEqualTo(2 + 4 + 1200);
    assertThat(Scenarios.score(ScoringStrategy.formula("0x1F + 1E2"), launch(), "launch").value())
        .isEqualTo(131);
    assertThatThrownBy(() -> Ranking.of(launch(), ScoringStrategy.formula("LOG(0)")))
        .hasMessageContaining("('LOG': parameter must not be zero)");
  }

  @Example
  void refusesAnAttributeNamedLikeAModelVariable() {
    Scenario scenario = Scenarios.of(Scenarios.activity("a", 1).attribute("Hours", 3).build());
    assertThatThrownBy(() -> Ranking.of(scenario, ScoringStrategy.formula("hours")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith(
            "activities[0].attributes.Hours: attribute 'Hours' of activity 'a' has the name of"
                + " the formula variable 'hours'");
  }

  @Property
  void equalsRiceWhenWrittenAsRice(@ForAll("scenarios") Scenario scenario) {
    Scenario withoutEffort = ScoringArbitraries.without(scenario, "effort");
    assertSameScores(
        withoutEffort,
        ScoringStrategy.formula("reach * impact * confidence / hours"),
        ScoringStrategy.rice());
  }

  @Property
  void equalsIceWhenWrittenAsIce(@ForAll("scenarios") Scenario scenario) {
    assertSameScores(
        scenario, ScoringStrategy.formula("impact * confidence * ease"), ScoringStrategy.ice());
  }

  @Property
  void equalsWsjfWhenWrittenAsWsjf(@ForAll("scenarios") Scenario scenario) {
    Scenario withoutJobSize = ScoringArbitraries.without(scenario, "jobSize");
    assertSameScores(
        withoutJobSize,
        ScoringStrategy.formula("(businessValue + timeCriticality + riskReduction) / hours"),
        ScoringStrategy.wsjf());
  }

  @Property
  void equalsLeverageWhenWrittenAsLeverage(@ForAll("scenarios") Scenario scenario) {
    assertSameScores(
        scenario, ScoringStrategy.formula("output / hours"), ScoringStrategy.leverage());
    assertSameScores(scenario, ScoringStrategy.formula("leverage"), ScoringStrategy.leverage());
  }

  private static void assertSameScores(
      Scenario scenario, ScoringStrategy formula, ScoringStrategy builtIn) {
    ScoringContext context = ScoringContext.of(scenario);
    for (Activity activity : scenario.activities()) {
      double expected = builtIn.score(activity, context).value();
      double actual = formula.score(activity, context).value();
      assertThat(actual)
          .as("%s of %s", formula, activity.id())
          .isCloseTo(expected, within(1e-12 * Math.max(1, Math.abs(expected))));
    }
  }

  @Example
  void isSafeToShareBetweenThreads() throws Exception {
    ScoringStrategy formula = ScoringStrategy.formula("reach * impact / hours");
    Scenario scenario = launch();
    List<Double> expected = List.of(Scenarios.score(formula, scenario, "launch").value());
    List<Thread> threads = new java.util.ArrayList<>();
    List<Double> seen = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    for (int t = 0; t < 4; t++) {
      Thread thread =
          new Thread(
              () -> {
                for (int i = 0; i < 200; i++) {
                  seen.add(Scenarios.score(formula, scenario, "launch").value());
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(seen).hasSize(800).containsOnly(expected.get(0));
  }
}
