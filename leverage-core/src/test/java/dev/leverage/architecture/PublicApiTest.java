package dev.leverage.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leverage.organization.Manager;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a tool author's compiler sees of leverage-core: no Guava type in any public signature (so
 * the module {@code requires com.google.common} without {@code transitive}), and a consumer that
 * compiles with {@code -Xlint:all -Werror} on the class path and on the module path, with Guava and
 * its own dependencies only (no Immutables annotations, which are compile-time only here).
 */
class PublicApiTest {
  private static final Path CLASSES = classesDirectory();

  private static Path classesDirectory() {
    try {
      return Path.of(Manager.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The root of the compiled classes: the directory, or inside the packaged jar when Failsafe runs
   * the tests on the module path against it.
   */
  private static final Path ROOT = classesRoot();

  private static Path classesRoot() {
    if (Files.isDirectory(CLASSES)) {
      return CLASSES;
    }
    try {
      return FileSystems.newFileSystem(CLASSES).getRootDirectories().iterator().next();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ModuleDescriptor module() throws IOException {
    try (InputStream in = Files.newInputStream(ROOT.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  /** The public types of the exported packages, nested ones included. */
  private static List<Class<?>> publicTypes() throws IOException {
    List<Class<?>> types = new ArrayList<>();
    for (ModuleDescriptor.Exports exports : module().exports()) {
      Path directory = ROOT.resolve(exports.source().replace('.', '/'));
      try (Stream<Path> files = Files.list(directory)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          String simple = file.getFileName().toString().replace(".class", "");
          if (simple.equals("package-info")) {
            continue;
          }
          Class<?> type = load(exports.source() + "." + simple);
          if (isVisible(type)) {
            types.add(type);
          }
        }
      }
    }
    return types;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, PublicApiTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isVisible(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isVisible(Member member) {
    int modifiers = member.getModifiers();
    return Modifier.isPublic(modifiers)
        || Modifier.isProtected(modifiers)
            && !Modifier.isFinal(member.getDeclaringClass().getModifiers());
  }

  @Test
  void noGuavaTypeAppearsInAnyPublicSignature() throws IOException {
    Set<String> leaks = new TreeSet<>();
    List<Class<?>> types = publicTypes();
    assertThat(types).hasSizeGreaterThan(50);
    for (Class<?> type : types) {
      check(type.getGenericSuperclass(), type.getName() + " extends", leaks);
      for (Type face : type.getGenericInterfaces()) {
        check(face, type.getName() + " implements", leaks);
      }
      for (Field field : type.getDeclaredFields()) {
        if (isVisible(field)) {
          check(field.getGenericType(), type.getName() + "." + field.getName(), leaks);
        }
      }
      List<Executable> executables = new ArrayList<>(List.of(type.getDeclaredConstructors()));
      executables.addAll(List.of(type.getDeclaredMethods()));
      for (Executable executable : executables) {
        if (!isVisible(executable) || executable.isSynthetic()) {
          continue;
        }
        String where = type.getName() + "." + executable.getName();
        if (executable instanceof java.lang.reflect.Method method) {
          check(method.getGenericReturnType(), where + " returns", leaks);
        }
        for (Type parameter : executable.getGenericParameterTypes()) {
          check(parameter, where + " takes", leaks);
        }
        for (Type thrown : executable.getGenericExceptionTypes()) {
          check(thrown, where + " throws", leaks);
        }
      }
    }
    assertThat(leaks).as("Guava types in the public API").isEmpty();
    assertThat(module().requires())
        .filteredOn(r -> r.name().equals("com.google.common"))
        .singleElement()
        .satisfies(r -> assertThat(r.modifiers()).isEmpty());
  }

  private static void check(Type type, String where, Set<String> leaks) {
    check(type, where, leaks, new java.util.HashSet<>());
  }

  private static void check(Type type, String where, Set<String> leaks, Set<Type> seen) {
    if (type == null || !seen.add(type)) {
      return;
    }
    if (type instanceof Class<?> c) {
      Class<?> component = c;
      while (component.isArray()) {
        component = component.getComponentType();
      }
      if (component.getName().startsWith("com.google.")) {
        leaks.add(where + " " + component.getName());
      }
    } else if (type instanceof ParameterizedType p) {
      check(p.getRawType(), where, leaks, seen);
      for (Type argument : p.getActualTypeArguments()) {
        check(argument, where, leaks, seen);
      }
    } else if (type instanceof WildcardType w) {
      Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds()))
          .forEach(bound -> check(bound, where, leaks, seen));
    } else if (type instanceof TypeVariable<?> v) {
      for (Type bound : v.getBounds()) {
        check(bound, where, leaks, seen);
      }
    } else if (type instanceof GenericArrayType a) {
      check(a.getGenericComponentType(), where, leaks, seen);
    }
  }

  private static final String CONSUMER =
      """
      package demo;

      import dev.leverage.InvalidModelException;
      import dev.leverage.activity.Activity;
      import dev.leverage.activity.ActivityKind;
      import dev.leverage.activity.Effect;
      import dev.leverage.coaching.Characteristic;
      import dev.leverage.coaching.Coaching;
      import dev.leverage.coaching.ProductManager;
      import dev.leverage.organization.Manager;
      import dev.leverage.organization.Organization;
      import dev.leverage.organization.Team;
      import dev.leverage.planning.Plan;
      import dev.leverage.planning.Planner;
      import dev.leverage.portfolio.Objective;
      import dev.leverage.portfolio.Portfolio;
      import dev.leverage.portfolio.PortfolioStrategy;
      import dev.leverage.portfolio.Product;
      import dev.leverage.scenario.Scenario;
      import dev.leverage.scoring.Ranking;
      import dev.leverage.scoring.Score;
      import dev.leverage.scoring.ScoringStrategy;
      import dev.leverage.simulation.Simulation;
      import dev.leverage.simulation.SimulationResult;
      import dev.leverage.uncertainty.EffortEstimate;
      import dev.leverage.uncertainty.Estimate;
      import dev.leverage.unit.CalendarTime;
      import dev.leverage.unit.Effort;
      import java.util.List;
      import java.util.Map;

      public final class Demo {
        private Demo() {}

        public static void main(String[] args) {
          Organization organization =
              Organization.builder()
                  .teams(Team.of("checkout", 100), Team.of("payments", 80))
                  .managers(
                      Manager.builder().id("carol").reports("bob").build(),
                      Manager.builder().id("bob").owns("checkout").influence("payments", 0.5)
                          .build())
                  .build();
          Activity vision =
              Activity.builder().id("write-vision").by("bob").kind(ActivityKind.FOUNDATION)
                  .time(EffortEstimate.of(Effort.ofHours(4), Effort.ofHours(6), Effort.ofHours(9)))
                  .effects(Effect.builder().team("checkout").uplift(Estimate.of(0.05, 0.1, 0.2))
                      .lasts(CalendarTime.ofWeeks(12)).build())
                  .build();
          ProductManager bob = ProductManager.builder().id("bob").skills(Map.of(
              Characteristic.EMPATHY, 3, Characteristic.COMMUNICATION, 2,
              Characteristic.TIME_MANAGEMENT, 4, Characteristic.TECHNOLOGY, 3,
              Characteristic.BUSINESS, 2, Characteristic.CURIOSITY, 4,
              Characteristic.PRODUCT_KNOWLEDGE, 3)).build();
          Scenario scenario =
              Scenario.builder().organization(organization).activities(List.of(vision))
                  .productManagers(bob)
                  .coaching(Coaching.builder().coach("carol")
                      .importance(Characteristic.BUSINESS, 1.5).build())
                  .portfolio(Portfolio.builder().strategy(PortfolioStrategy.FOCUS)
                      .objectives(Objective.of("growth", 1))
                      .products(Product.builder().id("app").pm("bob").serves("growth").build())
                      .build())
                  .build();
          Scenario changed = scenario.withActivity(vision.toBuilder().time(Effort.ofHours(5))
              .build());
          ScoringStrategy custom = (activity, context) ->
              Score.single("hours", -activity.hours(), Map.of());
          Ranking ranking = Ranking.of(changed, custom);
          Plan plan = Planner.builder().budget(Effort.ofHours(10)).build().plan(changed, "bob");
          SimulationResult result =
              Simulation.builder().seed(1).samples(100).threads(1).build().run(changed);
          try {
            Team.of(null, 1);
          } catch (InvalidModelException e) {
            System.out.println(e.problems());
          }
          System.out.println(ranking + " " + plan + " " + result.activities().size());
        }
      }
      """;

  /** Guava and the libraries it depends on: what Maven gives a consumer of leverage-core. */
  private static List<Path> guava() {
    return Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .map(Path::of)
        .filter(
            p -> {
              String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
              return Stream.of(
                      "guava-",
                      "failureaccess-",
                      "jspecify-",
                      "error_prone_annotations-",
                      "j2objc-annotations-",
                      "listenablefuture-")
                  .anyMatch(name::startsWith);
            })
        .toList();
  }

  private static List<String> compile(List<String> options, Path... sources) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter out = new StringWriter();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
      boolean ok =
          compiler
              .getTask(out, files, diagnostics, options, null, files.getJavaFileObjects(sources))
              .call();
      List<String> messages =
          diagnostics.getDiagnostics().stream().map(d -> d.toString()).collect(Collectors.toList());
      if (!ok && messages.isEmpty()) {
        messages.add(out.toString());
      }
      return messages;
    }
  }

  private static String path(List<Path> entries) {
    return entries.stream()
        .map(Path::toString)
        .collect(Collectors.joining(java.io.File.pathSeparator));
  }

  @Test
  void aConsumerOnTheClassPathCompilesWithEveryLintWarningAnError(@TempDir Path dir)
      throws IOException {
    Path source = Files.createDirectories(dir.resolve("src/demo")).resolve("Demo.java");
    Files.writeString(source, CONSUMER);
    List<Path> classPath = new ArrayList<>(List.of(CLASSES));
    classPath.addAll(guava());
    assertThat(guava()).anySatisfy(p -> assertThat(p.toString()).contains("guava-"));

    List<String> diagnostics =
        compile(
            List.of(
                "-Xlint:all",
                "-Werror",
                "--release",
                "17",
                "-d",
                dir.resolve("out").toString(),
                "-classpath",
                path(classPath)),
            source);

    assertThat(diagnostics).isEmpty();
  }

  @Test
  void aConsumerModuleCompilesWithEveryLintWarningAnErrorWithoutRequiringGuava(@TempDir Path dir)
      throws IOException {
    Path sources = Files.createDirectories(dir.resolve("src/demo"));
    Path source = sources.resolve("Demo.java");
    Files.writeString(source, CONSUMER);
    Path moduleInfo = dir.resolve("src/module-info.java");
    Files.writeString(moduleInfo, "module demo {\n  requires dev.leverage.core;\n}\n");
    List<Path> modulePath = new ArrayList<>(List.of(CLASSES));
    modulePath.addAll(guava());

    List<String> diagnostics =
        compile(
            List.of(
                "-Xlint:all",
                "-Werror",
                "--release",
                "17",
                "-d",
                dir.resolve("out").toString(),
                "--module-path",
                path(modulePath)),
            moduleInfo,
            source);

    assertThat(diagnostics).isEmpty();
  }
}
