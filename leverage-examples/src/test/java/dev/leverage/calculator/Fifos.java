package dev.leverage.calculator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Named pipes for tests, where the system has {@code mkfifo}. */
final class Fifos {
  private Fifos() {}

  /** Makes a FIFO at {@code path}; false when this system cannot. */
  static boolean make(Path path) {
    try {
      Process process = new ProcessBuilder("mkfifo", path.toString()).start();
      return process.waitFor(10, TimeUnit.SECONDS)
          && process.exitValue() == 0
          && Files.exists(path)
          && !Files.isRegularFile(path);
    } catch (Exception e) {
      return false;
    }
  }
}
