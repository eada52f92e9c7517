package dev.leverage.organization;

import java.util.LinkedHashMap;
import java.util.Map;

/** Copies of an organization with one thing changed, for properties that compare the two. */
public final class OrganizationEdits {
  private OrganizationEdits() {}

  /** {@code organization} with {@code team} producing {@code output} units per week. */
  public static Organization withTeamOutput(Organization organization, String team, double output) {
    return Organization.builder()
        .teams(
            organization.teams().stream()
                .map(t -> t.id().equals(team) ? Team.of(team, output) : t)
                .toList())
        .managers(organization.managers())
        .build();
  }

  /** {@code organization} with {@code manager} influencing {@code team} with {@code weight}. */
  public static Organization withInfluence(
      Organization organization, String manager, String team, double weight) {
    return Organization.builder()
        .teams(organization.teams())
        .managers(
            organization.managers().stream()
                .map(
                    m -> {
                      if (!m.id().equals(manager)) {
                        return m;
                      }
                      Map<String, Double> influences = new LinkedHashMap<>(m.influences());
                      influences.put(team, weight);
                      return m.toBuilder().replaceInfluences(influences).build();
                    })
                .toList())
        .build();
  }
}
