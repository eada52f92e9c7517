package dev.leverage.calculator;

import static dev.leverage.calculator.ScoreCommandTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.leverage.InvalidModelException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files a command reads (MODEL.md §10): the size is checked before reading, and a device, FIFO
 * or directory is refused before it is opened, each with status 2 and a plain message.
 */
class InputFileTest {
  private static final Duration QUICKLY = Duration.ofSeconds(20);

  @TempDir Path dir;

  private static void assertBadInput(CalculatorRun run, String... expected) {
    assertThat(run.status()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(expected).doesNotContain("Exception", "\tat ");
  }

  @Test
  void anEndlessDeviceIsRefusedWithoutReadingIt() {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");

    CalculatorRun run =
        assertTimeoutPreemptively(QUICKLY, () -> CalculatorRun.of("score", "/dev/zero"));

    assertBadInput(
        run, "1 problem in /dev/zero:", "it is a device, FIFO or socket, not a regular file");
  }

  @Test
  void aFifoIsRefusedWithoutOpeningIt() {
    Path fifo = dir.resolve("week.yaml");
    assumeTrue(Fifos.make(fifo), "mkfifo is not available");

    CalculatorRun run =
        assertTimeoutPreemptively(QUICKLY, () -> CalculatorRun.of("plan", fifo.toString()));

    assertBadInput(run, "it is a device, FIFO or socket, not a regular file");
  }

  @Test
  void aDirectoryIsRefused() {
    assertBadInput(CalculatorRun.of("coach", dir.toString()), "it is a directory");
  }

  @Test
  void aFileOverTheDefaultLimitIsRefusedBeforeItIsRead() throws IOException {
    Path huge = dir.resolve("huge.yaml");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(3L << 30); // sparse: 3 GiB that take no room and would not fit in memory
    }

    CalculatorRun run =
        assertTimeoutPreemptively(QUICKLY, () -> CalculatorRun.of("score", huge.toString()));

    assertBadInput(
        run, "it is 3GiB, larger than the limit of 64MiB; raise it with --max-file-size");
  }

  @Test
  void theLimitCanBeRaisedOrLowered() throws IOException {
    Path week = Files.copy(Path.of(resource("worked-example.yaml")), dir.resolve("week.yaml"));
    long size = Files.size(week);

    assertBadInput(
        CalculatorRun.of("score", week.toString(), "--max-file-size", (size - 1) + "B"),
        "larger than the limit of");
    assertThat(CalculatorRun.of("score", week.toString(), "--max-file-size", size + "").status())
        .isZero();
    assertThat(CalculatorRun.of("score", week.toString(), "--max-file-size", "1GiB").status())
        .isZero();
  }

  @Test
  void aLimitThatCannotBeReadOrIsOutOfRangeIsBadInput() {
    String week = resource("worked-example.yaml");

    assertBadInput(
        CalculatorRun.of("score", week, "--max-file-size", "lots"),
        "--max-file-size: cannot read 'lots' as a size: write it like 64MiB");
    assertBadInput(
        CalculatorRun.of("score", week, "--max-file-size", "2GiB"),
        "--max-file-size: must be from 1 byte to 1GiB, was 2GiB");
  }

  @Test
  void sizesAreWrittenInBinaryOrDecimalUnits() {
    assertThat(FileSize.parse("64MiB").bytes()).isEqualTo(64L << 20);
    assertThat(FileSize.parse("64m").bytes()).isEqualTo(64L << 20);
    assertThat(FileSize.parse("500KB").bytes()).isEqualTo(500_000);
    assertThat(FileSize.parse("1.5 MiB").bytes()).isEqualTo(3L << 19);
    assertThat(FileSize.parse("1000").bytes()).isEqualTo(1000);
    assertThat(FileSize.DEFAULT).hasToString("64MiB");
    assertThat(new FileSize(1536)).hasToString("1.5KiB");
    assertThatThrownBy(() -> FileSize.parse("0")).isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> FileSize.parse("-5MiB")).isInstanceOf(InvalidModelException.class);
  }

  @Test
  void aFileThatIsNotUtf8NamesTheFirstBadByte() throws IOException {
    Path file = dir.resolve("latin1.yaml");
    Files.write(file, new byte[] {'t', 'e', 'a', 'm', 's', ':', ' ', (byte) 0xe9});

    assertBadInput(
        CalculatorRun.of("score", file.toString()),
        "it is not UTF-8 text: byte 8 is not part of a character");
  }

  @Test
  void aMissingFileIsSaidInPlainWords() {
    assertBadInput(
        CalculatorRun.of("score", dir.resolve("nope.yaml").toString()),
        "cannot read it: no such file or directory");
  }
}
