package dev.leverage.calculator;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the calculator: its exit status and what it printed. */
record CalculatorRun(int status, String out, String err) {

  static CalculatorRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Calculator.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CalculatorRun(status, out.toString(), err.toString());
  }
}
