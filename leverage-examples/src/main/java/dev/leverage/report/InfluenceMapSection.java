package dev.leverage.report;

import dev.leverage.internal.Numbers;
import dev.leverage.organization.Manager;
import dev.leverage.organization.Organization;
import dev.leverage.organization.Team;
import dev.leverage.report.chart.ChartStyle;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The influence map: managers (left, indented under their boss) and teams (right), joined by
 * ownership (solid, weight 1) and influence (dashed, labelled with its weight) edges; reporting
 * lines are dotted. Line styles and printed weights carry the meaning, not colours.
 */
final class InfluenceMapSection extends BuiltInSection {
  private static final int ROW = 58;
  private static final int BOX = 40;
  private static final int TOP = 56;
  private static final int INDENT = 22;
  private static final int MARGIN = 16;

  /** The least room between the managers and the teams, for the lines and their weights. */
  private static final int GAP = 90;

  private static final Font NAME = new Font(Font.SANS_SERIF, Font.BOLD, 13);
  private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Stroke OWNS = new BasicStroke(2.5f);
  private static final Stroke INFLUENCES =
      new BasicStroke(
          1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7, 4}, 0);
  private static final Stroke REPORTS =
      new BasicStroke(
          1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1, 4}, 0);

  /** The map is drawn for at most this many teams (and {@link Summary#ROWS} managers). */
  static final int MAP_TEAMS = 200;

  InfluenceMapSection() {
    super("influence", "Influence map");
  }

  @Override
  public Optional<String> body(ReportContext context) {
    Organization organization = context.scenario().organization();
    if (organization.managers().isEmpty()) {
      return Optional.empty();
    }
    int managers = organization.managers().size();
    int teams = organization.teams().size();
    boolean drawn = managers <= Summary.ROWS && teams <= MAP_TEAMS;
    List<List<String>> rows = new ArrayList<>();
    for (Manager manager : Summary.first(organization.managers())) {
      rows.add(
          List.of(
              manager.id(),
              String.join(", ", manager.owns()),
              manager.influences().entrySet().stream()
                  .map(e -> e.getKey() + " (" + Numbers.brief(e.getValue()) + ")")
                  .collect(Collectors.joining(", ")),
              String.join(", ", manager.reports())));
    }
    return Optional.of(
        Html.paragraph(
                "Who owns and who influences which team. A team owned by a manager or anyone"
                    + " reporting to them counts fully (weight 1); an influenced team counts with"
                    + " the strongest influence weight in the manager's report subtree.")
            + (drawn
                ? Html.chart(
                    new Layout(organization, context.unit(), ChartStyle.WIDTH)
                        .svg("chart-influence"),
                    new Layout(organization, context.unit(), ChartStyle.NARROW)
                        .svg("chart-influence-" + ChartStyle.NARROW),
                    "Managers on the left, indented under the manager they report to (dotted"
                        + " line); teams on the right with their output per week (in "
                        + context.unit()
                        + "). A solid line means the manager owns the team; a dashed line is an"
                        + " influence, labelled with its weight.")
                : Html.paragraph(
                    "The map is drawn for up to "
                        + Summary.ROWS
                        + " managers and "
                        + MAP_TEAMS
                        + " teams; this organization has "
                        + managers
                        + " managers and "
                        + teams
                        + " teams, so only the table below shows it."))
            + Html.table(
                "Ownership, influence and reporting lines as declared in the scenario",
                List.of("Manager", "Owns", "Influences (weight)", "Reports"),
                rows)
            + Summary.more(managers, "managers", "leverage score"));
  }

  /** Positions of the boxes: managers in reporting order, teams grouped by owner. */
  private static final class Layout {
    private final Organization organization;
    private final String unit;
    private final Map<String, Integer> depth = new LinkedHashMap<>();
    private final List<String> teams = new ArrayList<>();
    private final int managerWidth;
    private final int teamWidth;
    private final int width;
    private final boolean narrow;

    /**
     * Lays {@code organization} out {@code width} wide, or wider when its boxes and the lines
     * between them need more room; outputs are in {@code unit} (MODEL.md §9) per week.
     */
    Layout(Organization organization, String unit, int width) {
      this.organization = organization;
      this.unit = unit;
      for (Manager manager : organization.managers()) {
        if (organization.boss(manager.id()).isEmpty()) {
          visit(manager.id(), 0);
        }
      }
      Set<String> ordered = new LinkedHashSet<>();
      for (String manager : depth.keySet()) {
        ordered.addAll(organization.manager(manager).orElseThrow().owns());
      }
      ordered.addAll(organization.teamIds());
      teams.addAll(ordered);
      int widest = 0;
      for (String manager : depth.keySet()) {
        widest = Math.max(widest, textWidth(manager, managerLine(manager)));
      }
      managerWidth = widest + 20;
      widest = 0;
      for (String team : teams) {
        widest = Math.max(widest, textWidth(team, teamLine(team)));
      }
      teamWidth = widest + 20;
      int deepest = depth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      int needed = 2 * MARGIN + deepest * INDENT + managerWidth + GAP + teamWidth;
      this.width = Math.max(width, needed);
      this.narrow = width < ChartStyle.WIDTH;
    }

    String svg(String id) {
      return ChartStyle.svg(id, width, height(), this::draw);
    }

    /** Numbers {@code top} and everyone under them in preorder, with an explicit stack. */
    private void visit(String top, int topLevel) {
      Deque<Map.Entry<String, Integer>> stack = new ArrayDeque<>();
      stack.push(Map.entry(top, topLevel));
      while (!stack.isEmpty()) {
        Map.Entry<String, Integer> next = stack.pop();
        depth.put(next.getKey(), next.getValue());
        List<String> reports =
            new ArrayList<>(organization.manager(next.getKey()).orElseThrow().reports());
        for (int r = reports.size() - 1; r >= 0; r--) {
          stack.push(Map.entry(reports.get(r), next.getValue() + 1));
        }
      }
    }

    private String managerLine(String manager) {
      return Numbers.figure(organization.outputPerWeek(manager)) + " per week";
    }

    private String teamLine(String team) {
      return Numbers.brief(organization.team(team).map(Team::output).orElseThrow()) + " per week";
    }

    private static int textWidth(String name, String line) {
      java.awt.image.BufferedImage image =
          new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      try {
        return Math.max(
            g.getFontMetrics(NAME).stringWidth(name), g.getFontMetrics(SMALL).stringWidth(line));
      } finally {
        g.dispose();
      }
    }

    private int rows() {
      return Math.max(depth.size(), teams.size());
    }

    int height() {
      return TOP + rows() * ROW + (narrow ? 124 : 70);
    }

    private double managerY(int index) {
      return TOP + (rows() - depth.size()) * ROW / 2.0 + index * ROW;
    }

    private double teamY(int index) {
      return TOP + (rows() - teams.size()) * ROW / 2.0 + index * ROW;
    }

    void draw(Graphics2D g) {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setPaint(Color.WHITE);
      g.fillRect(0, 0, width, height());
      g.setPaint(ChartStyle.INK);
      g.setFont(ChartStyle.TITLE);
      g.drawString("Influence map", MARGIN, 26);
      g.setFont(SMALL);
      g.drawString("weights in (0, 1]; output in " + unit + " per week", MARGIN, 44);

      List<String> managers = new ArrayList<>(depth.keySet());
      double teamX = width - MARGIN - teamWidth;
      Map<String, double[]> right = new LinkedHashMap<>();
      for (int i = 0; i < managers.size(); i++) {
        String manager = managers.get(i);
        double x = MARGIN + depth.get(manager) * INDENT;
        right.put(manager, new double[] {x + managerWidth, managerY(i) + BOX / 2.0, x});
      }
      Map<String, Double> teamMiddle = new LinkedHashMap<>();
      for (int i = 0; i < teams.size(); i++) {
        teamMiddle.put(teams.get(i), teamY(i) + BOX / 2.0);
      }

      // Reporting lines: from the boss's box down, then across to the report.
      g.setStroke(REPORTS);
      for (String manager : managers) {
        Optional<String> boss = organization.boss(manager);
        if (boss.isPresent()) {
          double[] b = right.get(boss.get());
          double[] m = right.get(manager);
          double x = b[2] + INDENT / 2.0;
          g.draw(new Line2D.Double(x, b[1] + BOX / 2.0, x, m[1]));
          g.draw(new Line2D.Double(x, m[1], m[2], m[1]));
        }
      }

      // Edges first, labels after, boxes last, so that text stays on top.
      List<Runnable> labels = new ArrayList<>();
      for (int i = 0; i < managers.size(); i++) {
        String id = managers.get(i);
        Manager manager = organization.manager(id).orElseThrow();
        double[] from = right.get(id);
        // Labels sit nearer the teams for the first managers, nearer the managers for the last.
        double t = managers.size() == 1 ? 0.75 : 0.85 - 0.4 * i / (managers.size() - 1);
        for (String team : manager.owns()) {
          edge(g, from, teamX, teamMiddle.get(team), OWNS, "owns", t, labels);
        }
        for (Map.Entry<String, Double> influence : manager.influences().entrySet()) {
          edge(
              g,
              from,
              teamX,
              teamMiddle.get(influence.getKey()),
              INFLUENCES,
              Numbers.brief(influence.getValue()),
              t,
              labels);
        }
      }
      labels.forEach(Runnable::run);

      for (int i = 0; i < managers.size(); i++) {
        String manager = managers.get(i);
        box(g, right.get(manager)[2], managerY(i), managerWidth, manager, managerLine(manager), 12);
      }
      for (int i = 0; i < teams.size(); i++) {
        box(g, teamX, teamY(i), teamWidth, teams.get(i), teamLine(teams.get(i)), 0);
      }
      legend(g, TOP + rows() * ROW + 16);
    }

    private static void edge(
        Graphics2D g,
        double[] from,
        double teamX,
        double teamY,
        Stroke stroke,
        String label,
        double t,
        List<Runnable> labels) {
      g.setPaint(ChartStyle.INK);
      g.setStroke(stroke);
      g.draw(new Line2D.Double(from[0], from[1], teamX, teamY));
      double x = from[0] + (teamX - from[0]) * t;
      double y = from[1] + (teamY - from[1]) * t;
      labels.add(() -> tag(g, x, y, label));
    }

    private static void tag(Graphics2D g, double x, double y, String text) {
      g.setFont(SMALL);
      FontMetrics metrics = g.getFontMetrics();
      double w = metrics.stringWidth(text) + 8;
      double h = metrics.getAscent() + 4;
      RoundRectangle2D box = new RoundRectangle2D.Double(x - w / 2, y - h / 2, w, h, 6, 6);
      g.setPaint(Color.WHITE);
      g.fill(box);
      g.setPaint(ChartStyle.INK);
      g.setStroke(new BasicStroke(0.8f));
      g.draw(box);
      g.drawString(text, (float) (x - w / 2 + 4), (float) (y + metrics.getAscent() / 2.0 - 1));
    }

    private static void box(
        Graphics2D g, double x, double y, double width, String name, String line, double arc) {
      RoundRectangle2D box = new RoundRectangle2D.Double(x, y, width, BOX, arc, arc);
      g.setPaint(Color.WHITE);
      g.fill(box);
      g.setPaint(ChartStyle.INK);
      g.setStroke(new BasicStroke(1.2f));
      g.draw(box);
      g.setFont(NAME);
      g.drawString(name, (float) x + 10, (float) y + 16);
      g.setFont(SMALL);
      g.drawString(line, (float) x + 10, (float) y + 32);
    }

    /** The key to the lines and boxes: on one line, or one item a line when narrow. */
    private void legend(Graphics2D g, double y) {
      g.setFont(SMALL);
      double[] at = {MARGIN, y};
      sample(g, at, OWNS, "owns (weight 1)");
      sample(g, at, INFLUENCES, "influences (weight on the line)");
      sample(g, at, REPORTS, "reports to");
      g.setPaint(ChartStyle.INK);
      double line = narrow ? at[1] + 8 : at[1] + 28;
      g.drawString("Rounded boxes: managers, with their output per week.", MARGIN, (float) line);
      g.drawString("Square boxes: teams.", MARGIN, (float) line + 18);
    }

    /** Draws one line style with its text at {@code at} and moves {@code at} past it. */
    private void sample(Graphics2D g, double[] at, Stroke stroke, String text) {
      g.setPaint(ChartStyle.INK);
      g.setStroke(stroke);
      g.draw(new Line2D.Double(at[0], at[1], at[0] + 36, at[1]));
      g.drawString(text, (float) at[0] + 44, (float) at[1] + 4);
      if (narrow) {
        at[1] += 20;
      } else {
        at[0] += 44 + g.getFontMetrics().stringWidth(text) + 28;
      }
    }
  }
}
