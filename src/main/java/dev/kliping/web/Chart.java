package dev.kliping.web;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * A bar chart of articles and edits per day as inline SVG, drawn on the server: no script, and
 * colours come from the stylesheet through classes (the CSP allows no inline style).
 */
final class Chart {
  private static final int WIDTH = 720;
  private static final int HEIGHT = 180;
  private static final int AXIS = 20;

  private Chart() {}

  static void append(Element parent, List<DayCount> days, String caption) {
    int max = 1;
    for (DayCount d : days) {
      max = Math.max(max, Math.max(d.articles(), Math.max(d.substantive(), d.cosmetic())));
    }
    double slot = (double) WIDTH / Math.max(1, days.size());
    double bar = Math.max(1, slot / 3 - 1);
    Element svg = parent.appendElement("svg").attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("viewBox", "0 0 " + WIDTH + " " + (HEIGHT + AXIS)).attr("role", "img")
        .attr("aria-label", caption).addClass("chart");
    svg.appendElement("title").text(caption);
    for (int i = 0; i < days.size(); i++) {
      DayCount d = days.get(i);
      double x = i * slot;
      rect(svg, "articles", x, bar, d.articles(), max,
          d.day() + ": " + d.articles() + " new articles");
      rect(svg, "edits substantive", x + bar + 1, bar, d.substantive(), max,
          d.day() + ": " + d.substantive() + " substantive edits");
      rect(svg, "edits cosmetic", x + 2 * (bar + 1), bar, d.cosmetic(), max,
          d.day() + ": " + d.cosmetic() + " cosmetic edits");
    }
    svg.appendElement("line").attr("x1", "0").attr("x2", String.valueOf(WIDTH))
        .attr("y1", String.valueOf(HEIGHT)).attr("y2", String.valueOf(HEIGHT)).addClass("axis");
    if (!days.isEmpty()) {
      label(svg, 0, "start", days.get(0).day().toString());
      label(svg, WIDTH, "end", days.get(days.size() - 1).day().toString());
    }
    svg.appendElement("text").attr("x", String.valueOf(WIDTH / 2)).attr("y", "12")
        .attr("text-anchor", "middle").text("most in a day: " + max);
  }

  private static void rect(Element svg, String kind, double x, double width, int value, int max,
      String tip) {
    double h = value == 0 ? 0 : Math.max(1, (double) value * (HEIGHT - 16) / max);
    Element r = svg.appendElement("rect").addClass(kind).attr("x", num(x))
        .attr("y", num(HEIGHT - h)).attr("width", num(width)).attr("height", num(h));
    r.appendElement("title").text(tip);
  }

  private static void label(Element svg, int x, String anchor, String text) {
    svg.appendElement("text").attr("x", String.valueOf(x)).attr("y", String.valueOf(HEIGHT + 15))
        .attr("text-anchor", anchor).text(text);
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
