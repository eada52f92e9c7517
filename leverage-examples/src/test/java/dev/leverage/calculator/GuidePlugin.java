package dev.leverage.calculator;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The plug-in jar the guide tells its reader to build: every {@code java} block of the guide that
 * declares a package, compiled against the calculator, each public class listed as a {@code
 * ScoringStrategy} service.
 */
final class GuidePlugin {
  private static final Pattern JAVA_BLOCK =
      Pattern.compile("```java\\n(package .*?)```", Pattern.DOTALL);
  private static final Pattern PACKAGE = Pattern.compile("package\\s+([\\w.]+);");
  private static final Pattern CLASS = Pattern.compile("public\\s+(?:final\\s+)?class\\s+(\\w+)");

  private GuidePlugin() {}

  static void build(String guide, Path classes, Path jar) throws IOException {
    Path sources = Files.createDirectories(classes.resolveSibling(classes.getFileName() + "-src"));
    Files.createDirectories(classes);
    List<String> files = new ArrayList<>();
    List<String> services = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(guide);
    while (block.find()) {
      String source = block.group(1);
      Matcher pkg = PACKAGE.matcher(source);
      Matcher type = CLASS.matcher(source);
      if (!pkg.find() || !type.find()) {
        continue;
      }
      Path file = sources.resolve(type.group(1) + ".java");
      Files.writeString(file, source);
      files.add(file.toString());
      services.add(pkg.group(1) + "." + type.group(1));
    }
    if (files.isEmpty()) {
      throw new IllegalStateException(
          "the guide uses a plug-in jar but shows no Java source for it");
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> arguments = new ArrayList<>(List.of("--release", "17", "-d", classes.toString()));
    arguments.addAll(
        List.of(
            "-cp",
            System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))));
    arguments.addAll(files);
    if (javac.run(null, null, null, arguments.toArray(String[]::new)) != 0) {
      throw new IllegalStateException("the guide's plug-in source does not compile: " + files);
    }
    Path listing = Files.createDirectories(classes.resolve("META-INF/services"));
    Files.writeString(
        listing.resolve("dev.leverage.scoring.ScoringStrategy"),
        String.join("\n", services) + "\n",
        StandardCharsets.UTF_8);
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> walk = Files.walk(classes)) {
      for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
        String name = classes.relativize(path).toString().replace(File.separatorChar, '/');
        out.putNextEntry(new JarEntry(name));
        out.write(Files.readAllBytes(path));
        out.closeEntry();
      }
    }
  }
}
