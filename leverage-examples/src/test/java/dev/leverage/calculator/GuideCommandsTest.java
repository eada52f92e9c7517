package dev.leverage.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/**
 * Runs every {@code ./leverage} command that docs/guide.md shows in its {@code sh} blocks, in order
 * and in process, and checks that each succeeds.
 *
 * <p>A path into the repository ({@code leverage-examples/...}) is read from the repository root;
 * every other file lives in a scratch directory, where each scenario the guide reads (such as
 * {@code my-week.yaml}) starts as the built-in example of that name (else the week), and where
 * reports and {@code > FILE} outputs are written. A plug-in jar the guide uses ({@code acme.jar})
 * is built from the guide's own Java source, as its instructions say.
 */
class GuideCommandsTest {
  private static final Pattern SH_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern FILE = Pattern.compile(".*\\.(ya?ml|json|html|csv)");

  @TempDir Path scratch;

  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("docs/guide.md"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException(
          "docs/guide.md not found above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  /** The guide's commands: lines of its sh blocks that start with ./leverage, comments removed. */
  static List<String> commands() throws IOException {
    String guide = Files.readString(root().resolve("docs/guide.md"));
    List<String> commands = new ArrayList<>();
    Matcher block = SH_BLOCK.matcher(guide);
    while (block.find()) {
      for (String line : block.group(1).split("\n")) {
        String command = line.replaceFirst("\\s+#.*$", "").strip();
        if (command.startsWith("./leverage")) {
          commands.add(command);
        }
      }
    }
    return commands;
  }

  @Test
  void everyCommandTheGuideShowsSucceeds() throws IOException {
    String guide = Files.readString(root().resolve("docs/guide.md"));
    List<String> commands = commands();
    assertThat(commands).hasSizeGreaterThanOrEqualTo(8);

    for (String command : commands) {
      List<String> words = words(command);
      words.remove(0);
      Path redirect = null;
      int arrow = words.indexOf(">");
      if (arrow >= 0) {
        redirect = scratch.resolve(words.get(arrow + 1));
        words = new ArrayList<>(words.subList(0, arrow));
      }
      for (int i = 0; i < words.size(); i++) {
        String word = words.get(i);
        if (word.endsWith(".jar")) {
          Path jar = scratch.resolve(word);
          if (!Files.exists(jar)) {
            GuidePlugin.build(guide, scratch.resolve("classes-" + word), jar);
          }
          words.set(i, jar.toString());
        } else if (FILE.matcher(word).matches()) {
          boolean isOutput = i > 0 && List.of("-o", "--output").contains(words.get(i - 1));
          Path file = isOutput ? scratch.resolve(word) : resolve(word);
          if (!isOutput && !Files.exists(file)) {
            Files.writeString(file, example(word));
          }
          words.set(i, file.toString());
        }
      }
      List<String> arguments = new ArrayList<>(words);
      if (words.contains("report") && !words.contains("-o") && !words.contains("--output")) {
        // The default output is report.html in the working directory: keep it in the scratch one.
        arguments.addAll(List.of("-o", scratch.resolve("report.html").toString()));
      }

      CalculatorRun run = CalculatorRun.of(arguments.toArray(String[]::new));

      assertThat(run.status()).as(command + "\n" + run.err()).isZero();
      assertThat(run.err()).as(command).isEmpty();
      assertThat(run.out()).as(command).isNotBlank();
      if (redirect != null) {
        Files.writeString(redirect, run.out());
      }
      for (int i = 0; i < arguments.size() - 1; i++) {
        if (List.of("-o", "--output").contains(arguments.get(i))) {
          assertThat(Path.of(arguments.get(i + 1))).as(command).isNotEmptyFile();
        }
      }
    }
  }

  @Test
  void theGuideShowsEveryCommandOfTheCalculator() throws IOException {
    String shown = String.join("\n", commands());
    for (Class<?> subcommand : Calculator.class.getAnnotation(Command.class).subcommands()) {
      String name = subcommand.getAnnotation(Command.class).name();
      if (!name.equals("help")) {
        assertThat(shown).as("an example of leverage " + name).contains("./leverage " + name + " ");
      }
    }
  }

  @Test
  void theGuideShowsTheOptionsEveryCommandShares() throws IOException {
    String shown = String.join("\n", commands());

    assertThat(shown)
        .contains("--format csv", "--format json", " -o ", "--debug", "--max-file-size");
  }

  /**
   * The built-in example a scenario the guide names stands for: {@code backlog.yaml} and {@code
   * my-backlog.yaml} are the example "backlog"; a name that is no example's is the week.
   */
  static String example(String file) {
    String stem = Path.of(file).getFileName().toString().replaceFirst("\\.[^.]+$", "");
    stem = stem.replaceFirst("^my-", "");
    String name = Examples.names().contains(stem) ? stem : Examples.DEFAULT;
    return Examples.find(name).text();
  }

  /**
   * Splits a command line into words as a shell would: whitespace, 'single' and "double" quotes.
   */
  static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (char c : command.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  /** A path into the repository when it names one, else a file of the scratch directory. */
  private Path resolve(String name) {
    Path inRepository = root().resolve(name);
    return name.contains("/") && Files.exists(inRepository) ? inRepository : scratch.resolve(name);
  }
}
