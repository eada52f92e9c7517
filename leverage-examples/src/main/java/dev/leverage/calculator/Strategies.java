package dev.leverage.calculator;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.activity.Activity;
import dev.leverage.scoring.Score;
import dev.leverage.scoring.ScoringContext;
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
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.jar.JarFile;

/**
 * The strategies a command can use: the built-in ones, the plug-ins that {@link ServiceLoader}
 * finds on the calculator's class path and in the {@code --classpath} jars, and any class of those
 * jars by its name.
 *
 * <p>A plug-in is someone else's code: every call into it is guarded, so that a plug-in that fails,
 * has no name or returns no score is bad input naming the plug-in (exit status 2), not a defect of
 * the calculator. Loading a plug-in runs its code: only name jars you trust. Close the catalog when
 * the command is done with its strategies.
 */
final class Strategies implements AutoCloseable {
  private final URLClassLoader loader;
  private final List<Plugin> found;
  private final Map<String, ScoringStrategy> plugins;

  /**
   * A plug-in that ServiceLoader found.
   *
   * @param name its name, as {@code --strategy} takes it
   * @param className its class
   * @param fromOption true when it comes from a {@code --classpath} jar, false when it is on the
   *     calculator's own class path
   * @param strategy the guarded strategy, or null when the plug-in is ignored
   * @param ignored why it is ignored (named like a built-in strategy or an earlier plug-in), or
   *     null
   */
  record Plugin(
      String name,
      String className,
      boolean fromOption,
      ScoringStrategy strategy,
      String ignored) {}

  private Strategies(URLClassLoader loader, List<Plugin> found) {
    this.loader = loader;
    this.found = List.copyOf(found);
    this.plugins = new LinkedHashMap<>();
    for (Plugin plugin : found) {
      if (plugin.ignored() == null) {
        plugins.put(plugin.name(), plugin.strategy());
      }
    }
  }

