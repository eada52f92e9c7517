package dev.leverage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {
  @Property
  void aFigureIsWhatPercentTwoFPrintsWithoutANegativeZero(
      @ForAll @DoubleRange(min = -1e9, max = 1e9) double value) {
    String printf = String.format(Locale.ROOT, "%.2f", value);

    assertThat(Numbers.figure(value)).isEqualTo(printf.equals("-0.00") ? "0.00" : printf);
  }

  @Property
  void aBriefNumberIsTheFigureWithoutTrailingZeros(
      @ForAll @DoubleRange(min = -1e9, max = 1e9) double value) {
    String trimmed = Numbers.figure(value).replaceAll("0+$", "").replaceAll("\\.$", "");

    assertThat(Numbers.brief(value, 2)).isEqualTo(trimmed.equals("-0") ? "0" : trimmed);
  }

  @Property
  void aLabelIsTheBriefNumberWithThousandsGrouped(
      @ForAll @DoubleRange(min = -1e12, max = 1e12) double value) {
    DecimalFormat grouped =
        new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    // The grouping of DecimalFormat, on the number as rounded by brief.
    String expected = grouped.format(Double.parseDouble(Numbers.brief(value, 2)));

    assertThat(Numbers.label(value)).isEqualTo(expected.equals("-0") ? "0" : expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "3.0, 3, 3.00, 3, 3",
    "0.25, 0.25, 0.25, 0.25, 0.25",
    "-1.2, -1.2, -1.20, -1.2, -1.2",
    "0.125, 0.125, 0.13, 0.125, 0.13",
    "0.03825, 0.03825, 0.04, 0.0383, 0.04",
    "-0.001, -0.001, 0.00, -0.001, 0",
    "-0.00001, -1.0E-5, 0.00, 0, 0",
    "1234567.891, 1234567.891, 1234567.89, 1234567.891, '1,234,567.89'",
    "1e20, 1.0E20, 1.0E20, 1.0E20, 1.0E20",
    "-1e300, -1.0E300, -1.0E300, -1.0E300, -1.0E300",
  })
  void printsEachKindOfNumber(
      double value, String format, String figure, String brief, String label) {
    assertThat(Numbers.format(value)).isEqualTo(format);
    assertThat(Numbers.figure(value)).isEqualTo(figure);
    assertThat(Numbers.brief(value)).isEqualTo(brief);
    assertThat(Numbers.label(value)).isEqualTo(label);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "7.199999999999999, 7.2",
    "144.0, 144",
    "0.0375, 0.0375",
    "-2.5, -2.5",
    "0.0, 0",
    "0.3333333333333333, 0.3333333333",
    "2133.3333333333335, 2133.333333",
    "123456789012.5, 123456789000",
    "0.0000015, 0.0000015",
    "1.5e-7, 1.5E-7",
    "1e20, 1E20",
  })
  void aSpreadsheetNumberHasTenSignificantDigitsAtMost(double value, String expected) {
    assertThat(Numbers.significant(value)).isEqualTo(expected);
  }

  @Property
  void aSpreadsheetNumberReadsBackWithinItsRounding(
      @ForAll @DoubleRange(min = -1e18, max = 1e18) double value) {
    double back = Double.parseDouble(Numbers.significant(value));

    assertThat(Math.abs(back - value)).isLessThanOrEqualTo(Math.abs(value) * 5e-10);
    assertThat(Numbers.significant(back)).isEqualTo(Numbers.significant(value));
  }

  @Test
  void aValueThatIsNotFiniteIsPrintedAsJavaWritesIt() {
    for (double value :
        new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      assertThat(Numbers.figure(value)).isEqualTo(Double.toString(value));
      assertThat(Numbers.brief(value)).isEqualTo(Double.toString(value));
      assertThat(Numbers.label(value)).isEqualTo(Double.toString(value));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "3.0, 3, 3",
    "-42.0, -42, -42",
    "0.25, 0.25, 0.25",
    "999999999999999.0, 999999999999999, 999999999999999",
    "1e15, 1.0e+15, 1000000000000000",
    "-1e15, -1.0e+15, -1000000000000000",
    "2.5e20, 2.5e+20, 250000000000000000000",
    "1.5e-7, 1.5e-7, 0.00000015",
  })
  void anExactNumberReadsBackToTheSameDoubleAndAPlainOneHasNoExponent(
      double value, String exact, String plain) {
    assertThat(Numbers.exact(value)).isEqualTo(exact);
    assertThat(Double.parseDouble(Numbers.exact(value))).isEqualTo(value);
    assertThat(Numbers.plain(value)).isEqualTo(plain);
  }

  @Test
  void fromAQuadrillionOnNumbersArePrintedAsJavaWritesThem() {
    assertThat(Numbers.format(999_999_999_999_999.0)).isEqualTo("999999999999999");
    assertThat(Numbers.format(1e15)).isEqualTo("1.0E15");
    assertThat(Numbers.figure(1e15)).isEqualTo("1.0E15");
    assertThat(Numbers.brief(-1e15)).isEqualTo("-1.0E15");
    assertThat(Numbers.label(1e15)).isEqualTo("1.0E15");
    assertThat(Numbers.figure(999_999_999_999_999.0)).isEqualTo("999999999999999.00");
  }

  @Test
  void aBriefWholeNumberHasNoExponentAndALabelGroupsFromAThousand() {
    assertThat(Numbers.brief(1200.0)).isEqualTo("1200");
    assertThat(Numbers.brief(-5e10, 2)).isEqualTo("-50000000000");
    assertThat(Numbers.label(999.0)).isEqualTo("999");
    assertThat(Numbers.label(1000.0)).isEqualTo("1,000");
    assertThat(Numbers.label(-1234.5)).isEqualTo("-1,234.5");
    assertThat(Numbers.label(1e14)).isEqualTo("100,000,000,000,000");
  }
}
