package dev.leverage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leverage.Problem;
import dev.leverage.internal.Magnitudes.Factor;
import dev.leverage.internal.Magnitudes.Product;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

/** The bound of MODEL.md §10: quantities within ±1e300, refused at their largest input. */
class MagnitudesTest {

  private static Factor factor(double value, String path) {
    return new Factor(value, path, path + " " + value);
  }

  @Property
  void aSumIsRefusedExactlyWhenItsMagnitudesPassTheBound(
      @ForAll @Size(min = 1, max = 5) List<@DoubleRange(min = -1e300, max = 1e300) Double> values) {
    List<Factor> factors = new ArrayList<>();
    double sum = 0;
    int largest = 0;
    for (int i = 0; i < values.size(); i++) {
      factors.add(factor(values.get(i), "v[" + i + "]"));
      sum += Math.abs(values.get(i)) * 1e-8;
      if (Math.abs(values.get(i)) > Math.abs(values.get(largest))) {
        largest = i;
      }
    }
    List<Problem> problems = new ArrayList<>();
    Magnitudes.checkSum(factors, "the total", problems);
    if (sum <= 1e292) {
      assertThat(problems).isEmpty();
    } else {
      assertThat(problems).hasSize(1);
      assertThat(problems.get(0).path()).isEqualTo("v[" + largest + "]");
      assertThat(problems.get(0).message()).contains("makes the total about 1e30");
    }
  }

  @Example
  void twoOfTheLargestDoublesAreRefusedWithoutOverflowingTheCheck() {
    List<Problem> problems = new ArrayList<>();
    Magnitudes.checkSum(
        List.of(factor(Double.MAX_VALUE, "a"), factor(-Double.MAX_VALUE, "b")), "it", problems);
    assertThat(problems)
        .extracting(Problem::message)
        .containsExactly(
            "a 1.7976931348623157E308 makes it about 1e308, beyond ±1e300, the largest the model"
                + " computes with; use a smaller value");
  }

  @Example
  void aProductCountsOnlyItsFactorsLargerThanOneSoNoOrderOfMultiplicationOverflows() {
    Product product = Product.of(factor(1e200, "a"), factor(1e-150, "b"), factor(1e150, "c"));
    // 1e200 × 1e150 overflows before 1e-150 brings it back: refused, though the product is 1e200.
    assertThat(product.log10()).isEqualTo(350);
    assertThat(product.isSupported()).isFalse();
    assertThat(product.dominant().path()).isEqualTo("a");
    assertThat(product.problem("x").path()).isEqualTo("a");
    assertThat(product.problem("x").message())
        .startsWith("a 1.0E200 makes x about 1e350 (a 1.0E200 × b 1.0E-150 × c 1.0E150)");
    assertThat(Product.of(factor(1e300, "a"), factor(0.5, "b")).isSupported()).isTrue();
    assertThat(Product.of(factor(1e300, "a"), factor(1.01, "b")).isSupported()).isFalse();
    assertThat(Product.of(factor(0, "a"), factor(0.5, "b")).log10()).isZero();
  }

  @Example
  void magnitudesArePrintedAsPowersOfTen() {
    assertThat(Magnitudes.power(309.08)).isEqualTo("1e309");
    assertThat(Magnitudes.power(300)).isEqualTo("1e300");
    assertThat(Magnitudes.value(12)).isEqualTo("12");
  }
}
