package dev.leverage.planning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;

/**
 * The order in which a plan's or a week's activities are done (§7): among those whose requirements
 * of the same set are done, foundation work (and what it requires) first, then leverage descending,
 * then index (the candidates' order, which is by id).
 */
final class ExecutionOrder {
  private ExecutionOrder() {}

  /**
   * {@return the candidates of {@code c} in {@code done}, in execution order}
   *
   * @param done the candidates done in the plan or the week
   * @param leverage each candidate's leverage there, output per hour
   */
  static List<Integer> of(Candidates c, IntPredicate done, IntToDoubleFunction leverage) {
    boolean[] early = new boolean[c.n];
    ArrayDeque<Integer> todo = new ArrayDeque<>();
    for (int i = 0; i < c.n; i++) {
      if (done.test(i) && c.foundation[i] && !early[i]) {
        early[i] = true;
        todo.push(i);
        while (!todo.isEmpty()) {
          for (int r : c.requires[todo.pop()]) {
            if (done.test(r) && !early[r]) {
              early[r] = true;
              todo.push(r);
            }
          }
        }
      }
    }
    Comparator<Integer> priority =
        Comparator.comparing((Integer i) -> !early[i])
            .thenComparing(i -> -leverage.applyAsDouble(i))
            .thenComparing(i -> i);
    int[] waiting = new int[c.n];
    PriorityQueue<Integer> ready = new PriorityQueue<>(priority);
    for (int i = 0; i < c.n; i++) {
      if (done.test(i)) {
        for (int r : c.requires[i]) {
          if (done.test(r)) {
            waiting[i]++;
          }
        }
        if (waiting[i] == 0) {
          ready.add(i);
        }
      }
    }
    List<Integer> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      int i = ready.poll();
      order.add(i);
      for (int d : c.dependents[i]) {
        if (done.test(d) && --waiting[d] == 0) {
          ready.add(d);
        }
      }
    }
    return order;
  }
}
