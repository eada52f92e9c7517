package dev.leverage.calculator;

import dev.leverage.InvalidModelException;
import dev.leverage.file.ScenarioReader;
import dev.leverage.scenario.Scenario;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the scenario file a command was given. */
final class Input {
  /** The largest scenario file read, in bytes. */
  static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  private Input() {}

  /**
   * Reads {@code file}.
   *
   * @throws BadInput naming the file, with every problem found in it
   */
  static Scenario scenario(Path file) {
    try {
      return read(file);
    } catch (InvalidModelException e) {
      throw new BadInput(file.toString(), e);
    }
  }

  /**
   * Opens {@code file} and reads it with the library's reader: JSON for {@code .json}, else YAML.
   */
  static Scenario read(Path file) {
    try {
      if (Files.isRegularFile(file) && Files.size(file) > MAX_FILE_BYTES) {
        throw InvalidModelException.of(
            "",
            "the file is too large for a scenario: "
                + Files.size(file)
                + " bytes, more than "
                + MAX_FILE_BYTES);
      }
      try (Reader in = Files.newBufferedReader(file)) {
        return ScenarioReader.forFile(file.toString()).withMaxCharacters(MAX_FILE_BYTES).read(in);
      }
    } catch (NoSuchFileException e) {
      throw InvalidModelException.of("", "no such file: " + file);
    } catch (CharacterCodingException e) {
      throw InvalidModelException.of("", "the file is not UTF-8 text: " + file);
    } catch (IOException e) {
      throw InvalidModelException.of(
          "", "cannot read " + file + ": " + (Files.isDirectory(file) ? "it is a directory" : e));
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
