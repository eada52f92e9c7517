package dev.leverage.calculator;

import dev.leverage.InvalidModelException;
import dev.leverage.scenario.Scenario;
import java.nio.file.Path;

/** Reads the scenario file a command was given. */
final class Input {
  private Input() {}

  /**
   * Reads {@code file}.
   *
   * @throws BadInput naming the file, with every problem found in it
   */
  static Scenario scenario(Path file) {
    try {
      return ScenarioReader.read(file);
    } catch (InvalidModelException e) {
      throw new BadInput(file.toString(), e);
    }
  }

  /** Bad input from a named source: the calculator prints its problems and exits with 2. */
  static final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;

    BadInput(String source, InvalidModelException cause) {
      super(cause.getMessage(), cause);
      this.source = source;
    }

    String source() {
      return source;
    }

    InvalidModelException problems() {
      return (InvalidModelException) getCause();
    }
  }
}
