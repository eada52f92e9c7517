package dev.leverage.file;

/** Builds paths in scenario files: {@code managers[0].influences.payments}. */
final class Paths {
  private Paths() {}

  /** The path of the entry {@code key} of the mapping at {@code parent}. */
  static String key(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  /** The path of item {@code index} of the list at {@code parent}. */
  static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
