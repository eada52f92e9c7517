package dev.leverage.calculator;

import dev.leverage.InvalidModelException;
import dev.leverage.file.ActivityCsvReader;
import dev.leverage.file.ScenarioReader;
import dev.leverage.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads the files a command is given, safely: a directory, device or FIFO is refused before it is
 * opened, and a file larger than the limit before it is read (MODEL.md §10). The library's {@link
 * ScenarioReader} then parses the text.
 */
final class Input {
  private Input() {}

  /**
   * Reads the scenario in {@code file}: JSON when its name ends in {@code .json}, else YAML.
   *
   * @throws BadInput naming the file, with every problem found in it
   */
  static Scenario scenario(Path file, FileSize limit) {
    String text = text(file, limit);
    try {
      return ScenarioReader.forFile(file.toString()).withMaxCharacters(limit.bytes()).read(text);
    } catch (InvalidModelException e) {
      throw new BadInput(file.toString(), e);
    }
  }

  /**
   * Reads the activities in the CSV {@code file}: alone when {@code scenario} is null, else added
   * to it.
   *
   * @throws BadInput naming the file, with every problem found in it, each at its row and column
   */
  static Scenario activities(
      Path file, FileSize limit, ActivityCsvReader reader, Scenario scenario) {
    String text = text(file, limit);
    ActivityCsvReader limited = reader.withMaxCharacters(limit.bytes());
    try {
      return scenario == null ? limited.read(text) : limited.addTo(scenario, text);
    } catch (InvalidModelException e) {
      throw new BadInput(file.toString(), e);
    }
  }

  /**
   * Checks that {@code scenario}, read from {@code file}, has something to score: activities, or
   * when {@code organizationAlone}, at least a team and a manager whose output can be shown.
   *
   * @throws BadInput naming the file, saying there is nothing to score
   */
  static Scenario toScore(Path file, Scenario scenario, boolean organizationAlone) {
    boolean organization =
        !scenario.organization().teamIds().isEmpty()
            && !scenario.organization().managerIds().isEmpty();
    if (scenario.activities().isEmpty() && !(organizationAlone && organization)) {
      throw new BadInput(
          file.toString(),
          InvalidModelException.of(
              "activities",
              "nothing to score: the scenario has no activities"
                  + (organization ? "" : " and no teams or no managers")
                  + "; list them, e.g. activities: [{id: write-vision, time: 6h, effects:"
                  + " [{team: checkout, uplift: 0.1}]}]"));
    }
    return scenario;
  }

  /**
   * The UTF-8 text of {@code file}, a regular file (or a link to one) of at most {@code limit}.
   *
   * @throws BadInput naming the file when it is missing, unreadable, not a regular file, too large
   *     or not UTF-8
   */
  static String text(Path file, FileSize limit) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      throw bad(file, "cannot read it: " + plain(e));
    }
    if (attributes.isDirectory()) {
      throw bad(file, "it is a directory; give the path of a file");
    }
    if (!attributes.isRegularFile()) {
      throw bad(
          file,
          "it is a device, FIFO or socket, not a regular file, and is never read; give the path of"
              + " a file");
    }
    if (attributes.size() > limit.bytes()) {
      throw tooLarge(file, new FileSize(attributes.size()), limit);
    }
    try {
      MemoryCheck.reading("it", attributes.size());
    } catch (InvalidModelException e) {
      throw new BadInput(file.toString(), e);
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) limit.bytes() + 1);
    } catch (IOException e) {
      throw bad(file, "cannot read it: " + plain(e));
    }
    if (bytes.length > limit.bytes()) {
      throw tooLarge(file, new FileSize(bytes.length), limit);
    }
    return utf8(file, bytes);
  }

  private static String utf8(Path file, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw bad(
          file,
          "it is not UTF-8 text: byte " + (in.position() + 1) + " is not part of a character");
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static BadInput tooLarge(Path file, FileSize size, FileSize limit) {
    return bad(
        file,
        "it is "
            + size
            + ", larger than the limit of "
            + limit
            + "; raise it with --max-file-size (up to "
            + FileSize.MAX
            + ")");
  }

  private static BadInput bad(Path file, String message) {
    return new BadInput(file.toString(), InvalidModelException.of("", message));
  }

  /** What went wrong with a file, in plain words rather than a Java exception's name. */
  static String plain(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    if (reason == null || reason.isBlank()) {
      return "the system refused it";
    }
    return Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
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
