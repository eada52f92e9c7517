package dev.leverage.simulation;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * One run of a {@link Simulation}: its three passes over the samples and what they share (see the
 * simulation's class comment). Used once, by one calling thread.
 */
final class SimulationRun {
  private static final VarHandle COUNTS = MethodHandles.arrayElementVarHandle(int[].class);
  private static final int CHUNK_SIZE = Simulation.CHUNK_SIZE;

  private final Simulation settings;
  private final ActivitySampler[] samplers;
  private final List<String> ids;
  private final SimulationProgress progress;
  private final int n;
  private final long seed;
  private final int chunks;
  private final int[] idRank;
  private final int[] uncertain;
  private final int constantBest;
  private final double constantValue;
  private final Selection.Histogram[] outputHistograms;
  private final Selection.Histogram[] leverageHistograms;
  private final double[][] extremes;
  private final long[] wins;
  private final Distribution[] outputs;
  private final Distribution[] leverages;
  private final long total;
  private long done;

  SimulationRun(
      Simulation settings,
      ActivitySampler[] samplers,
      List<String> ids,
      SimulationProgress progress) {
    this.settings = settings;
    this.samplers = samplers;
    this.ids = ids;
    this.progress = progress;
    this.n = settings.samples();
    this.seed = settings.seed();
    this.chunks = (n + CHUNK_SIZE - 1) / CHUNK_SIZE;
    this.idRank = SampleRanking.idRanks(ids);
    int count = samplers.length;
    this.uncertain = IntStream.range(0, count).filter(a -> !samplers[a].isCertain()).toArray();
    int best = -1;
    double value = 0;
    for (int a = 0; a < count; a++) {
      if (samplers[a].isCertain()) {
        double v = samplers[a].certainLeverage();
        if (best < 0 || SampleRanking.beats(v, idRank[a], value, idRank[best])) {
          best = a;
          value = v;
        }
      }
    }
    this.constantBest = best;
    this.constantValue = value;
    this.outputHistograms = new Selection.Histogram[uncertain.length];
    this.leverageHistograms = new Selection.Histogram[uncertain.length];
    this.extremes = new double[uncertain.length][];
    this.wins = new long[count];
    this.outputs = new Distribution[count];
    this.leverages = new Distribution[count];
    this.total = 2L * uncertain.length * n;
  }

  private Executor executor() {
    return settings.executor().orElse(null);
  }

  SimulationResult simulate() {
    int threads = settings.threads();
    // Pass 0: the range of each uncertain activity's first chunk, for its histograms.
    Workers.run(
        uncertain.length,
        threads,
        executor(),
        () -> new double[2][CHUNK_SIZE],
        (buffers, u, run) -> pilot(u, buffers),
        buffers -> {});
    // Pass 1: every chunk of every activity: winners, histograms, extremes.
    AtomicInteger workers = new AtomicInteger();
    Workers.run(
        chunks,
        threads,
        executor(),
        () -> new FirstPass(workers.getAndIncrement(), Math.min(threads, chunks)),
        (pass, c, run) -> pass.chunk(c, run),
        this::merge);
    // Pass 2: each uncertain activity again: its mean and exact quantiles.
    Workers.run(
        uncertain.length,
        threads,
        executor(),
        () -> new double[2][CHUNK_SIZE],
        (buffers, u, run) -> summarize(u, buffers, run),
        buffers -> {});
    for (int a = 0; a < samplers.length; a++) {
      if (samplers[a].isCertain()) {
        outputs[a] = Distribution.point(n, samplers[a].certainOutput());
        leverages[a] = Distribution.point(n, samplers[a].certainLeverage());
      }
    }
    return new SimulationResult(
        n, seed, settings.threads(), executor(), ids, samplers, outputs, leverages, wins);
  }

  private void pilot(int u, double[][] buffers) {
    ActivitySampler sampler = samplers[uncertain[u]];
    int count = Math.min(n, CHUNK_SIZE);
    sampler.draw(seed, 0, count, buffers[0], buffers[1]);
    double outLo = Double.POSITIVE_INFINITY;
    double outHi = Double.NEGATIVE_INFINITY;
    double levLo = Double.POSITIVE_INFINITY;
    double levHi = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < count; i++) {
      outLo = Math.min(outLo, buffers[0][i]);
      outHi = Math.max(outHi, buffers[0][i]);
      levLo = Math.min(levLo, buffers[1][i]);
      levHi = Math.max(levHi, buffers[1][i]);
    }
    outputHistograms[u] = new Selection.Histogram(outLo, outHi);
    leverageHistograms[u] = new Selection.Histogram(levLo, levHi);
  }

  /** One worker's part of the first pass. */
  private final class FirstPass {
    private final int offset;
    private final double[] output = new double[CHUNK_SIZE];
    private final double[] leverage = new double[CHUNK_SIZE];
    private final double[] bestValue = new double[CHUNK_SIZE];
    private final int[] bestIndex = new int[CHUNK_SIZE];
    private final long[] won = new long[samplers.length];
    private final double[][] local = new double[uncertain.length][];

    FirstPass(int worker, int workers) {
      // Workers start at different activities, so they rarely count into the same histogram.
      this.offset = uncertain.length == 0 ? 0 : (int) ((long) worker * uncertain.length / workers);
    }

    void chunk(int c, Workers.Run run) {
      int count = Math.min(CHUNK_SIZE, n - c * CHUNK_SIZE);
      Arrays.fill(bestIndex, 0, count, constantBest);
      Arrays.fill(bestValue, 0, count, constantValue);
      for (int step = 0; step < uncertain.length; step++) {
        if (run.stopped()) {
          return;
        }
        int u = (offset + step) % uncertain.length;
        int a = uncertain[u];
        samplers[a].draw(seed, c, count, output, leverage);
        int[] outCounts = outputHistograms[u].counts;
        int[] levCounts = leverageHistograms[u].counts;
        double[] e = local[u];
        if (e == null) {
          e = new double[] {output[0], output[0], leverage[0], leverage[0]};
          local[u] = e;
        }
        int rank = idRank[a];
        for (int i = 0; i < count; i++) {
          double out = output[i];
          double lev = leverage[i];
          COUNTS.getAndAdd(outCounts, outputHistograms[u].bucket(out), 1);
          COUNTS.getAndAdd(levCounts, leverageHistograms[u].bucket(lev), 1);
          e[0] = Math.min(e[0], out);
          e[1] = Math.max(e[1], out);
          e[2] = Math.min(e[2], lev);
          e[3] = Math.max(e[3], lev);
          int b = bestIndex[i];
          if (b < 0 || SampleRanking.beats(lev, rank, bestValue[i], idRank[b])) {
            bestIndex[i] = a;
            bestValue[i] = lev;
          }
        }
      }
      if (samplers.length > 0) {
        for (int i = 0; i < count; i++) {
          won[bestIndex[i]]++;
        }
      }
      advance((long) uncertain.length * count);
    }
  }

  private void merge(FirstPass pass) {
    for (int a = 0; a < wins.length; a++) {
      wins[a] += pass.won[a];
    }
    for (int u = 0; u < uncertain.length; u++) {
      double[] e = pass.local[u];
      if (e == null) {
        continue;
      }
      if (extremes[u] == null) {
        extremes[u] = e.clone();
      } else {
        extremes[u][0] = Math.min(extremes[u][0], e[0]);
        extremes[u][1] = Math.max(extremes[u][1], e[1]);
        extremes[u][2] = Math.min(extremes[u][2], e[2]);
        extremes[u][3] = Math.max(extremes[u][3], e[3]);
      }
    }
  }

  private void summarize(int u, double[][] buffers, Workers.Run run) {
    int a = uncertain[u];
    ActivitySampler sampler = samplers[a];
    double[] e = extremes[u];
    int[] ranks = Selection.ranksOf(n, 0.1, 0.5, 0.9);
    Selection outSelection =
        new Selection(n, ranks, outputHistograms[u], e[0], e[1], Selection.COLLECT_LIMIT);
    Selection levSelection =
        new Selection(n, ranks, leverageHistograms[u], e[2], e[3], Selection.COLLECT_LIMIT);
    outputHistograms[u] = null;
    leverageHistograms[u] = null;
    double[] output = buffers[0];
    double[] leverage = buffers[1];
    double firstOut = 0;
    double firstLev = 0;
    double shiftedOut = 0;
    double shiftedLev = 0;
    boolean first = true;
    do {
      for (int c = 0; c < chunks; c++) {
        if (run.stopped()) {
          return;
        }
        int count = Math.min(CHUNK_SIZE, n - c * CHUNK_SIZE);
        sampler.draw(seed, c, count, output, leverage);
        if (first) {
          if (c == 0) {
            firstOut = output[0];
            firstLev = leverage[0];
          }
          for (int i = 0; i < count; i++) {
            shiftedOut += output[i] - firstOut;
            shiftedLev += leverage[i] - firstLev;
          }
        }
        if (!outSelection.done()) {
          outSelection.accept(output, count);
        }
        if (!levSelection.done()) {
          levSelection.accept(leverage, count);
        }
      }
      if (!outSelection.done()) {
        outSelection.endPass();
      }
      if (!levSelection.done()) {
        levSelection.endPass();
      }
      if (first) {
        advance(n);
      }
      first = false;
    } while (!outSelection.done() || !levSelection.done());
    double[] outQ = Selection.interpolate(n, outSelection.values(), 0.1, 0.5, 0.9);
    double[] levQ = Selection.interpolate(n, levSelection.values(), 0.1, 0.5, 0.9);
    outputs[a] = distribution(sampler, true, firstOut, shiftedOut, e[0], e[1], outQ);
    leverages[a] = distribution(sampler, false, firstLev, shiftedLev, e[2], e[3], levQ);
  }

  /**
   * The distribution of an activity's outputs ({@code output}) or leverages: its mean from the sum
   * of samples {@code shifted} by the {@code first}, its extremes and its p10, p50 and p90.
   */
  private Distribution distribution(
      ActivitySampler sampler,
      boolean output,
      double first,
      double shifted,
      double min,
      double max,
      double[] quantiles) {
    return new Distribution(
        n,
        Distribution.mean(first, shifted, n, min, max),
        min,
        max,
        quantiles[0],
        quantiles[1],
        quantiles[2],
        SimulationResult.replay(sampler, seed, n, output));
  }

  /** Reports {@code more} units of work done, one caller at a time. */
  private void advance(long more) {
    synchronized (this) {
      done += more;
      if (total > 0) {
        progress.progress(Math.min(done, total), total);
      }
    }
  }
}
