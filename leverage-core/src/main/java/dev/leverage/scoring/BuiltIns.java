package dev.leverage.scoring;

import com.google.common.collect.ImmutableList;
import dev.leverage.InvalidModelException;
import dev.leverage.Spelling;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Finds strategies by name: the built-in ones, then any others given. */
final class BuiltIns {
  static final ImmutableList<String> NAMES =
      ImmutableList.of(
          LeverageStrategy.INSTANCE.name(),
          AttributeProduct.RICE.name(),
          AttributeProduct.ICE.name(),
          WsjfStrategy.NAME,
          FormulaStrategy.NAME);

  private static final ImmutableList<ScoringStrategy> FIXED =
      ImmutableList.of(
          LeverageStrategy.INSTANCE,
          AttributeProduct.RICE,
          AttributeProduct.ICE,
          WsjfStrategy.INSTANCE);

  private BuiltIns() {}

  static ScoringStrategy find(String name, Collection<? extends ScoringStrategy> more) {
    Optional<ScoringStrategy> found =
        FIXED.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    if (found.isEmpty()) {
      found =
          more.stream()
              .<ScoringStrategy>map(s -> s)
              .filter(s -> Checks.name(s).equalsIgnoreCase(name))
              .findFirst();
    }
    if (found.isPresent()) {
      return found.get();
    }
    List<String> available = new ArrayList<>(NAMES);
    more.stream()
        .map(ScoringStrategy::name)
        .filter(n -> !available.contains(n))
        .forEach(available::add);
    if (FormulaStrategy.NAME.equalsIgnoreCase(name)) {
      throw InvalidModelException.of(
          "strategy",
          "strategy 'formula' needs an expression: use ScoringStrategy.formula(expression), or"
              + " --formula on the command line");
    }
    String unknown = Spelling.unknown("strategy", name, available);
    throw InvalidModelException.of(
        "strategy",
        unknown.contains("expected one of")
            ? unknown
            : unknown + " (available: " + String.join(", ", available) + ")");
  }
}
