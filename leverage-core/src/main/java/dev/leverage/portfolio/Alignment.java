package dev.leverage.portfolio;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;
import dev.leverage.internal.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Whether a portfolio hangs together: each objective's share of investment against its weight, and
 * the {@link Finding}s of §8 of the model, most serious first.
 *
 * <p>Objective weights are normalised by their sum. A product's investment (development plus
 * marketing) is split equally among the distinct objectives it serves; an objective's investment
 * share is its part of the investment tied to any objective, so the shares sum to 1 whenever some
 * investment is tied to an objective (all are 0 otherwise). A share further than the portfolio's
 * {@linkplain Portfolio#tolerance() tolerance} from the normalised weight is flagged.
 *
 * <p>The rules: a product serving no objective (critical); an objective with a weight above 0 and
 * no investment (critical) or a share off its weight beyond tolerance (warning); no investment tied
 * to objectives (warning); product vision themes outside the company vision (warning); no company
 * vision, under focus (warning) or where products have themes (info); roadmap items tied to no
 * pillar, or to a pillar serving no objective (warning); under focus, a product whose vision, when
 * it has one, differs from the company's shared vision (warning); under diversification, a product
 * without a vision, without a PM, or sharing its PM with another product (warning).
 *
 * <p>The report is computed in an order independent of the input's, so reordering any list of the
 * portfolio changes neither the findings nor the numbers. Immutable and thread-safe.
 */
public final class Alignment {
  private static final double EPSILON = 1e-12;

  /** The most ids a finding lists before {@code and N more}. */
  static final int LISTED = 10;

  private final PortfolioStrategy strategy;
  private final double tolerance;
  private final ImmutableList<ObjectiveShare> objectives;
  private final ImmutableList<Finding> findings;

  private Alignment(
      PortfolioStrategy strategy,
      double tolerance,
      ImmutableList<ObjectiveShare> objectives,
      ImmutableList<Finding> findings) {
    this.strategy = strategy;
    this.tolerance = tolerance;
    this.objectives = objectives;
    this.findings = findings;
  }

  /**
   * Checks the alignment of {@code portfolio}.
   *
   * @param portfolio the portfolio
   * @return the findings and the objectives' shares of investment
   */
  public static Alignment of(Portfolio portfolio) {
    List<Finding> findings = new ArrayList<>();
    List<Product> products =
        portfolio.products().stream().sorted(Comparator.comparing(Product::id)).toList();
    ImmutableList<ObjectiveShare> shares = shares(portfolio, products, findings);
    productsServeObjectives(products, findings);
    visions(portfolio, products, findings);
    roadmap(portfolio, findings);
    if (portfolio.strategy() == PortfolioStrategy.DIVERSIFICATION) {
      ownVisionsAndPms(products, findings);
    }
    findings.sort(Finding.ORDER);
    return new Alignment(
        portfolio.strategy(), portfolio.tolerance(), shares, ImmutableList.copyOf(findings));
  }

  /** {@return the portfolio's strategy} */
  public PortfolioStrategy strategy() {
    return strategy;
  }

  /** {@return how far an investment share may stray from its normalised weight, from 0 to 1} */
  public double tolerance() {
    return tolerance;
  }

  /** {@return each objective's weight and share of investment, in the portfolio's order} */
  public List<ObjectiveShare> objectives() {
    return objectives;
  }

  /** {@return what the report flags, most serious first, then by subject} */
  public List<Finding> findings() {
    return findings;
  }

  /** {@return true when nothing critical or worth a warning was found} */
  public boolean isAligned() {
    return findings.stream().allMatch(f -> f.severity() == Severity.INFO);
  }

  @Override
  public String toString() {
    return "alignment of a " + strategy + " portfolio: " + findings;
  }

  private static ImmutableList<ObjectiveShare> shares(
      Portfolio portfolio, List<Product> products, List<Finding> findings) {
    Map<String, Double> allocated = new HashMap<>();
    double total = 0;
    for (Product product : products) {
      Set<String> served = new LinkedHashSet<>(product.serves());
      if (served.isEmpty()) {
        continue;
      }
      double amount = product.investment().total();
      total += amount;
      for (String objective : served) {
        allocated.merge(objective, amount / served.size(), Double::sum);
      }
    }
    double weights =
        portfolio.objectives().stream()
            .sorted(Comparator.comparing(Objective::id))
            .mapToDouble(Objective::weight)
            .sum();
    ImmutableList.Builder<ObjectiveShare> shares = ImmutableList.builder();
    for (Objective objective : portfolio.objectives()) {
      double share = total > 0 ? allocated.getOrDefault(objective.id(), 0.0) / total : 0;
      ObjectiveShare entry =
          new ObjectiveShare(
              objective.id(), objective.weight(), objective.weight() / weights, share);
      shares.add(entry);
      if (total > 0) {
        checkShare(entry, portfolio.tolerance(), findings);
      }
    }
    if (!portfolio.objectives().isEmpty() && !(total > 0)) {
      findings.add(
          new Finding(
              Severity.WARNING,
              Finding.Kind.NO_INVESTMENT,
              "portfolio",
              "no investment is tied to any objective, so shares cannot be compared with the"
                  + " weights; give the products that serve objectives their investment"));
    }
    return shares.build();
  }

  private static void checkShare(ObjectiveShare share, double tolerance, List<Finding> findings) {
    String subject = "objective:" + share.id();
    if (share.investmentShare() == 0 && share.targetShare() > 0) {
      findings.add(
          new Finding(
              Severity.CRITICAL,
              Finding.Kind.OBJECTIVE_UNFUNDED,
              subject,
              "objective '"
                  + share.id()
                  + "' has a weight of "
                  + percent(share.targetShare())
                  + " but no investment; fund a product that serves it or lower its weight"));
    } else if (Math.abs(share.deviation()) > tolerance + EPSILON) {
      boolean over = share.deviation() > 0;
      findings.add(
          new Finding(
              Severity.WARNING,
              Finding.Kind.INVESTMENT_OFF_WEIGHT,
              subject,
              "objective '"
                  + share.id()
                  + "' gets "
                  + percent(share.investmentShare())
                  + " of the investment against a weight of "
                  + percent(share.targetShare())
                  + ", "
                  + points(Math.abs(share.deviation()))
                  + (over ? " over" : " under")
                  + " (tolerance "
                  + points(tolerance)
                  + "); "
                  + (over
                      ? "move investment to under-funded objectives or raise its weight"
                      : "invest more in products that serve it or lower its weight")));
    }
  }

  private static void productsServeObjectives(List<Product> products, List<Finding> findings) {
    for (Product product : products) {
      if (product.serves().isEmpty()) {
        findings.add(
            new Finding(
                Severity.CRITICAL,
                Finding.Kind.PRODUCT_SERVES_NO_OBJECTIVE,
                "product:" + product.id(),
                "product '"
                    + product.id()
                    + "' serves no objective, so its investment of "
                    + Numbers.format(product.investment().total())
                    + " counts toward none; name the objectives it serves or reconsider it"));
      }
    }
  }

  private static void visions(Portfolio portfolio, List<Product> products, List<Finding> findings) {
    SortedSet<String> company = new TreeSet<>(portfolio.vision());
    boolean focus = portfolio.strategy() == PortfolioStrategy.FOCUS;
    if (company.isEmpty()) {
      if (focus) {
        findings.add(
            new Finding(
                Severity.WARNING,
                Finding.Kind.NO_COMPANY_VISION,
                "portfolio",
                "under focus all products follow one shared vision, but the portfolio names no"
                    + " vision themes; list them under vision"));
      } else if (products.stream().anyMatch(p -> !p.vision().isEmpty())) {
        findings.add(
            new Finding(
                Severity.INFO,
                Finding.Kind.NO_COMPANY_VISION,
                "portfolio",
                "the portfolio names no company vision themes, so product visions cannot be"
                    + " checked against them; list them under vision"));
      }
      return;
    }
    for (Product product : products) {
      SortedSet<String> own = new TreeSet<>(product.vision());
      SortedSet<String> outside = new TreeSet<>(own);
      outside.removeAll(company);
      if (!outside.isEmpty()) {
        findings.add(
            new Finding(
                Severity.WARNING,
                Finding.Kind.VISION_OUTSIDE_COMPANY,
                "product:" + product.id(),
                "product '"
                    + product.id()
                    + "' has vision themes outside the company vision: "
                    + listed(outside, outside.size())
                    + "; tie them to the company's themes ("
                    + listed(company, company.size())
                    + ") or drop them"));
      }
      if (focus && !own.isEmpty() && !own.equals(company)) {
        int shared = own.size() - outside.size();
        List<String> parts = new ArrayList<>();
        if (!outside.isEmpty()) {
          parts.add("adds " + listed(outside, outside.size()));
        }
        if (company.size() > shared) {
          parts.add(
              "leaves out "
                  + listed(
                      Iterables.filter(company, theme -> !own.contains(theme)),
                      company.size() - shared));
        }
        findings.add(
            new Finding(
                Severity.WARNING,
                Finding.Kind.VISION_DEPARTS,
                "product:" + product.id(),
                "product '"
                    + product.id()
                    + "' departs from the shared vision: "
                    + String.join("; ", parts)
                    + "; under focus every product follows one vision, so align it or leave the"
                    + " product's vision out"));
      }
    }
  }

  private static void roadmap(Portfolio portfolio, List<Finding> findings) {
    for (RoadmapItem item : portfolio.roadmap()) {
      String subject = "roadmap:" + item.id();
      if (item.pillar().isEmpty()) {
        findings.add(
            new Finding(
                Severity.WARNING,
                Finding.Kind.ROADMAP_WITHOUT_PILLAR,
                subject,
                "roadmap item '"
                    + item.id()
                    + "' of product '"
                    + item.product()
                    + "' is tied to no strategy pillar; tie it to a pillar or question it"));
      } else if (portfolio.pillar(item.pillar().get()).orElseThrow().serves().isEmpty()) {
        findings.add(
            new Finding(
                Severity.WARNING,
                Finding.Kind.ROADMAP_PILLAR_SERVES_NO_OBJECTIVE,
                subject,
                "roadmap item '"
                    + item.id()
                    + "' hangs on pillar '"
                    + item.pillar().get()
                    + "', which serves no objective; make the pillar serve an objective or move"
                    + " the item"));
      }
    }
  }

  private static void ownVisionsAndPms(List<Product> products, List<Finding> findings) {
    Map<String, SortedSet<String>> productsOfPm = new TreeMap<>();
    for (Product product : products) {
      product
          .pm()
          .ifPresent(
              pm -> productsOfPm.computeIfAbsent(pm, k -> new TreeSet<>()).add(product.id()));
    }
    for (Product product : products) {
      String subject = "product:" + product.id();
      if (product.vision().isEmpty()) {
        findings.add(
            new Finding(
                Severity.WARNING,
                Finding.Kind.NO_OWN_VISION,
                subject,
                "product '"
                    + product.id()
                    + "' has no vision of its own; under diversification each product has its own"
                    + " vision"));
      }
      String noOwnPm = null;
      if (product.pm().isEmpty()) {
        noOwnPm = "has no product manager";
      } else {
        SortedSet<String> sharing = productsOfPm.get(product.pm().get());
        Iterable<String> others = Iterables.filter(sharing, id -> !id.equals(product.id()));
        if (sharing.size() > 1) {
          noOwnPm =
              "shares its product manager '"
                  + product.pm().get()
                  + "' with "
                  + listed(others, sharing.size() - 1);
        }
      }
      if (noOwnPm != null) {
        findings.add(
            new Finding(
                Severity.WARNING,
                Finding.Kind.NO_OWN_PM,
                subject,
                "product '"
                    + product.id()
                    + "' "
                    + noOwnPm
                    + "; under diversification each product has a PM of its own"));
      }
    }
  }

  /**
   * The first {@value #LISTED} of {@code items} (of {@code count} in all), then {@code and N more}:
   * a finding names a bounded number of ids, so that the findings stay linear in the portfolio.
   */
  private static String listed(Iterable<String> items, int count) {
    List<String> shown = new ArrayList<>();
    for (String item : items) {
      if (shown.size() == LISTED) {
        break;
      }
      shown.add(item);
    }
    String list = String.join(", ", shown);
    return count > shown.size() ? list + " and " + (count - shown.size()) + " more" : list;
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  private static String points(double share) {
    return String.format(Locale.ROOT, "%.1f points", share * 100);
  }
}
