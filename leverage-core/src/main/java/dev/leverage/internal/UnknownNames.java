package dev.leverage.internal;

import static java.util.Objects.requireNonNull;

import dev.leverage.Spelling;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The "unknown name" messages of one check against one list of known names, as {@link
 * Spelling#unknown} words them, at a cost linear in the input however many names are unknown.
 *
 * <p>Each distinct unknown name is spelt once. Looking for the closest known name costs time in
 * proportion to the number of known names, so once the names spelt so far have been compared with
 * {@value #BUDGET} known names in all, later unknown names get the message without a hint (more
 * than 8 known names) or with the list of known names (8 or fewer). Not thread-safe: one per check.
 */
public final class UnknownNames {
  /** The known names compared in all before hints stop. */
  static final long BUDGET = 20_000_000L;

  private final String kind;
  private final Collection<String> known;
  private final Map<String, String> messages = new HashMap<>();
  private final long budget;
  private long spent;

  /** Messages for unknown names of {@code kind} (such as {@code team}) among {@code known}. */
  public UnknownNames(String kind, Collection<String> known) {
    this(kind, known, BUDGET);
  }

  UnknownNames(String kind, Collection<String> known, long budget) {
    this.kind = requireNonNull(kind, "kind");
    this.known = requireNonNull(known, "known");
    this.budget = budget;
  }

  /** {@code unknown <kind> 'name'}, with the closest known name or the known names if few. */
  public String message(String name) {
    String message = messages.get(name);
    if (message == null) {
      if (known.size() <= 8 || spent + known.size() <= budget) {
        spent += known.size();
        message = Spelling.unknown(kind, name, known);
      } else {
        message = "unknown " + kind + " '" + name + "'";
      }
      messages.put(name, message);
    }
    return message;
  }
}
