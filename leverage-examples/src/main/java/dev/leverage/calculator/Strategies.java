package dev.leverage.calculator;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.scoring.ScoringStrategy;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The strategies a command can use: the built-in ones, the plug-ins that {@link ServiceLoader}
 * finds on the calculator's class path and in the {@code --classpath} jars, and any class of those
 * jars by its name.
 *
 * <p>Loading a plug-in runs its code: only name jars you trust. Close the catalog when the command
 * is done with its strategies.
 */
final class Strategies implements AutoCloseable {
  private final URLClassLoader loader;
  private final Map<String, ScoringStrategy> plugins;

  private Strategies(URLClassLoader loader, Map<String, ScoringStrategy> plugins) {
    this.loader = loader;
    this.plugins = plugins;
  }

  /**
   * The catalog with the plug-ins of the calculator's class path and of {@code classpath}, a list
   * of jars or directories separated by the platform's path separator ({@code :} or {@code ;}).
   *
   * @throws InvalidModelException at {@code --classpath} when an entry does not exist or a plug-in
   *     cannot be loaded
   */
  static Strategies load(String classpath) {
    List<URL> urls = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    if (classpath != null) {
      for (String entry : classpath.split(File.pathSeparator)) {
        if (entry.isBlank()) {
          continue;
        }
        Path path = Path.of(entry);
        if (!Files.exists(path)) {
          problems.add(
              Problem.at(
                  "--classpath",
                  "no such jar or directory '"
                      + entry
                      + "'; separate entries with '"
                      + File.pathSeparator
                      + "'"));
          continue;
        }
        try {
          urls.add(path.toUri().toURL());
        } catch (MalformedURLException e) {
          problems.add(Problem.at("--classpath", "cannot use '" + entry + "': " + e.getMessage()));
        }
      }
    }
    InvalidModelException.throwIfAny(problems);
    URLClassLoader loader =
        new URLClassLoader(urls.toArray(URL[]::new), Strategies.class.getClassLoader());
    Map<String, ScoringStrategy> plugins = new LinkedHashMap<>();
    try {
      for (ScoringStrategy plugin : ServiceLoader.load(ScoringStrategy.class, loader)) {
        String name = plugin.name();
        boolean taken =
            ScoringStrategy.builtInNames().stream().anyMatch(name::equalsIgnoreCase)
                || plugins.keySet().stream().anyMatch(name::equalsIgnoreCase);
        if (!taken) {
          plugins.put(name, plugin);
        }
      }
    } catch (ServiceConfigurationError e) {
      close(loader);
      throw InvalidModelException.of(
          "--classpath", "cannot load a strategy plug-in: " + describe(e));
    }
    return new Strategies(loader, plugins);
  }

  /**
   * The plug-ins found by ServiceLoader, in the order found; a plug-in named like a built-in
   * strategy or an earlier plug-in (ignoring case) is left out.
   */
  List<ScoringStrategy> plugins() {
    return List.copyOf(plugins.values());
  }

  /** Every name {@code --strategy} accepts, built-in first. */
  List<String> names() {
    List<String> names = new ArrayList<>(ScoringStrategy.builtInNames());
    plugins.keySet().stream().filter(n -> !names.contains(n)).forEach(names::add);
    return names;
  }

  /**
   * The strategy {@code name}: {@code formula} with {@code formula}, a built-in or plug-in name
   * (ignoring case), or a class name of a {@code --classpath} jar.
   *
   * @throws InvalidModelException at {@code --strategy} or {@code --formula}, listing the available
   *     names when {@code name} is unknown
   */
  ScoringStrategy find(String name, String formula) {
    if (formula != null && !name.equalsIgnoreCase("formula")) {
      throw InvalidModelException.of(
          "--formula",
          "--formula goes with --strategy formula, but the strategy is '"
              + name
              + "'; leave out --strategy to use the formula");
    }
    if (name.equalsIgnoreCase("formula")) {
      if (formula == null) {
        throw InvalidModelException.of(
            "--formula",
            "strategy 'formula' needs an expression, for example --formula 'reach * impact *"
                + " confidence / hours'");
      }
      return renamed(() -> ScoringStrategy.formula(formula));
    }
    try {
      return renamed(() -> ScoringStrategy.byName(name, plugins.values()));
    } catch (InvalidModelException unknown) {
      if (!name.contains(".")) {
        throw unknown;
      }
      return byClassName(name, unknown);
    }
  }

  private ScoringStrategy byClassName(String name, InvalidModelException unknown) {
    Class<?> type;
    try {
      type = Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw InvalidModelException.of(
          "--strategy",
          unknown.problems().get(0).message()
              + "; nor is there a class '"
              + name
              + "' on --classpath");
    }
    if (!ScoringStrategy.class.isAssignableFrom(type)) {
      throw InvalidModelException.of(
          "--strategy",
          "class '" + name + "' does not implement " + ScoringStrategy.class.getName());
    }
    ScoringStrategy strategy;
    try {
      strategy = (ScoringStrategy) type.getConstructor().newInstance();
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw InvalidModelException.of(
          "--strategy",
          "class '" + name + "' needs a public no-argument constructor to be used as a strategy");
    } catch (InstantiationException e) {
      throw InvalidModelException.of(
          "--strategy", "class '" + name + "' is abstract; name a concrete class");
    } catch (InvocationTargetException e) {
      throw InvalidModelException.of(
          "--strategy",
          "the constructor of class '" + name + "' failed: " + describe(e.getCause()));
    } catch (LinkageError e) {
      throw InvalidModelException.of(
          "--strategy", "class '" + name + "' cannot be loaded: " + describe(e));
    }
    return strategy.name().equals("custom") ? ScoringStrategy.named(name, strategy) : strategy;
  }

  /** Runs {@code lookup}, moving its problems to the calculator's option names. */
  private static ScoringStrategy renamed(java.util.function.Supplier<ScoringStrategy> lookup) {
    try {
      return lookup.get();
    } catch (InvalidModelException e) {
      throw options(e);
    }
  }

  /**
   * Returns {@code e} with the library's paths {@code strategy} and {@code formula} named as the
   * calculator's options {@code --strategy} and {@code --formula}.
   */
  static InvalidModelException options(InvalidModelException e) {
    return new InvalidModelException(
        e.problems().stream()
            .map(
                p ->
                    switch (p.path()) {
                      case "strategy" -> Problem.at("--strategy", p.message());
                      case "formula" -> Problem.at("--formula", p.message());
                      default -> p;
                    })
            .toList());
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  @Override
  public void close() {
    close(loader);
  }

  private static void close(URLClassLoader loader) {
    try {
      loader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
