package dev.leverage.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.WorkedExample;
import dev.leverage.activity.Activity;
import dev.leverage.activity.Effect;
import dev.leverage.scenario.Scenario;
import dev.leverage.uncertainty.Estimate;
import dev.leverage.unit.Effort;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Threads, executors, interruption, overflow and memory of the simulation. */
class SimulationAtScaleTest {
  private final Scenario scenario = ManyActivities.scenario(40);

  private static List<Object> digest(SimulationResult result) {
    List<Object> digest = new ArrayList<>();
    for (SimulatedActivity a : result.activities()) {
      for (Distribution d : List.of(a.output(), a.leverage())) {
        digest.addAll(List.of(d.mean(), d.min(), d.max(), d.p10(), d.p50(), d.p90()));
      }
      digest.add(a.probabilityBest());
    }
    return digest;
  }

  private SimulationResult simulate(Simulation.Builder builder) {
    return builder.samples(5_000).seed(3).build().run(scenario);
  }

  @Test
  void oneTwoAndFourThreadsGiveBitIdenticalResults() {
    List<Object> one = digest(simulate(Simulation.builder().threads(1)));
    assertThat(digest(simulate(Simulation.builder().threads(2)))).isEqualTo(one);
    assertThat(digest(simulate(Simulation.builder().threads(4)))).isEqualTo(one);
  }

  @Test
  void anyExecutorGivesTheResultsOfNewThreads() throws InterruptedException {
    List<Object> expected = digest(simulate(Simulation.builder().threads(1)));
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      assertThat(digest(simulate(Simulation.builder().threads(4).executor(pool))))
          .isEqualTo(expected);
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }
    assertThat(digest(simulate(Simulation.builder().threads(3).executor(Runnable::run))))
        .isEqualTo(expected);
    assertThat(
            digest(simulate(Simulation.builder().threads(3).executor(ForkJoinPool.commonPool()))))
        .isEqualTo(expected);
  }

  @Test
  void anExecutorThatNeverRunsItsTasksLeavesTheWorkToTheCallingThread() {
    List<Object> expected = digest(simulate(Simulation.builder().threads(1)));
    assertThat(digest(simulate(Simulation.builder().threads(8).executor(task -> {}))))
        .isEqualTo(expected);
  }

  @Test
  void interruptingTheCallingThreadStopsTheSimulationAndItsWorkers() throws Exception {
    Scenario big = ManyActivities.scenario(400);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch started = new CountDownLatch(1);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> interruptedAfter = new AtomicReference<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                Simulation.builder()
                    .samples(Simulation.MAX_SAMPLES)
                    .seed(1)
                    .threads(3)
                    .executor(pool)
                    .build()
                    .run(big, (done, total) -> started.countDown());
              } catch (Throwable t) {
                thrown.set(t);
              }
              interruptedAfter.set(Thread.currentThread().isInterrupted());
            });
    caller.start();
    assertThat(started.await(5, TimeUnit.MINUTES)).isTrue();
    caller.interrupt();
    // A safety net against a hang, not a timing assertion: the full run would take many minutes.
    caller.join(TimeUnit.MINUTES.toMillis(5));
    assertThat(caller.isAlive()).isFalse();
    assertThat(thrown.get()).isInstanceOf(CancellationException.class);
    assertThat(interruptedAfter.get()).isTrue();
    pool.shutdown();
    assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
  }

  @Test
  void anAlreadyInterruptedThreadDoesNotSimulate() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> simulate(Simulation.builder().threads(2)))
          .isInstanceOf(CancellationException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void anUpliftWhoseHighMakesAnOutputTooLargeIsBadInputAtItsPath() {
    // Only the high end overflows: the output at the PERT mean (about 6e299) is within bounds, a
    // sample near the high end (3.6e300) is not. The scenario refuses it before anything is drawn.
    Activity huge =
        Activity.builder()
            .id("huge")
            .by("alice")
            .time(Effort.ofHours(1))
            .effects(Effect.builder().team("checkout").uplift(Estimate.of(0, 0.1, 3e297)).build())
            .build();
    assertThatThrownBy(
            () ->
                Simulation.builder()
                    .seed(1)
                    .build()
                    .run(
                        WorkedExample.scenario()
                            .withActivities(
                                List.of(WorkedExample.scenario().activities().get(0), huge))))
        .isInstanceOf(InvalidModelException.class)
        .satisfies(
            e ->
                assertThat(((InvalidModelException) e).problems())
                    .extracting(Problem::path)
                    .containsExactly("activities[1].effects[0].uplift"))
        .hasMessageContaining("beyond ±1e300");
  }

  @Test
  void twoThousandActivitiesTimesTenThousandSamplesRunInA64MegabyteHeap()
      throws IOException, InterruptedException {
    // Storing the samples, as the simulation once did, would take 320 MB.
    // The forked JVM runs on the class path; the module-path pass (Failsafe) patches the tests into
    // the module, where they are not on any path a child could take: the class-path pass covers it.
    assumeFalse(getClass().getModule().isNamed(), "forked-JVM memory test: class-path pass only");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-cp",
                System.getProperty("java.class.path"),
                ManyActivities.class.getName(),
                "2000",
                "10000")
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(out).isZero();
    assertThat(out).contains("2000 activities, 10000 samples, P(best) sums to 1.000000");
  }
}
