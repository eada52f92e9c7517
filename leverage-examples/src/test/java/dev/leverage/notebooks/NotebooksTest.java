package dev.leverage.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every notebook in {@code leverage-examples/notebooks/} through JShell and checks that each
 * code cell still prints exactly what the notebook stores (trailing whitespace aside).
 *
 * <p>After a deliberate change, store the new outputs with {@code ./mvnw -pl leverage-examples -am
 * verify -Dtest=NotebooksTest -Dsurefire.failIfNoSpecifiedTests=false -Dnotebooks.update=true} and
 * review the diff.
 */
class NotebooksTest {
  static final Path DIRECTORY =
      Path.of(System.getProperty("basedir", ".")).resolve("notebooks").toAbsolutePath();
  static final boolean UPDATE = Boolean.getBoolean("notebooks.update");

  /** The notebooks in {@code language}: {@code java} here, {@code python} for the calculator's. */
  static List<Path> notebooks(String language) throws IOException {
    List<Path> notebooks = new ArrayList<>();
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList()) {
        if (Notebook.read(file).language().equals(language)) {
          notebooks.add(file);
        }
      }
    }
    return notebooks;
  }

  static List<Path> notebooks() throws IOException {
    return notebooks("java");
  }

  @Test
  void thereAreNotebooksToRun() throws IOException {
    assertThat(notebooks()).hasSizeGreaterThanOrEqualTo(2);
  }

  @TestFactory
  Stream<DynamicTest> everyNotebookRunsAndPrintsItsStoredOutputs() throws IOException {
    return notebooks().stream()
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
  }

  private static void check(Path file) throws IOException {
    Notebook notebook = Notebook.read(file);
    List<ObjectNode> cells = notebook.codeCells();
    assertThat(cells).as("code cells of " + file.getFileName()).isNotEmpty();
    try (JShellKernel kernel = new JShellKernel()) {
      for (int i = 0; i < cells.size(); i++) {
        ObjectNode cell = cells.get(i);
        String where = file.getFileName() + ", code cell " + (i + 1);
        JShellKernel.Output output;
        try {
          output = kernel.run(Notebook.source(cell));
        } catch (AssertionError e) {
          throw new AssertionError(where + ": " + e.getMessage(), e);
        }
        boolean magic = JShellKernel.hasMagic(Notebook.source(cell));
        if (UPDATE) {
          Notebook.store(cell, i + 1, magic ? "" : output.stdout(), magic ? "" : output.stderr());
          continue;
        }
        if (magic) {
          // What the kernel prints for its magics (%jars: the jar's absolute path) is its own.
          continue;
        }
        assertThat(Notebook.normalise(output.stdout()))
            .as(where + ": printed output differs from the stored output")
            .isEqualTo(Notebook.normalise(Notebook.storedStream(cell, "stdout")));
        assertThat(Notebook.normalise(output.stderr()))
            .as(where + ": error output differs from the stored output")
            .isEqualTo(Notebook.normalise(Notebook.storedStream(cell, "stderr")));
      }
    }
    if (UPDATE) {
      notebook.write();
    }
  }
}
