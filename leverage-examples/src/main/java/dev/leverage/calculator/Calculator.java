package dev.leverage.calculator;

/** The leverage calculator's entry point. */
public final class Calculator {
  private Calculator() {}

  /** Runs the calculator. */
  public static void main(String[] args) {
    System.out.println("leverage calculator");
  }
}
