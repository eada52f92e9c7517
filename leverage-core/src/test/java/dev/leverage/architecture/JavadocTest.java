package dev.leverage.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leverage.organization.Manager;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API documentation a tool author reads is complete: {@code javadoc -Xdoclint:all} over the
 * module's exported packages reports no warning (every public method has its sentence, its
 * parameters and what it returns) and no error.
 */
class JavadocTest {
  /** The jars module-info.java names: Guava and its own, the optional and compile-time ones. */
  private static final List<String> MODULES =
      List.of(
          "guava-",
          "failureaccess-",
          "jspecify-",
          "error_prone_annotations-",
          "j2objc-annotations-",
          "evalex-",
          "value-annotations-",
          "jackson-core-",
          "jackson-dataformat-yaml-",
          "snakeyaml-");

  @Test
  void theJavadocOfTheExportedPackagesHasNoWarning(@TempDir Path out) throws URISyntaxException {
    Path classes =
        Path.of(Manager.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path module = classes.getParent().getParent();
    String sources =
        module.resolve("src/main/java")
            + File.pathSeparator
            + classes.getParent().resolve("generated-sources/annotations");
    String modulePath =
        Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(
                entry -> {
                  String name = Path.of(entry).getFileName().toString().toLowerCase(Locale.ROOT);
                  return MODULES.stream().anyMatch(name::startsWith);
                })
            .collect(Collectors.joining(File.pathSeparator));
    ToolProvider javadoc = ToolProvider.findFirst("javadoc").orElseThrow();
    StringWriter output = new StringWriter();
    PrintWriter writer = new PrintWriter(output);

    int status =
        javadoc.run(
            writer,
            writer,
            "-Xdoclint:all",
            "-quiet",
            "-Xmaxwarns",
            "10000",
            "-d",
            out.toString(),
            "--module-path",
            modulePath,
            "--source-path",
            sources,
            "--module",
            "dev.leverage.core");
    writer.flush();

    assertThat(output.toString()).doesNotContain("warning:", "error:");
    assertThat(status).as(output.toString()).isZero();
  }
}
