package dev.leverage;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one exception the library throws for invalid input: it carries every problem found, not only
 * the first.
 *
 * <p>Each {@link Problem} names the path of the offending value and what would be valid. Values
 * report paths relative to themselves ({@code uplift}); containers put their own place in front
 * ({@code activities[1].effects[0].uplift}) with {@link #under(String)}.
 */
public final class InvalidModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Every problem found, in the order found; never empty. */
  private final ImmutableList<Problem> problems;

  /**
   * Creates an exception carrying {@code problems}, which must not be empty.
   *
   * @param problems the problems found
   */
  public InvalidModelException(List<Problem> problems) {
    super(describe(problems));
    checkArgument(!problems.isEmpty(), "an invalid model has at least one problem");
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * Creates an exception carrying one problem.
   *
   * @param path the path of the value, as in a scenario file
   * @param message what was found and what would be valid, lowercase
   * @return the exception
   */
  public static InvalidModelException of(String path, String message) {
    return new InvalidModelException(List.of(Problem.at(path, message)));
  }

  /**
   * Throws an exception carrying {@code problems} unless the list is empty.
   *
   * @param problems the problems found
   */
  public static void throwIfAny(List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidModelException(problems);
    }
  }

  /** {@return every problem found, in the order found} */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * {@return the same problems with {@code parent} put in front of each path}
   *
   * @param parent the path to put in front
   */
  public InvalidModelException under(String parent) {
    return new InvalidModelException(
        problems.stream().map(p -> p.under(parent)).collect(ImmutableList.toImmutableList()));
  }

  private static String describe(List<Problem> problems) {
    return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }
}
