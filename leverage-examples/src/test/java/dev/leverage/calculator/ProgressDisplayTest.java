package dev.leverage.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final AtomicLong clock = new AtomicLong();

  @Test
  void withoutATerminalNothingIsEverShown() {
    try (ProgressDisplay display = new ProgressDisplay(false, stream, clock::get)) {
      clock.set(5_000_000_000L);
      display.progress(500, 1000);
      display.progress(1000, 1000);
      assertThat(display.shown()).isFalse();
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void onATerminalTheBarAppearsOnlyAfterASecond() {
    try (ProgressDisplay display = new ProgressDisplay(true, stream, clock::get)) {
      clock.set(900_000_000L);
      display.progress(100, 1000);
      assertThat(display.shown()).isFalse();
      clock.set(1_200_000_000L);
      display.progress(200, 1000);
      assertThat(display.shown()).isTrue();
      display.progress(1000, 1000);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Simulating");
  }
}
