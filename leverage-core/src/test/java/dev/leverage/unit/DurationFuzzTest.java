package dev.leverage.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.leverage.InvalidModelException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes effort and calendar-time parsing with any text. The law (MODEL.md §2, §10): a value in the
 * supported range whose written form reads back to it, or an {@link InvalidModelException}; never
 * another exception, a truncated value or an arithmetic overflow.
 */
class DurationFuzzTest {

  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void effort(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Effort effort;
    try {
      effort = Effort.parse(text);
    } catch (InvalidModelException e) {
      assertThat(e.problems()).hasSize(1);
      assertThat(e.problems().get(0).message()).isNotBlank();
      return;
    }
    assertThat(effort.hours()).isBetween(0.0, Effort.MAX_HOURS);
    assertThat(Effort.parse(effort.toString()).hours())
        .isCloseTo(effort.hours(), within(1e-9 * (1 + effort.hours())));
  }

  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void calendarTime(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    CalendarTime time;
    try {
      time = CalendarTime.parse(text);
    } catch (InvalidModelException e) {
      assertThat(e.problems()).hasSize(1);
      assertThat(e.problems().get(0).message()).isNotBlank();
      return;
    }
    assertThat(time.weeks()).isBetween(0.0, CalendarTime.MAX_WEEKS);
    assertThat(CalendarTime.parse(time.toString()).weeks())
        .isCloseTo(time.weeks(), within(1e-9 * (1 + time.weeks())));
  }
}
