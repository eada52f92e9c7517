package dev.leverage.calculator;

import dev.leverage.InvalidModelException;
import dev.leverage.internal.Numbers;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number of bytes, the limit on the size of a file the calculator reads: written {@code 64MiB},
 * {@code 500KB}, {@code 1GiB} or a bare number of bytes.
 *
 * @param bytes at least 1, at most {@link #MAX}
 */
record FileSize(long bytes) {
  /** The largest limit: a larger file would not fit in memory as text. */
  static final FileSize MAX = new FileSize(1L << 30);

  /** The default limit, 64 MiB (MODEL.md §10). */
  static final FileSize DEFAULT = new FileSize(64L << 20);

  private static final Pattern SIZE =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?");

  /**
   * Parses {@code 64MiB}, {@code 500KB}, {@code 1GiB} or a number of bytes; KiB, MiB and GiB (and
   * K, M, G) count in 1024s, KB, MB and GB in 1000s.
   *
   * @throws InvalidModelException saying how to write a size, for anything else or a size outside 1
   *     byte to 1GiB
   */
  static FileSize parse(String text) {
    Matcher matcher = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw InvalidModelException.of(
          "", "cannot read '" + text + "' as a size: write it like 64MiB, 500KB or 1GiB");
    }
    String unit = matcher.group(2) == null ? "b" : matcher.group(2);
    double factor =
        switch (unit) {
          case "b" -> 1;
          case "kb" -> 1e3;
          case "mb" -> 1e6;
          case "gb" -> 1e9;
          case "k", "kib" -> 1024;
          case "m", "mib" -> 1024 * 1024;
          default -> 1024 * 1024 * 1024;
        };
    double bytes = Double.parseDouble(matcher.group(1)) * factor;
    if (!(bytes >= 1) || bytes > MAX.bytes) {
      throw InvalidModelException.of(
          "", "must be from 1 byte to " + MAX + ", was " + text.strip() + "; write it like 64MiB");
    }
    return new FileSize((long) Math.ceil(bytes));
  }

  /** {@code 64MiB}, {@code 1.5GiB}, {@code 800B}: the size in the largest binary unit it fills. */
  @Override
  public String toString() {
    String[] units = {"B", "KiB", "MiB", "GiB"};
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return Numbers.brief(Math.round(value * 10) / 10.0) + units[unit];
  }
}