  /**
   * The catalog with the plug-ins of the calculator's class path and of {@code classpath}, a list
   * of jars or directories separated by the platform's path separator ({@code :} or {@code ;}).
   *
   * @throws InvalidModelException at {@code --classpath} when an entry is missing or is neither a
   *     jar nor a directory, and at the plug-in's class when a plug-in cannot be loaded or named
   */
  static Strategies load(String classpath) {
    List<URL> urls = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    if (classpath != null) {
      for (String entry : classpath.split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          url(entry, problems).ifPresent(urls::add);
        }
      }
    }
    InvalidModelException.throwIfAny(problems);
    URLClassLoader loader =
        new URLClassLoader(urls.toArray(URL[]::new), Strategies.class.getClassLoader());
    List<Plugin> found = new ArrayList<>();
    try {
      for (ServiceLoader.Provider<ScoringStrategy> provider :
          ServiceLoader.load(ScoringStrategy.class, loader).stream().toList()) {
        plugin(provider, loader, found, problems);
      }
    } catch (ServiceConfigurationError e) {
      problems.add(Problem.at("--classpath", "cannot load a strategy plug-in: " + describe(e)));
    }
    if (!problems.isEmpty()) {
      close(loader);
      throw new InvalidModelException(problems);
    }
    return new Strategies(loader, found);
  }

  /** The URL of a {@code --classpath} entry: an existing directory or jar. */
  private static Optional<URL> url(String entry, List<Problem> problems) {
    Path path;
    BasicFileAttributes attributes;
    try {
      path = Converters.path(entry);
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (InvalidModelException | IOException e) {
      problems.add(
          Problem.at(
              "--classpath",
              "no such jar or directory '"
                  + entry
                  + "'; separate entries with '"
                  + File.pathSeparator
                  + "'"));
      return Optional.empty();
    }
    if (attributes.isRegularFile()) {
      try (JarFile jar = new JarFile(path.toFile())) {
        jar.size();
      } catch (IOException e) {
        problems.add(
            Problem.at(
                "--classpath",
                "'" + entry + "' is not a jar (a zip file of classes); give a jar or a directory"));
        return Optional.empty();
      }
    } else if (!attributes.isDirectory()) {
      problems.add(
          Problem.at(
              "--classpath",
              "'" + entry + "' is a device, FIFO or socket; give a jar or a directory"));
      return Optional.empty();
    }
    try {
      return Optional.of(path.toUri().toURL());
    } catch (MalformedURLException e) {
      problems.add(Problem.at("--classpath", "cannot use '" + entry + "': " + e.getMessage()));
      return Optional.empty();
    }
  }

  private static void plugin(
      ServiceLoader.Provider<ScoringStrategy> provider,
      ClassLoader loader,
      List<Plugin> found,
      List<Problem> problems) {
    String className = provider.type().getName();
    boolean fromOption = provider.type().getClassLoader() == loader;
    String at = "plug-in " + className;
    ScoringStrategy instance;
    String name;
    try {
      instance = provider.get();
      name = instance.name();
    } catch (ServiceConfigurationError e) {
      problems.add(
          Problem.at(
              at, "cannot be created: " + describe(e.getCause() == null ? e : e.getCause())));
      return;
    } catch (RuntimeException | LinkageError e) {
      problems.add(Problem.at(at, "name() failed: " + describe(e)));
      return;
    }
    if (name == null || name.isBlank()) {
      problems.add(
          Problem.at(
              at,
              "name() returned "
                  + (name == null ? "null" : "a blank name")
                  + "; return the name --strategy should find it by"));
      return;
    }
    String ignored = null;
    for (String builtIn : ScoringStrategy.builtInNames()) {
      if (builtIn.equalsIgnoreCase(name)) {
        ignored = "named like the built-in strategy '" + builtIn + "'";
      }
    }
    for (Plugin earlier : found) {
      if (ignored == null && earlier.name().equalsIgnoreCase(name)) {
        ignored = "named like the plug-in " + earlier.className();
      }
    }
    found.add(
        new Plugin(
            name,
            className,
            fromOption,
            ignored == null ? new Guarded(instance, name, className) : null,
            ignored));
  }

  /** Every plug-in found, in the order found, including those ignored. */
  List<Plugin> found() {
    return found;
  }

  /**
   * The plug-ins in use, in the order found; a plug-in named like a built-in strategy or an earlier
   * plug-in (ignoring case) is left out.
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
    String own;
    try {
      strategy = (ScoringStrategy) type.getConstructor().newInstance();
      own = strategy.name();
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
    } catch (RuntimeException | LinkageError e) {
      throw InvalidModelException.of(
          "--strategy", "class '" + name + "' cannot be used: " + describe(e));
    }
    boolean unnamed = own == null || own.isBlank() || own.equals("custom");
    return new Guarded(strategy, unnamed ? name : own, name);
  }

  /** Runs {@code lookup}, moving its problems to the calculator's option names. */
  private static ScoringStrategy renamed(Supplier<ScoringStrategy> lookup) {
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

  /** {@code IllegalStateException: the message}, or the class alone when there is no message. */
  private static String describe(Throwable e) {
    return e.getMessage() == null
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + e.getMessage();
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

  /**
   * A plug-in strategy whose failures are bad input naming it: an exception other than {@link
   * InvalidModelException}, or no score, becomes a problem at the activity it was scoring.
   */
  private record Guarded(ScoringStrategy strategy, String name, String className)
      implements ScoringStrategy {
    @Override
    public Score score(Activity activity, ScoringContext context) {
      Score score;
      try {
        score = strategy.score(activity, context);
      } catch (InvalidModelException e) {
        throw e;
      } catch (RuntimeException | LinkageError | AssertionError e) {
        throw failed(activity, context, "failed: " + describe(e));
      }
      if (score == null) {
        throw failed(activity, context, "returned no score (null)");
      }
      return score;
    }

    private InvalidModelException failed(Activity activity, ScoringContext context, String what) {
      return InvalidModelException.of(
          context.scenario().pathOf(activity),
          "plug-in '"
              + name
              + "' ("
              + className
              + ") "
              + what
              + " on activity '"
              + activity.id()
              + "'; this is a defect of the plug-in: tell its author");
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
