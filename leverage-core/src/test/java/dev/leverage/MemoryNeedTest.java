package dev.leverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MemoryNeedTest {
  private static final long MIB = 1L << 20;
  private static final long GIB = 1L << 30;

  @Test
  void aRequestThatFitsInWhatIsLeftPasses() {
    assertThatCode(
            () -> MemoryNeed.check(700 * MIB, 300 * MIB, GIB, "", "a simulation", "ask for less"))
        .doesNotThrowAnyException();
  }

  @Test
  void aRequestOfExactlyWhatIsLeftPassesAndOneByteMoreIsRefused() {
    assertThatCode(() -> MemoryNeed.check(100, 900, 1000, "", "this", "do less"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> MemoryNeed.check(101, 900, 1000, "", "this", "do less"))
        .isInstanceOf(InvalidModelException.class);
  }

  @Test
  void aRequestAboveWhatIsLeftIsRefusedWithTheFiguresAndHowToLowerThem() {
    assertThatThrownBy(
            () ->
                MemoryNeed.check(
                    2 * GIB - GIB / 10,
                    200 * MIB,
                    GIB,
                    "samples",
                    "a simulation of 5000 activities x 100000 samples",
                    "ask for fewer samples"))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        Problem.at(
                            "samples",
                            "a simulation of 5000 activities x 100000 samples needs about 1.9 GiB"
                                + " of memory, but the Java heap has 824 MiB left (of 1.0 GiB);"
                                + " ask for fewer samples, or give Java more memory: -Xmx3g (for"
                                + " ./leverage, set LEVERAGE_JAVA_OPTS=-Xmx3g)")));
  }

  @Test
  void theRealHeapRefusesAnAbsurdRequest() {
    assertThatThrownBy(() -> MemoryNeed.check(Long.MAX_VALUE / 2, "", "this", "do less"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("this needs about ")
        .hasMessageContaining("do less, or give Java more memory: -Xmx");
  }

  @Test
  void sizesAreInMibBelowAGibAndInGibAbove() {
    assertThat(MemoryNeed.size(0)).isEqualTo("1 MiB");
    assertThat(MemoryNeed.size(5 * MIB + 1)).isEqualTo("6 MiB");
    assertThat(MemoryNeed.size(3 * GIB / 2)).isEqualTo("1.5 GiB");
  }
}
