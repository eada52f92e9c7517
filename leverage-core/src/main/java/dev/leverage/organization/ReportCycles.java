package dev.leverage.organization;

import dev.leverage.Problem;
import dev.leverage.internal.IdIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds every cycle of reports, once each, in O(n) time: each manager is walked at most once, up
 * through their bosses, so a 100,000-manager chain or loop costs one pass. Stateless.
 */
final class ReportCycles {
  private ReportCycles() {}

  /**
   * A problem for every cycle of reports in {@code bosses} (each manager's boss, or -1), in the
   * order of each cycle's smallest id, at the report that closes the cycle above that manager.
   * Managers whose id repeats an earlier one are skipped (the duplicate is a problem of its own).
   */
  static List<Problem> find(IdIndex managers, int[] bosses, List<Manager> managerList) {
    int n = bosses.length;
    int[] walk = new int[n];
    List<int[]> found = new ArrayList<>();
    for (int m = 0; m < n; m++) {
      if (walk[m] != 0 || managers.indexOf(managers.id(m)) != m) {
        continue;
      }
      int x = m;
      while (x >= 0 && walk[x] == 0) {
        walk[x] = m + 1;
        x = bosses[x];
      }
      if (x >= 0 && walk[x] == m + 1) {
        // x lies on a cycle: x, its boss, the boss's boss... back to x.
        int smallest = x;
        int length = 0;
        int y = x;
        do {
          if (managers.id(y).compareTo(managers.id(smallest)) < 0) {
            smallest = y;
          }
          length++;
          y = bosses[y];
        } while (y != x);
        found.add(new int[] {smallest, length});
      }
    }
    found.sort(Comparator.comparingInt(c -> c[0]));
    List<Problem> problems = new ArrayList<>();
    for (int[] cycle : found) {
      problems.add(problem(managers, bosses, managerList, cycle[0], cycle[1]));
    }
    return problems;
  }

  private static Problem problem(
      IdIndex managers, int[] bosses, List<Manager> managerList, int first, int length) {
    // Walking up from the smallest id, then reading backwards, lists each manager's report.
    String[] up = new String[length];
    int y = first;
    for (int i = 0; i < length; i++) {
      up[i] = managers.id(y);
      y = bosses[y];
    }
    List<String> names = new ArrayList<>(length + 1);
    names.add(up[0]);
    for (int i = length - 1; i >= 1; i--) {
      names.add(up[i]);
    }
    names.add(up[0]);
    int boss = bosses[first];
    int k = 0;
    for (String report : managerList.get(boss).reports()) {
      if (report.equals(up[0])) {
        break;
      }
      k++;
    }
    return Problem.at(
        "managers[" + boss + "].reports[" + k + "]",
        "reports form a cycle "
            + String.join(" -> ", names)
            + " (each manager listing the next in reports); reports must form a forest,"
            + " so remove one of these links");
  }
}
