package dev.leverage.examples.plugin;

import dev.leverage.InvalidModelException;
import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.activity.Contribution;
import dev.leverage.scoring.Score;
import dev.leverage.scoring.ScoringContext;
import dev.leverage.scoring.ScoringStrategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A worked scoring plug-in: leverage discounted by how sure the manager is, {@code leverage ×
 * confidence}, where {@code confidence} is an attribute in [0, 1].
 *
 * <p>A plug-in is a public class with a public no-argument constructor that implements {@link
 * ScoringStrategy}. The calculator finds this one by its {@link #name()}, {@code
 * confident-leverage}, because the jar lists it in {@code
 * META-INF/services/dev.leverage.scoring.ScoringStrategy}. It shows the three things a plug-in
 * does: read the model through the {@link ScoringContext}, explain the score with terms that sum to
 * it, and report bad input with an {@link InvalidModelException} that names the activity. Immutable
 * and thread-safe.
 */
public final class ConfidentLeverage implements ScoringStrategy {
  /** The name to pass to {@code --strategy}. */
  public static final String NAME = "confident-leverage";

  /** Creates the strategy; ServiceLoader calls this. */
  public ConfidentLeverage() {}

  @Override
  public Score score(Activity activity, ScoringContext context) {
    // Throws, naming the activity, the attribute and this strategy, when confidence is missing.
    double confidence = context.attribute(activity, "confidence", NAME);
    if (!(confidence >= 0 && confidence <= 1)) {
      throw InvalidModelException.of(
          context.scenario().pathOf(activity) + ".attributes.confidence",
          "activity '"
              + activity.id()
              + "' has confidence "
              + confidence
              + ", but strategy '"
              + NAME
              + "' needs a confidence from 0 to 1");
    }
    ActivityOutput output = context.output(activity);
    // One term per team: its contribution per hour, discounted. The terms sum to the score.
    List<Score.Term> terms = new ArrayList<>();
    double score = 0;
    for (Contribution contribution : output.contributions()) {
      double term = confidence * contribution.output() / output.hours();
      terms.add(new Score.Term(contribution.team() + " x confidence", term));
      score += term;
    }
    Map<String, Double> inputs = new LinkedHashMap<>();
    inputs.put("leverage", output.leverage());
    inputs.put("confidence", confidence);
    return Score.of(score, terms, inputs);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String toString() {
    return NAME;
  }
}
