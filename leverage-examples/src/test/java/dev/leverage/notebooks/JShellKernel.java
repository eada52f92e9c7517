package dev.leverage.notebooks;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Runs notebook cells the way the JShell-based Java kernel does, but in this JVM: one JShell per
 * notebook with the project's class path, cells in order, each cell's printed output captured.
 *
 * <p>Kernel magics ({@code %jars …}, lines starting with {@code %}) are skipped: the class path is
 * already the project's. Not thread-safe: it swaps {@code System.out} while a cell runs.
 */
final class JShellKernel implements AutoCloseable {
  private final JShell shell;

  /** What one cell printed. */
  record Output(String stdout, String stderr) {}

  JShellKernel() {
    shell = JShell.builder().executionEngine("local").build();
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    for (String entry : classPath.split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        shell.addToClasspath(entry);
      }
    }
  }

  /**
   * Runs {@code source} and returns what it printed.
   *
   * @throws AssertionError naming the snippet and the compiler's or the runtime's complaint when
   *     the cell does not compile, leaves something unresolved, or throws
   */
  Output run(String source) {
    String code =
        source
            .lines()
            .map(line -> line.stripLeading().startsWith("%") ? "" : line)
            .collect(Collectors.joining("\n"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream savedOut = System.out;
    PrintStream savedErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      List<String> snippets = snippets(code);
      for (int i = 0; i < snippets.size(); i++) {
        for (SnippetEvent event : shell.eval(snippets.get(i))) {
          check(snippets.get(i), event, i == snippets.size() - 1);
        }
      }
    } finally {
      System.out.flush();
      System.err.flush();
      System.setOut(savedOut);
      System.setErr(savedErr);
    }
    return new Output(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private List<String> snippets(String code) {
    List<String> snippets = new ArrayList<>();
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String remaining = code;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
        break; // only comments are left
      }
      if (!info.completeness().isComplete()) {
        throw new AssertionError("incomplete code (" + info.completeness() + "): " + remaining);
      }
      snippets.add(info.source());
      remaining = info.remaining();
    }
    return snippets;
  }

  /** True when {@code source} holds a kernel magic, whose output the build cannot reproduce. */
  static boolean hasMagic(String source) {
    return source.lines().anyMatch(line -> line.stripLeading().startsWith("%"));
  }

  private void check(String source, SnippetEvent event, boolean last) {
    Snippet snippet = event.snippet();
    if (event.exception() != null) {
      String thrown =
          event.exception() instanceof EvalException eval
              ? eval.getExceptionClassName() + ": " + eval.getMessage()
              : event.exception().toString();
      throw new AssertionError("the cell threw " + thrown + " in:\n" + source, event.exception());
    }
    if (last
        && event.causeSnippet() == null
        && (snippet.kind() == Snippet.Kind.EXPRESSION
            || snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND)) {
      throw new AssertionError(
          "the cell ends with an expression, whose value Jupyter would show as well; end it with"
              + " a statement, such as System.out.println(...):\n"
              + source);
    }
    if (event.status() == Snippet.Status.REJECTED) {
      String problems =
          shell
              .diagnostics(snippet)
              .map(diag -> diag.getMessage(java.util.Locale.ROOT))
              .collect(Collectors.joining("\n  "));
      throw new AssertionError("the cell does not compile:\n  " + problems + "\nin:\n" + source);
    }
    if (snippet instanceof DeclarationSnippet declaration
        && (event.status() == Snippet.Status.RECOVERABLE_DEFINED
            || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED)) {
      throw new AssertionError(
          "the cell refers to what does not exist: "
              + shell.unresolvedDependencies(declaration).collect(Collectors.toList())
              + "\nin:\n"
              + source);
    }
  }

  @Override
  public void close() {
    shell.close();
  }
}
