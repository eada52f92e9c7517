/**
 * A tool built on leverage-core, as a module: {@code requires dev.leverage.core}, and Jackson's YAML
 * module to read scenario files (leverage-core's optional dependency).
 */
module dev.leverage.consumer {
  requires dev.leverage.core;
  requires com.fasterxml.jackson.dataformat.yaml;
}
