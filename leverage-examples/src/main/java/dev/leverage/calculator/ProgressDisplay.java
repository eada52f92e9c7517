package dev.leverage.calculator;

import dev.leverage.simulation.SimulationProgress;
import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar for a simulation on standard error: shown only when standard error is a terminal,
 * and only once the run has taken more than a second, so quick runs and pipes stay clean.
 */
final class ProgressDisplay implements SimulationProgress, AutoCloseable {
  static final Duration DELAY = Duration.ofSeconds(1);

  private final boolean terminal;
  private final PrintStream stream;
  private final LongSupplier nanoTime;
  private final long start;
  private ProgressBar bar;

  ProgressDisplay(boolean terminal, PrintStream stream, LongSupplier nanoTime) {
    this.terminal = terminal;
    this.stream = stream;
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
  }

  /** A display on {@link System#err}, active when the process has a console. */
  static ProgressDisplay onStandardError() {
    return new ProgressDisplay(System.console() != null, System.err, System::nanoTime);
  }

  @Override
  public synchronized void progress(long done, long total) {
    if (!terminal) {
      return;
    }
    if (bar == null) {
      Duration elapsed = Duration.ofNanos(nanoTime.getAsLong() - start);
      if (elapsed.compareTo(DELAY) <= 0) {
        return;
      }
      bar =
          new ProgressBarBuilder()
              .setTaskName("Simulating")
              .setInitialMax(total)
              .setUnit(" draws", 1)
              .setConsumer(new ConsoleProgressBarConsumer(stream))
              .clearDisplayOnFinish()
              .startsFrom(0, elapsed)
              .build();
    }
    bar.stepTo(done);
  }

  /** True once the bar has been shown. */
  synchronized boolean shown() {
    return bar != null;
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
