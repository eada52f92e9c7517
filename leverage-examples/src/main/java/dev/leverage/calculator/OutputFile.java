package dev.leverage.calculator;

import dev.leverage.InvalidModelException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import picocli.CommandLine.ITypeConverter;

/**
 * Writes a command's result to a file (MODEL.md §10): a new file, or a regular file replaced
 * atomically (the text goes to a temporary file in the same directory, which is then moved into
 * place), so the file is either untouched or complete. A symbolic link, device, FIFO, socket or
 * directory at the path is never replaced.
 */
final class OutputFile {
  private static final SecureRandom RANDOM = new SecureRandom();

  private OutputFile() {}

  /**
   * Checks that {@code target} can be written: it does not exist or is a regular file (not a link
   * to one), and its directory exists.
   *
   * @throws InvalidModelException at an empty path, saying what is at {@code target} instead
   */
  static Path check(Path target) {
    BasicFileAttributes attributes;
    try {
      attributes =
          Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      Path directory = target.toAbsolutePath().getParent();
      if (directory == null || !Files.isDirectory(directory)) {
        throw refused(target, "its directory does not exist; create it or choose another path");
      }
      return target;
    } catch (IOException e) {
      throw refused(target, "cannot check it: " + Input.plain(e));
    }
    if (attributes.isSymbolicLink()) {
      throw refused(
          target, "it is a symbolic link, which is never replaced; give the path of a file");
    }
    if (attributes.isDirectory()) {
      throw refused(target, "it is a directory; give the path of a file in it");
    }
    if (!attributes.isRegularFile()) {
      throw refused(
          target,
          "it is a device, FIFO or socket, which is never replaced; give the path of a file");
    }
    return target;
  }

  /**
   * Writes {@code text} (UTF-8) to {@code target} atomically, after {@link #check}ing it.
   *
   * @throws InvalidModelException at an empty path when {@code target} is refused or the write
   *     fails, saying why in plain words; {@code target} is then untouched
   */
  static void write(Path target, String text) {
    check(target);
    Path temporary =
        target
            .toAbsolutePath()
            .resolveSibling(
                "." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
    try {
      try (FileChannel channel =
          FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        channel.write(StandardCharsets.UTF_8.encode(text));
        channel.force(true);
      }
      keepPermissions(target, temporary);
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw refused(target, "cannot write it: " + Input.plain(e));
    } finally {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // Left behind only when the write failed and the directory refuses deletes as well.
      }
    }
  }

  /** A replaced file keeps its permissions: a private file does not become readable by all. */
  private static void keepPermissions(Path target, Path temporary) throws IOException {
    PosixFileAttributeView existing =
        Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (existing != null && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      Files.setPosixFilePermissions(temporary, existing.readAttributes().permissions());
    }
  }

  private static InvalidModelException refused(Path target, String why) {
    return InvalidModelException.of("", "'" + target + "': " + why);
  }

  /** Checks an output path when the command line is read, before any work is done. */
  static final class Converter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      return check(Converters.path(value));
    }
  }
}
