package dev.leverage.report;

import static java.util.Objects.requireNonNull;

/** A section of the report that comes with it: its anchor and heading are fixed. */
abstract class BuiltInSection implements ReportSection {
  private final String id;
  private final String title;

  BuiltInSection(String id, String title) {
    this.id = requireNonNull(id, "id");
    this.title = requireNonNull(title, "title");
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String title() {
    return title;
  }
}
