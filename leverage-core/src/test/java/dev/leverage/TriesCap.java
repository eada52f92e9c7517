package dev.leverage;

import java.util.Optional;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Caps the tries of every jqwik property, including those that set {@code tries} explicitly, at the
 * system property {@value #PROPERTY} when it is given; without it, nothing changes.
 *
 * <p>Mutation testing (the {@code mutation} profile) runs each covering test once per mutant, so it
 * sets a small cap; {@code jqwik.tries.default} alone would only reach properties without an
 * explicit {@code tries}. Registered for every property in {@code
 * META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}.
 */
public final class TriesCap implements AroundPropertyHook {
  /** The system property that holds the largest number of tries per property. */
  public static final String PROPERTY = "leverage.tries.max";

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    cap()
        .ifPresent(
            max -> {
              int tries = context.attributes().tries().orElse(Integer.MAX_VALUE);
              if (tries > max) {
                context.attributes().setTries(max);
                // Fewer tries make a property with assumptions more likely to exceed jqwik's
                // discard ratio; it still fails when every try is discarded.
                context.attributes().setMaxDiscardRatio(Math.max(max, 100));
              }
            });
    return property.execute();
  }

  static Optional<Integer> cap() {
    String value = System.getProperty(PROPERTY);
    return value == null || value.isBlank()
        ? Optional.empty()
        : Optional.of(Integer.parseInt(value.trim()));
  }
}
