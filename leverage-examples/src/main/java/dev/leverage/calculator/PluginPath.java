package dev.leverage.calculator;

import picocli.CommandLine.Option;

/** Where a command finds strategy plug-ins (a picocli mixin): {@code --classpath JARS}. */
final class PluginPath {
  @Option(
      names = "--classpath",
      paramLabel = "JARS",
      description =
          "Jars or directories holding strategy plug-ins, separated by '${sys:path.separator}'.")
  String classpath;

  /**
   * The strategies: built-in, plug-ins of the calculator's class path and of {@code --classpath}.
   * Close them when done.
   */
  Strategies load() {
    return Strategies.load(classpath);
  }
}
