package dev.leverage.coaching;

import static dev.leverage.coaching.Characteristic.BUSINESS;
import static dev.leverage.coaching.Characteristic.COMMUNICATION;
import static dev.leverage.coaching.Characteristic.CURIOSITY;
import static dev.leverage.coaching.Characteristic.EMPATHY;
import static dev.leverage.coaching.Characteristic.PRODUCT_KNOWLEDGE;
import static dev.leverage.coaching.Characteristic.TECHNOLOGY;
import static dev.leverage.coaching.Characteristic.TIME_MANAGEMENT;

import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.scenario.Scenario;
import dev.leverage.unit.CalendarTime;
import dev.leverage.unit.Effort;

/**
 * The manager-of-PMs sections of MODEL.md §9: carol coaches bob, who owns checkout (100 per week).
 */
public final class SectionNineExample {
  private SectionNineExample() {}

  public static Organization organization() {
    return Organization.builder()
        .teams(Team.of("checkout", 100), Team.of("payments", 80), Team.of("search", 60))
        .managers(
            Manager.builder()
                .id("carol")
                .reports("bob")
                .influence("search", 0.25)
                .budget(Effort.ofHours(12))
                .build())
        .managers(Manager.owning("bob", "checkout"))
        .managers(Manager.owning("erin", "payments"))
        .build();
  }

  public static ProductManager bob() {
    return ProductManager.builder()
        .id("bob")
        .skill(EMPATHY, 3)
        .skill(COMMUNICATION, 2)
        .skill(TIME_MANAGEMENT, 4)
        .skill(TECHNOLOGY, 3)
        .skill(BUSINESS, 2)
        .skill(CURIOSITY, 4)
        .skill(PRODUCT_KNOWLEDGE, 3)
        .target(BUSINESS, 5)
        .build();
  }

  public static Coaching coaching() {
    return Coaching.builder()
        .coach("carol")
        .importance(BUSINESS, 1.5)
        .elasticity(0.03)
        .hoursPerLevel(Effort.ofHours(6))
        .build();
  }

  public static Scenario scenario() {
    return Scenario.builder()
        .horizon(CalendarTime.ofWeeks(12))
        .organization(organization())
        .productManagers(bob())
        .coaching(coaching())
        .build();
  }
}
