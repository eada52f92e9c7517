package dev.leverage.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leverage.calculator.Calculator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the notebooks for people who do not write Java (Python kernel, {@code %%writefile} cells
 * that are scenario files and {@code %%bash} cells of {@code ../../leverage} commands) without
 * Jupyter: each scenario cell is written to a scratch folder, each command runs the calculator in
 * process there, and what it prints must be what the notebook stores, stream by stream.
 *
 * <p>In Jupyter itself, {@code leverage-examples/notebooks/jupyter.sh check NAME.ipynb} does the
 * same (CI runs it where Jupyter is installed).
 */
class CalculatorNotebooksTest {
  private static final String WRITEFILE = "%%writefile ";
  private static final String BASH = "%%bash";
  private static final String LAUNCHER = "../../leverage ";
  private static final String ECHO_STATUS = " || echo \"exit status $?\"";
  private static final Pattern FILE_NAME = Pattern.compile("[\\w.-]+\\.(yaml|yml|json|csv|html)");

  @TempDir Path scratch;

  @Test
  void thereIsANotebookForPeopleWhoDoNotWriteJava() throws IOException {
    assertThat(NotebooksTest.notebooks("python")).isNotEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everyCommandPrintsWhatTheNotebookStores() throws IOException {
    return NotebooksTest.notebooks("python").stream()
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
  }

  private void check(Path file) throws IOException {
    List<ObjectNode> cells = Notebook.read(file).codeCells();
    assertThat(cells).as("code cells of " + file.getFileName()).isNotEmpty();
    for (int i = 0; i < cells.size(); i++) {
      String where = file.getFileName() + ", code cell " + (i + 1);
      String source = Notebook.source(cells.get(i));
      String first = source.lines().findFirst().orElse("");
      String body = source.substring(Math.min(source.length(), first.length() + 1));
      if (first.startsWith(WRITEFILE)) {
        // IPython writes the cell below the magic line as it is; what it prints (Writing or
        // Overwriting) depends on what is already there, so it is not compared.
        Files.writeString(
            scratch.resolve(first.substring(WRITEFILE.length()).strip()),
            body,
            StandardCharsets.UTF_8);
        continue;
      }
      assertThat(first).as(where + ": a cell is %%writefile FILE or %%bash").isEqualTo(BASH);
      StringBuilder out = new StringBuilder();
      StringBuilder err = new StringBuilder();
      for (String line : body.lines().map(String::strip).toList()) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          run(where, line, out, err);
        }
      }
      assertThat(Notebook.normalise(out.toString()))
          .as(where + ": printed output differs from the stored output")
          .isEqualTo(Notebook.normalise(Notebook.storedStream(cells.get(i), "stdout")));
      assertThat(Notebook.normalise(err.toString()))
          .as(where + ": error output differs from the stored output")
          .isEqualTo(Notebook.normalise(Notebook.storedStream(cells.get(i), "stderr")));
    }
  }

  /**
   * Runs one line, {@code ../../leverage ARGS} with an optional {@code || echo "exit status $?"},
   * with the files it names in the scratch folder.
   */
  private void run(String where, String line, StringBuilder out, StringBuilder err) {
    boolean echoStatus = line.endsWith(ECHO_STATUS);
    String command = echoStatus ? line.substring(0, line.length() - ECHO_STATUS.length()) : line;
    assertThat(command)
        .as(where + ": a command line is ../../leverage ARGS, without quotes")
        .startsWith(LAUNCHER)
        .doesNotContain("\"", "'", "|", ">", "<", ";", "&", "$");
    List<String> args = new ArrayList<>();
    for (String word : command.substring(LAUNCHER.length()).strip().split("\\s+")) {
      Matcher name = FILE_NAME.matcher(word);
      args.add(name.matches() ? scratch.resolve(word).toString() : word);
    }
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int status =
        Calculator.run(
            args.toArray(String[]::new), new PrintWriter(stdout, true), new PrintWriter(stderr));
    // The calculator names files as given; the notebook gives them relative to its folder.
    String folder = scratch.toString() + scratch.getFileSystem().getSeparator();
    out.append(stdout.toString().replace(folder, ""));
    err.append(stderr.toString().replace(folder, ""));
    if (echoStatus) {
      if (status != 0) {
        out.append("exit status ").append(status).append('\n');
      }
    } else {
      assertThat(status).as(where + ": exit status of " + line + "\n" + stderr).isZero();
    }
  }
}
