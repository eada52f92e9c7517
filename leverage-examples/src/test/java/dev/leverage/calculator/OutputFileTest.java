package dev.leverage.calculator;

import static dev.leverage.calculator.ScoreCommandTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -o FILE} as MODEL.md §10 says: a new or regular file replaced atomically; a link, device,
 * FIFO or directory never replaced (status 2); nothing half-written; failures in plain words.
 */
class OutputFileTest {
  private static final String WEEK = resource("worked-example.yaml");

  @TempDir Path dir;

  private static void assertRefused(CalculatorRun run, String... expected) {
    assertThat(run.status()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(expected).doesNotContain("Exception", "\tat ");
  }

  private void assertNoTemporaryFileIsLeft() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void aNewFileIsWritten() throws IOException {
    Path file = dir.resolve("scores.csv");

    CalculatorRun run = CalculatorRun.of("score", WEEK, "--format", "csv", "-o", file.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.readString(file)).startsWith("rank,id,by,kind,hours,output,leverage,score");
    assertNoTemporaryFileIsLeft();
  }

  @Test
  void aRegularFileIsReplacedWholeAndKeepsItsPermissions() throws IOException {
    Path file = dir.resolve("scores.csv");
    Files.writeString(
        file, "an old result that is much longer than the new one will be ".repeat(50));
    boolean posix = Files.getFileStore(dir).supportsFileAttributeView("posix");
    if (posix) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    CalculatorRun run = CalculatorRun.of("score", WEEK, "--format", "csv", "-o", file.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.readString(file))
        .isEqualTo(CalculatorRun.of("score", WEEK, "--format", "csv").out());
    if (posix) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    }
    assertNoTemporaryFileIsLeft();
  }

  @Test
  void aSymbolicLinkIsNeverReplacedNorItsTargetWritten() throws IOException {
    Path target = Files.writeString(dir.resolve("precious.txt"), "keep me");
    Path link = dir.resolve("scores.csv");
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links are not supported here");
    }

    CalculatorRun run = CalculatorRun.of("score", WEEK, "--format", "csv", "-o", link.toString());

    assertRefused(run, "--output: '" + link + "': it is a symbolic link, which is never replaced");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).isEqualTo("keep me");
  }

  @Test
  void aDeviceIsNeverReplaced() throws IOException {
    Path device = Path.of("/dev/null");
    assumeTrue(Files.exists(device, LinkOption.NOFOLLOW_LINKS), "no /dev/null here");
    Object before = Files.getAttribute(device, "unix:rdev", LinkOption.NOFOLLOW_LINKS);

    CalculatorRun report = CalculatorRun.of("report", WEEK, "-o", device.toString());
    CalculatorRun score = CalculatorRun.of("score", WEEK, "--output", device.toString());

    assertRefused(report, "--output: '/dev/null': it is a device, FIFO or socket");
    assertRefused(score, "--output: '/dev/null': it is a device, FIFO or socket");
    assertThat(Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(Files.getAttribute(device, "unix:rdev", LinkOption.NOFOLLOW_LINKS))
        .isEqualTo(before);
  }

  @Test
  void aFifoIsNeverReplacedNorOpened() throws Exception {
    Path fifo = dir.resolve("pipe.csv");
    assumeTrue(Fifos.make(fifo), "mkfifo is not available");

    CalculatorRun run = CalculatorRun.of("plan", WEEK, "--format", "csv", "-o", fifo.toString());

    assertRefused(run, "it is a device, FIFO or socket, which is never replaced");
    assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
  }

  @Test
  void aDirectoryOrAMissingDirectoryIsRefused() {
    assertRefused(
        CalculatorRun.of("score", WEEK, "-o", dir.toString()),
        "--output: '" + dir + "': it is a directory");
    assertRefused(
        CalculatorRun.of("score", WEEK, "-o", dir.resolve("no/such/scores.csv").toString()),
        "its directory does not exist");
  }

  @Test
  void theScenarioBeingReadIsNeverTheOutput() throws IOException {
    Path scenario = Files.copy(Path.of(WEEK), dir.resolve("week.yaml"));
    String before = Files.readString(scenario);

    assertRefused(
        CalculatorRun.of(
            "score", scenario.toString(), "--format", "csv", "-o", scenario.toString()),
        "is the scenario file being read");
    assertThat(Files.readString(scenario)).isEqualTo(before);
  }

  @Test
  void badInputWritesNothingAndLeavesAnOldResultAlone() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "teams: [{id: t, output: -1}]\n");
    Path old = Files.writeString(dir.resolve("old.csv"), "old");
    Path fresh = dir.resolve("fresh.csv");

    assertRefused(
        CalculatorRun.of("score", bad.toString(), "--format", "csv", "-o", old.toString()),
        "teams[0].output");
    assertRefused(
        CalculatorRun.of("score", bad.toString(), "--format", "csv", "-o", fresh.toString()),
        "teams[0].output");

    assertThat(Files.readString(old)).isEqualTo("old");
    assertThat(fresh).doesNotExist();
    assertNoTemporaryFileIsLeft();
  }

  @Test
  void aWriteThatFailsIsSaidInPlainWords() {
    Path proc = Path.of("/proc/self");
    assumeTrue(Files.isDirectory(proc), "no /proc here");

    CalculatorRun run =
        CalculatorRun.of("score", WEEK, "-o", proc.resolve("scores.csv").toString());

    assertRefused(run, "--output: '/proc/self/scores.csv': cannot write it: ");
    assertThat(run.err()).doesNotContainPattern("[A-Z][a-z]+(Exception|Error)");
  }
}
