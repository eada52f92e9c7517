package dev.leverage.unit;

import dev.leverage.InvalidModelException;
import dev.leverage.internal.Numbers;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link Effort} and {@link CalendarTime} share: the check of an amount in their unit, the
 * text a parse starts from, and durations written in two units, the larger first ({@code 1h30m},
 * {@code 2 weeks and 3 days}).
 */
final class Durations {
  /** A number as durations write it: digits, then maybe a point and more digits. */
  static final String NUMBER = "(\\d+(?:\\.\\d+)?)";

  private final Pattern compact;
  private final long smallPerLarge;
  private final String largeSymbol;
  private final String smallSymbol;

  /**
   * Durations in a larger and a smaller unit, each optional.
   *
   * @param large the larger unit's spellings, longest first, as a regular expression alternation;
   *     the last is its symbol ({@code h})
   * @param small the smaller unit's spellings, likewise ({@code m})
   * @param smallPerLarge how many of the smaller unit make one of the larger
   */
  Durations(String large, String small, long smallPerLarge) {
    this.compact =
        Pattern.compile(
            "(?:"
                + NUMBER
                + "\\s*(?:"
                + large
                + "))?(\\s*,?\\s*(?:and\\s+)?)(?:"
                + NUMBER
                + "\\s*(?:"
                + small
                + "))?");
    this.smallPerLarge = smallPerLarge;
    this.largeSymbol = large.substring(large.lastIndexOf('|') + 1);
    this.smallSymbol = small.substring(small.lastIndexOf('|') + 1);
  }

  /**
   * The amount in the larger unit that lowercase {@code text} writes ({@code 1h30m} is 1.5), or
   * empty when it is not written in these units. {@code 1 hour, 30 minutes} and {@code 1 hour and
   * 30 minutes} join two parts; alone, a joiner is a typo.
   */
  OptionalDouble read(String text) {
    Matcher matcher = compact.matcher(text);
    if (!matcher.matches()) {
      return OptionalDouble.empty();
    }
    String large = matcher.group(1);
    String small = matcher.group(3);
    boolean joined = !matcher.group(2).isBlank();
    boolean both = large != null && small != null;
    if ((large == null && small == null) || (joined && !both)) {
      return OptionalDouble.empty();
    }
    double amount = large == null ? 0 : Double.parseDouble(large);
    return OptionalDouble.of(
        amount + (small == null ? 0 : Double.parseDouble(small) / smallPerLarge));
  }

  /**
   * Writes {@code amount} of the larger unit in the compact form {@link #read} reads, {@code 6h},
   * {@code 1h30m}, {@code 45m}, or in decimals of the larger unit ({@code 0.123h}) when whole
   * smaller units would not read back as exactly {@code amount}.
   *
   * @param amount the amount in the larger unit, finite and at least 0
   * @param readBack the amount, in the larger unit, that a written form is parsed as
   */
  String write(double amount, ToDoubleFunction<String> readBack) {
    double small = amount * smallPerLarge;
    if (small == Math.rint(small) && small < 1e15) {
      long whole = (long) small;
      long large = whole / smallPerLarge;
      long rest = whole % smallPerLarge;
      String both = rest == 0 ? large + largeSymbol : large + largeSymbol + rest + smallSymbol;
      for (String text : new String[] {both, whole + smallSymbol}) {
        if (readBack.applyAsDouble(text) == amount) {
          return large == 0 ? whole + smallSymbol : text;
        }
      }
    }
    return Numbers.plain(amount) + largeSymbol;
  }

  /**
   * Checks {@code amount} of {@code quantity} ({@code effort}) in {@code unit} ({@code hours},
   * written {@code symbol}), returning it with -0.0 made 0.0 so that equal amounts are equal
   * values.
   *
   * @throws InvalidModelException when it is not finite, below 0 or above {@code max}, the last
   *     with the message {@code tooLong} gives for its written form
   */
  static double checked(
      double amount,
      String quantity,
      String unit,
      double max,
      String symbol,
      UnaryOperator<String> tooLong) {
    if (!Double.isFinite(amount) || amount < 0) {
      throw InvalidModelException.of(
          "", quantity + " must be a finite number of " + unit + ", at least 0, was " + amount);
    }
    if (amount > max) {
      throw InvalidModelException.of("", tooLong.apply(Numbers.format(amount) + symbol));
    }
    return amount + 0.0;
  }

  /**
   * {@return {@code text} trimmed, for a parse of {@code quantity}}
   *
   * @throws InvalidModelException naming the {@code forms} to write when it is null or blank
   */
  static String text(CharSequence text, String quantity, String forms) {
    if (text == null) {
      throw InvalidModelException.of("", quantity + " must not be null: " + forms);
    }
    String value = text.toString().trim();
    if (value.isEmpty()) {
      throw InvalidModelException.of("", quantity + " is empty: " + forms);
    }
    return value;
  }

  /** {@return {@code text} in lowercase, as the patterns of durations read it} */
  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
