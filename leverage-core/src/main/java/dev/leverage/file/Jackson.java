package dev.leverage.file;

/**
 * The check that Jackson, an optional dependency of leverage-core, is there before any class that
 * uses it is loaded.
 */
final class Jackson {
  static final String COORDINATES = "com.fasterxml.jackson.dataformat:jackson-dataformat-yaml";
  static final String CSV_COORDINATES = "com.fasterxml.jackson.dataformat:jackson-dataformat-csv";

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

  /**
   * Throws {@link IllegalStateException} naming what to add unless Jackson's CSV format can be
   * loaded.
   */
  static void requireCsv() {
    if (!present(
        "com.fasterxml.jackson.dataformat.csv.CsvFactory",
        "com.fasterxml.jackson.core.JsonFactory")) {
      throw new IllegalStateException(
          "reading activities from CSV needs Jackson 2.23.0: add "
              + CSV_COORDINATES
              + " (it brings jackson-core and jackson-databind), an optional dependency of"
              + " leverage-core, to the class path; on the module path, also write 'requires"
              + " com.fasterxml.jackson.dataformat.csv;' in your module-info.java");
    }
  }

  private static boolean present(String... classes) {
    try {
      ClassLoader loader = Jackson.class.getClassLoader();
      for (String name : classes) {
        Class.forName(name, false, loader);
      }
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  static boolean present() {
    return present(
        "com.fasterxml.jackson.dataformat.yaml.YAMLFactory",
        "com.fasterxml.jackson.core.JsonFactory",
        "org.yaml.snakeyaml.LoaderOptions");
  }
}
