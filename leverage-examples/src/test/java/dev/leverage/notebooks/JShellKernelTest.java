package dev.leverage.notebooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The notebook runner itself: it captures output, keeps state between cells, and fails loudly. One
 * kernel serves every test, as one serves every cell of a notebook.
 */
class JShellKernelTest {
  private static JShellKernel kernel;

  @BeforeAll
  static void start() {
    kernel = new JShellKernel();
  }

  @AfterAll
  static void close() {
    kernel.close();
  }

  @Test
  void cellsShareStateAndTheirPrintedOutputIsCaptured() {
    kernel.run("%jars ignored.jar\nint x = 20;\nvoid twice() { System.out.println(2 * x); }");

    JShellKernel.Output output = kernel.run("twice();\nSystem.err.println(\"to stderr\");");

    assertThat(output.stdout()).isEqualTo("40\n");
    assertThat(output.stderr()).isEqualTo("to stderr\n");
  }

  @Test
  void theProjectIsOnTheClassPath() {
    JShellKernel.Output output =
        kernel.run(
            "System.out.println(dev.leverage.organization.Team.of(\"checkout\", 100).output());");

    assertThat(output.stdout()).isEqualTo("100.0\n");
  }

  @Test
  void aCellThatDoesNotCompileFailsWithTheCompilersMessage() {
    assertThatThrownBy(() -> kernel.run("int y = \"text\";"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("does not compile")
        .hasMessageContaining("incompatible types");
  }

  @Test
  void aCellThatThrowsFails() {
    assertThatThrownBy(() -> kernel.run("Integer.parseInt(\"x\");"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("NumberFormatException");
  }

  @Test
  void aCellReferringToWhatDoesNotExistFails() {
    assertThatThrownBy(() -> kernel.run("void f() { missing(); }"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("missing");
  }

  @Test
  void aCellEndingWithAValueFailsBecauseJupyterWouldShowIt() {
    assertThatThrownBy(() -> kernel.run("System.out.printf(\"%d%n\", 1);"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ends with an expression");
  }

  @Test
  void normalisingRemovesOnlyTrailingWhitespace() {
    assertThat(Notebook.normalise("a  \n  b\t\n\n\n")).isEqualTo("a\n  b");
    assertThat(Notebook.normalise("a b")).isNotEqualTo(Notebook.normalise("a  b"));
  }
}
