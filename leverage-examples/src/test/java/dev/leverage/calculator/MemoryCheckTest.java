package dev.leverage.calculator;

import static dev.leverage.calculator.ScoreCommandTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request that needs more memory than the heap has left is refused before it starts (MODEL.md
 * §10): status 2, the figure it needs, how to lower it, never an {@link OutOfMemoryError}. The
 * small heaps are those of a forked JVM ({@code -Xmx}); in this JVM only absurd requests can be
 * refused.
 */
class MemoryCheckTest {
  @TempDir Path dir;

  @Test
  void aSimulationOnAHundredThousandThreadsIsRefusedSayingThatOneThreadNeedsLess() {
    CalculatorRun run =
        CalculatorRun.of(
            "simulate",
            resource("uncertain.yaml"),
            "--threads",
            "100000",
            "--samples",
            "1000000",
            "--seed",
            "1");

    assertThat(run.status()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("a simulation of ")
        .contains(" x 1000000 samples on 100000 threads needs about ")
        .contains("lower --threads (with --threads 1 it needs about ")
        .contains("LEVERAGE_JAVA_OPTS=-Xmx")
        .doesNotContain("OutOfMemoryError")
        .doesNotContain("\tat ");
  }

  @Test
  void compareChecksItsSimulationToo() {
    CalculatorRun run =
        CalculatorRun.of(
            "compare",
            resource("uncertain.yaml"),
            "write-vision",
            "groom-backlog",
            "--threads",
            "100000",
            "--samples",
            "1000000");

    assertThat(run.status()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("needs about ").contains("lower --threads");
  }

  @Test
  void aSixtyMegabyteFileInA64MegabyteHeapIsRefusedBeforeItIsRead() throws Exception {
    Path big = dir.resolve("big.json");
    writeActivities(big, 350_000); // about 60 MB
    assertThat(Files.size(big)).isGreaterThan(55L << 20);

    Forked run = fork("-Xmx64m", "score", big.toString(), "--max-file-size", "100MiB");

    assertThat(run.status()).as(run.err()).isEqualTo(2);
    assertThat(run.err())
        .contains("1 problem in " + big)
        .contains("reading it (")
        .contains("needs about 1.")
        .contains("GiB of memory, but the Java heap has ")
        .contains("read a smaller file")
        .contains("LEVERAGE_JAVA_OPTS=-Xmx2g")
        .doesNotContain("OutOfMemoryError")
        .doesNotContain("\tat ");
  }

  @Test
  void planningInAHeapSmallerThanThePlannersTablesIsRefusedWhenTheBudgetCouldFillThem()
      throws Exception {
    Path file = dir.resolve("long.json");
    writeActivities(file, 50);

    Forked week = fork("-Xmx24m", "plan", file.toString(), "--budget", "40h");
    Forked huge = fork("-Xmx24m", "plan", file.toString(), "--budget", "100000000h");

    assertThat(week.status()).as(week.err()).isZero();
    assertThat(huge.status()).as(huge.err()).isEqualTo(2);
    assertThat(huge.err())
        .contains("planning 50 activities in 100000000h needs about ")
        .contains("or a smaller --budget")
        .contains("LEVERAGE_JAVA_OPTS=-Xmx1g")
        .doesNotContain("\tat ");
  }

  /** {@code count} activities of manager {@code lee} over 10 teams, each with a point time. */
  static void writeActivities(Path file, int count) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"horizon\": \"12w\", \"teams\": [");
      for (int t = 0; t < 10; t++) {
        out.write((t == 0 ? "" : ", ") + "{\"id\": \"t" + t + "\", \"output\": " + (10 + t) + "}");
      }
      out.write("], \"managers\": [{\"id\": \"lee\", \"owns\": [\"t0\", \"t1\"]}],\n");
      out.write("\"activities\": [\n");
      for (int a = 0; a < count; a++) {
        out.write(
            (a == 0 ? "" : ",\n")
                + "{\"id\": \"activity-"
                + a
                + "\", \"by\": \"lee\", \"time\": \""
                + (1 + a % 8)
                + "h\", \"effects\": [{\"team\": \"t"
                + (a % 10)
                + "\", \"uplift\": 0.0"
                + (1 + a % 9)
                + "}], \"attributes\": {\"reach\": "
                + (100 + a % 1000)
                + ", \"impact\": 2, \"confidence\": 0.8, \"effort\": 3}}");
      }
      out.write("]}\n");
    }
  }

  record Forked(int status, String out, String err) {}

  /** Runs the calculator in a new JVM with {@code heap} (such as {@code -Xmx64m}). */
  static Forked fork(String heap, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(heap);
    command.add("-XX:+UseSerialGC");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Calculator.class.getName());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("memory-check", ".out");
    Path err = Files.createTempFile("memory-check", ".err");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      int status = process.waitFor();
      return new Forked(status, Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
