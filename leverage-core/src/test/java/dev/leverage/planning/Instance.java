package dev.leverage.planning;

import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityKind;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A random planning instance: candidates of manager {@code m} with whole-minute durations, outputs
 * that may be negative, foundation flags and a random requirement DAG, and a budget in minutes.
 */
record Instance(List<ActivityOutput> candidates, long budgetMinutes) {
  static final String MANAGER = "m";

  Effort budget() {
    return Effort.ofMinutes(budgetMinutes);
  }

  int size() {
    return candidates.size();
  }

  Instance withBudget(long minutes) {
    return new Instance(candidates, minutes);
  }

  /** The same candidates with every output changed by {@code change}. */
  Instance withOutputs(java.util.function.DoubleUnaryOperator change) {
    return new Instance(
        candidates.stream()
            .map(
                c ->
                    new ActivityOutput(
                        c.activity(), c.hours(), change.applyAsDouble(c.output()), List.of()))
            .toList(),
        budgetMinutes);
  }

  /** The sum of every candidate's minutes: a budget at least this large fits them all. */
  long totalMinutes() {
    return candidates.stream().mapToLong(c -> Candidates.minutes(c.hours())).sum();
  }

  /**
   * The same candidates with every duration and the budget multiplied by {@code factor} and raised
   * by up to {@code factor − 1} minutes at random: the same requirement structure at a budget far
   * past a week, with no common divisor.
   */
  Instance stretched(long factor, long seed) {
    Random random = new Random(seed);
    List<ActivityOutput> stretched = new ArrayList<>();
    for (ActivityOutput c : candidates) {
      long minutes = Candidates.minutes(c.hours()) * factor + random.nextInt((int) factor);
      Activity activity = c.activity().toBuilder().time(Effort.ofMinutes(minutes)).build();
      stretched.add(new ActivityOutput(activity, activity.hours(), c.output(), List.of()));
    }
    return new Instance(
        List.copyOf(stretched), budgetMinutes * factor + random.nextInt((int) factor));
  }

  /** Instances of 1 to {@code maxSize} candidates with at most 3 requirements each. */
  static Arbitrary<Instance> upTo(int maxSize, int maxRequirements) {
    return Combinators.combine(
            Arbitraries.integers().between(1, maxSize),
            Arbitraries.longs(),
            Arbitraries.integers().between(1, 2400),
            Arbitraries.of(0.0, 0.2, 0.5))
        .as(
            (n, seed, budget, density) ->
                random(n, new Random(seed), budget, density, maxRequirements, true));
  }

  /** An instance drawn from {@code random}; {@code fractional} outputs, else whole numbers. */
  static Instance random(
      int n, Random random, long budget, double density, int maxRequirements, boolean fractional) {
    List<Integer> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add(i);
    }
    Collections.shuffle(names, random);
    List<ActivityOutput> candidates = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int minutes = 1 + random.nextInt(random.nextBoolean() ? 60 : 600);
      double output;
      int shape = random.nextInt(10);
      if (shape == 0) {
        output = -random.nextInt(40);
      } else if (shape == 1 || !fractional) {
        output = random.nextInt(60);
      } else {
        output = -20 + 120 * random.nextDouble();
      }
      Activity.Builder activity =
          Activity.builder()
              .id(String.format("a%03d", names.get(i)))
              .by(MANAGER)
              .kind(random.nextInt(3) == 0 ? ActivityKind.FOUNDATION : ActivityKind.OTHER)
              .time(Effort.ofMinutes(minutes));
      if (i > 0) {
        int count = random.nextDouble() < density ? 1 + random.nextInt(maxRequirements) : 0;
        for (int k = 0; k < count; k++) {
          activity.requires(String.format("a%03d", names.get(random.nextInt(i))));
        }
      }
      Activity built = activity.build();
      candidates.add(new ActivityOutput(built, built.hours(), output, List.of()));
    }
    return new Instance(List.copyOf(candidates), budget);
  }

  @Override
  public String toString() {
    return "budget "
        + budget()
        + ": "
        + candidates.stream()
            .map(
                c ->
                    c.activity().id()
                        + (c.activity().isFoundation() ? "*" : "")
                        + "("
                        + Effort.ofHours(c.hours())
                        + ", "
                        + c.output()
                        + (c.activity().requires().isEmpty()
                            ? ""
                            : ", requires " + c.activity().requires())
                        + ")")
            .collect(Collectors.joining(", "));
  }
}
