package dev.leverage.simulation;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs numbered units of work on up to {@code threads} workers: the calling thread and up to {@code
 * threads − 1} tasks handed to an {@link Executor} (or to new daemon threads when there is none).
 *
 * <p>Workers claim units in turn, so the results do not depend on which worker runs which unit, and
 * any executor works: a task that starts late finds the units claimed and returns; if the executor
 * never runs a task, the calling thread does all the work. The call returns when every unit is done
 * and every worker that claimed one has finished. Each worker has its own state, given to {@code
 * finish} once (one worker at a time) when it ran at least one unit.
 *
 * <p>When the calling thread is interrupted, the workers stop at their next {@link Run#stopped()}
 * check and the call throws {@link CancellationException} with the thread's interrupt status set.
 * The first failure of a worker stops the others and is thrown by the call.
 */
final class Workers {
  private static final ThreadFactory THREADS =
      new ThreadFactoryBuilder().setDaemon(true).setNameFormat("leverage-simulation-%d").build();

  private Workers() {}

  /** What a unit of work can ask of the run it belongs to. */
  interface Run {
    /** True when the work should stop now (interrupted or failed); check it often. */
    boolean stopped();
  }

  /** One unit of work, with the state of the worker that runs it. */
  @FunctionalInterface
  interface Unit<S> {
    void run(S state, int unit, Run run);
  }

  /**
   * Runs units {@code 0 … count − 1}.
   *
   * @param executor where the helper workers run, or {@code null} for new daemon threads
   */
  static <S> void run(
      int count,
      int threads,
      Executor executor,
      Supplier<S> state,
      Unit<S> unit,
      Consumer<S> finish) {
    new Job<>(count, state, unit, finish).run(Math.max(1, Math.min(threads, count)), executor);
  }

  private static final class Job<S> implements Run {
    private final int count;
    private final Supplier<S> state;
    private final Unit<S> unit;
    private final Consumer<S> finish;
    private final AtomicInteger next = new AtomicInteger();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    private final Thread caller = Thread.currentThread();
    private int active;
    private volatile boolean stop;
    private boolean interrupted;
    private Throwable failure;

    Job(int count, Supplier<S> state, Unit<S> unit, Consumer<S> finish) {
      this.count = count;
      this.state = state;
      this.unit = unit;
      this.finish = finish;
    }

    @Override
    public boolean stopped() {
      if (!stop && Thread.currentThread() == caller && caller.isInterrupted()) {
        stop = true;
      }
      return stop;
    }

    void run(int workers, Executor executor) {
      for (int w = 1; w < workers; w++) {
        try {
          if (executor != null) {
            executor.execute(this::work);
          } else {
            THREADS.newThread(this::work).start();
          }
        } catch (RejectedExecutionException e) {
          break;
        }
      }
      work();
      lock.lock();
      try {
        while (active > 0) {
          try {
            idle.await();
          } catch (InterruptedException e) {
            interrupted = true;
            stop = true;
          }
        }
        if (failure instanceof RuntimeException e) {
          throw e;
        }
        if (failure instanceof Error e) {
          throw e;
        }
        if (failure != null) {
          throw new IllegalStateException(failure);
        }
        if (stop || interrupted) {
          caller.interrupt();
          throw new CancellationException("the simulation was interrupted");
        }
      } finally {
        lock.unlock();
      }
    }

    private void work() {
      lock.lock();
      try {
        active++;
      } finally {
        lock.unlock();
      }
      S mine = null;
      try {
        for (int u = next.getAndIncrement(); u < count && !stopped(); u = next.getAndIncrement()) {
          if (mine == null) {
            mine = state.get();
          }
          unit.run(mine, u, this);
        }
      } catch (Throwable t) {
        lock.lock();
        try {
          if (failure == null) {
            failure = t;
          }
          stop = true;
        } finally {
          lock.unlock();
        }
      }
      lock.lock();
      try {
        if (mine != null && failure == null && !stop) {
          finish.accept(mine);
        }
        active--;
        idle.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }
}
