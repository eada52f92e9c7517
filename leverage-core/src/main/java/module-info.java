/**
 * The managerial leverage model: output of own and influenced teams, leverage per hour of the
 * manager's time, pluggable scoring and ranking.
 *
 * <p>Pure: no I/O and no global state; every value is immutable and thread-safe. Guava is the only
 * required dependency. The formula strategy's evaluator (EvalEx) is inside this module's jar,
 * relocated to a package the module does not export. Jackson ({@code
 * com.fasterxml.jackson.dataformat:jackson-dataformat-yaml}) is optional and needed only to read
 * scenario files ({@code dev.leverage.file.ScenarioReader}); so is {@code
 * com.fasterxml.jackson.dataformat:jackson-dataformat-csv}, to read activities from CSV ({@code
 * dev.leverage.file.ActivityCsvReader}).
 */
@SuppressWarnings("requires-automatic")
module dev.leverage.core {
  requires com.google.common;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  requires static com.fasterxml.jackson.core;
  requires static com.fasterxml.jackson.dataformat.yaml;
  requires static com.fasterxml.jackson.dataformat.csv;
  requires static org.yaml.snakeyaml;

  exports dev.leverage;
  exports dev.leverage.unit;
  exports dev.leverage.uncertainty;
  exports dev.leverage.simulation;
  exports dev.leverage.organization;
  exports dev.leverage.activity;
  exports dev.leverage.scenario;
  exports dev.leverage.scoring;
  exports dev.leverage.planning;
  exports dev.leverage.coaching;
  exports dev.leverage.portfolio;
  exports dev.leverage.priorities;
  exports dev.leverage.file;
}
