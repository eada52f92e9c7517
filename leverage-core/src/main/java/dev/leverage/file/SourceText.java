package dev.leverage.file;

import dev.leverage.Problem;
import java.io.IOException;
import java.io.Reader;

/**
 * The text of a scenario as the parser reads it: at most a given number of characters, without a
 * leading byte-order mark, and without control characters other than tab, line feed and carriage
 * return, each refused with its line and column as soon as it is read.
 *
 * <p>What went wrong is kept here ({@link #refusal()}, {@link #failure()}) because parsers wrap the
 * exceptions of the reader they read from.
 */
final class SourceText extends Reader {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final Reader in;
  private final long maxCharacters;
  private long read;
  private int line = 1;
  private int column = 1;
  private boolean previousWasCarriageReturn;
  private Problem refusal;
  private IOException failure;

  SourceText(Reader in, long maxCharacters) {
    this.in = in;
    this.maxCharacters = maxCharacters;
  }

  /** Why the text was refused: too long, or a control character; null if it was not. */
  Problem refusal() {
    return refusal;
  }

  /** The exception the underlying reader threw, if it did. */
  IOException failure() {
    return failure;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (refusal != null) {
      throw new Refused(refusal);
    }
    int n;
    try {
      n = in.read(buffer, offset, length);
    } catch (IOException e) {
      failure = e;
      throw e;
    }
    if (n <= 0) {
      return n;
    }
    if (read == 0 && buffer[offset] == BYTE_ORDER_MARK) {
      System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
      n--;
      if (n == 0) {
        read = 1;
        return read(buffer, offset, length);
      }
    }
    read += n;
    if (read > maxCharacters) {
      refusal =
          Problem.at(
              "",
              "the text is longer than "
                  + maxCharacters
                  + " characters, the most a scenario may have here; split it or raise the"
                  + " limit");
      throw new Refused(refusal);
    }
    for (int i = offset; i < offset + n; i++) {
      check(buffer[i]);
    }
    return n;
  }

  private void check(char c) throws Refused {
    if (c == '\n') {
      if (!previousWasCarriageReturn) {
        line++;
      }
      column = 1;
    } else if (c == '\r') {
      line++;
      column = 1;
    } else if (c != '\t' && Character.getType(c) == Character.CONTROL) {
      refusal =
          Problem.at(
              "",
              "line "
                  + line
                  + ", column "
                  + column
                  + ": the control character "
                  + String.format("U+%04X", (int) c)
                  + " cannot be in a scenario, which is text; remove it (in a quoted text, write"
                  + " it as an escape such as \\t)");
      throw new Refused(refusal);
    } else {
      column++;
    }
    previousWasCarriageReturn = c == '\r';
  }

  @Override
  public void close() throws IOException {
    // the caller opened the reader and closes it
  }

  /** Thrown to the parser when the text is refused; the parser may wrap it. */
  static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    Refused(Problem problem) {
      super(problem.message());
    }
  }
}
