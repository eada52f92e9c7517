package dev.leverage.planning;

import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityOutput;
import java.util.Locale;

/**
 * A candidate activity that a {@link Plan} leaves out, and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param activityOutput the activity with its output, breakdown and leverage
 * @param reason why it was left out
 * @param explanation the figures behind the reason, in a lowercase sentence
 */
public record LeftOut(ActivityOutput activityOutput, Reason reason, String explanation) {

  /** {@return the activity left out} */
  public Activity activity() {
    return activityOutput.activity();
  }

  /** {@return the activity's id} */
  public String id() {
    return activityOutput.activity().id();
  }

  /** Why a plan leaves an activity out; checked in this order. */
  public enum Reason {
    /** Together with all its requirements it takes longer than the whole budget. */
    DOES_NOT_FIT,
    /** It requires an activity that was itself left out. */
    REQUIREMENT_LEFT_OUT,
    /**
     * It could be planned, but what the plan does with that time is worth more (or its own output
     * is not positive).
     */
    WORTH_LESS;

    /**
     * {@return the words a report uses: {@code does not fit}, {@code its requirement was left out},
     * …}
     */
    public String label() {
      return switch (this) {
        case DOES_NOT_FIT -> "does not fit";
        case REQUIREMENT_LEFT_OUT -> "its requirement was left out";
        case WORTH_LESS -> "worth less";
      };
    }

    /** {@return the lowercase name used in JSON: {@code does-not-fit}, …} */
    public String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
