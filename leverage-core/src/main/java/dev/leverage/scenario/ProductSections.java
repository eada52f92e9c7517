package dev.leverage.scenario;

import dev.leverage.Problem;
import dev.leverage.Spelling;
import dev.leverage.coaching.Coaching;
import dev.leverage.coaching.ProductManager;
import dev.leverage.internal.Ids;
import dev.leverage.organization.Organization;
import dev.leverage.portfolio.Portfolio;
import dev.leverage.portfolio.Product;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cross-checks of a scenario's manager-of-PMs sections against its organization: product
 * managers and the coach are managers, the coach is above every product manager in {@code reports},
 * products name known managers and teams.
 */
final class ProductSections {
  private ProductSections() {}

  static void check(Scenario scenario, List<Problem> problems) {
    Organization organization = scenario.organization();
    List<ProductManager> pms = scenario.productManagers();
    Map<String, Integer> firstAt = new HashMap<>();
    for (int i = 0; i < pms.size(); i++) {
      String id = pms.get(i).id();
      if (Ids.putFirst(firstAt, id, i, "productManagers", "product manager", problems)
          && organization.manager(id).isEmpty()) {
        problems.add(
            Problem.at(
                "productManagers[" + i + "].id",
                Spelling.unknown("manager", id, organization.managerIds())
                    + "; a product manager is one of the managers"));
      }
    }
    scenario.coaching().ifPresent(coaching -> checkCoach(coaching, pms, organization, problems));
    scenario.portfolio().ifPresent(portfolio -> checkProducts(portfolio, organization, problems));
  }

  private static void checkCoach(
      Coaching coaching,
      List<ProductManager> pms,
      Organization organization,
      List<Problem> problems) {
    String coach = coaching.coach();
    if (organization.manager(coach).isEmpty()) {
      problems.add(
          Problem.at(
              "coaching.coach", Spelling.unknown("manager", coach, organization.managerIds())));
      return;
    }
    for (ProductManager pm : pms) {
      if (pm.id().equals(coach)) {
        problems.add(
            Problem.at(
                "coaching.coach",
                "coach '"
                    + coach
                    + "' is also a product manager; a product manager is coached by a manager"
                    + " above them in reports, so name that manager as the coach"));
      } else if (organization.manager(pm.id()).isPresent()
          && !organization.isAbove(coach, pm.id())) {
        problems.add(
            Problem.at(
                "coaching.coach",
                "coach '"
                    + coach
                    + "' is not above product manager '"
                    + pm.id()
                    + "' in reports, so coaching cannot lift "
                    + pm.id()
                    + "'s teams; list "
                    + pm.id()
                    + " in the reports of "
                    + coach
                    + " or of someone below "
                    + coach));
      }
    }
  }

  private static void checkProducts(
      Portfolio portfolio, Organization organization, List<Problem> problems) {
    for (int i = 0; i < portfolio.products().size(); i++) {
      Product product = portfolio.products().get(i);
      String at = "portfolio.products[" + i + "]";
      product
          .pm()
          .filter(pm -> organization.manager(pm).isEmpty())
          .ifPresent(
              pm ->
                  problems.add(
                      Problem.at(
                          at + ".pm",
                          Spelling.unknown("product manager", pm, organization.managerIds()))));
      for (int k = 0; k < product.teams().size(); k++) {
        String team = product.teams().get(k);
        if (organization.team(team).isEmpty()) {
          problems.add(
              Problem.at(
                  at + ".teams[" + k + "]",
                  Spelling.unknown("team", team, organization.teamIds())));
        }
      }
    }
  }
}
