package dev.leverage.file;

/**
 * The check that Jackson, an optional dependency of leverage-core, is there before any class that
 * uses it is loaded.
 */
final class Jackson {
  static final String COORDINATES = "com.fasterxml.jackson.dataformat:jackson-dataformat-yaml";

  private Jackson() {}

  /** Throws {@link IllegalStateException} naming what to add unless Jackson can be loaded. */
  static void require() {
    if (!present()) {
      throw new IllegalStateException(
          "reading scenario files needs Jackson 2.23.0: add "
              + COORDINATES
              + " (it brings jackson-core, jackson-databind and snakeyaml), an"
              + " optional dependency of leverage-core, to the class path; on the module path,"
              + " also write 'requires com.fasterxml.jackson.dataformat.yaml;' in your"
              + " module-info.java");
    }
  }

  static boolean present() {
    try {
      ClassLoader loader = Jackson.class.getClassLoader();
      Class.forName("com.fasterxml.jackson.dataformat.yaml.YAMLFactory", false, loader);
      Class.forName("com.fasterxml.jackson.core.JsonFactory", false, loader);
      Class.forName("org.yaml.snakeyaml.LoaderOptions", false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
