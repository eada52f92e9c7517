package dev.leverage.calculator;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer that escapes control characters on their way to a terminal (ESC becomes the visible text
 * backslash, {@code u001b}), keeping line breaks and tabs: the last guard behind the escaping of
 * every echoed value, so that nothing a scenario holds can drive the terminal.
 */
final class TerminalWriter extends FilterWriter {
  TerminalWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    out.write(Text.escape(String.valueOf((char) c), true));
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    out.write(Text.escape(new String(buffer, offset, length), true));
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    out.write(Text.escape(text.substring(offset, offset + length), true));
  }
}
