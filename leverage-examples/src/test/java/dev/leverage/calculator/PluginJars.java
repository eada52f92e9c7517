package dev.leverage.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.leverage.scoring.ScoringStrategy;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * Builds a plug-in jar from Java sources, as a user would: javac, then jar with a services file.
 */
final class PluginJars {
  private PluginJars() {}

  /**
   * Compiles {@code sources} (class name to source) in {@code work} and packs them into {@code
   * work/name.jar}, listing {@code services} in META-INF/services.
   */
  static Path build(Path work, String name, Map<String, String> sources, List<String> services) {
    try {
      Path src = Files.createDirectories(work.resolve(name + "-src"));
      Path classes = Files.createDirectories(work.resolve(name + "-classes"));
      List<String> arguments =
          new ArrayList<>(
              List.of(
                  "--release",
                  "17",
                  "-d",
                  classes.toString(),
                  "-classpath",
                  locationOf(ScoringStrategy.class)
                      + File.pathSeparator
                      + locationOf(ImmutableList.class)));
      for (Map.Entry<String, String> source : sources.entrySet()) {
        Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.getValue());
        arguments.add(file.toString());
      }
      int status =
          ToolProvider.getSystemJavaCompiler()
              .run(null, null, null, arguments.toArray(String[]::new));
      assertThat(status).as("javac of the plug-in").isZero();
      Path jar = work.resolve(name + ".jar");
      try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
          Stream<Path> compiled = Files.walk(classes)) {
        for (Path file : compiled.filter(Files::isRegularFile).toList()) {
          out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
          Files.copy(file, out);
          out.closeEntry();
        }
        out.putNextEntry(new JarEntry("META-INF/services/" + ScoringStrategy.class.getName()));
        out.write((String.join("\n", services) + "\n").getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
