package dev.kliping.web;

import dev.kliping.archive.HealthCounts;
import dev.kliping.archive.OutletHealth;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The outlets: a list with their health, and per outlet a chart of articles and edits. */
final class OutletPages {
  private static final int CHART_DAYS = 30;

  private final Outlets outlets;
  private final DayCounts counts;

  OutletPages(Outlets outlets, DayCounts counts) {
    this.outlets = outlets;
    this.counts = counts;
  }

  Document list() {
    Document doc = Html.page("Outlets");
    Element main = Html.main(doc);
    main.appendElement("h1").text("Outlets");
    Element table = main.appendElement("table").addClass("outlets");
    Element head = table.appendElement("tr");
    for (String h : new String[] {"Outlet", "Last success", "Fetched today", "Status"}) {
      head.appendElement("th").text(h);
    }
    for (OutletHealth h : outlets.health()) {
      Element tr = table.appendElement("tr");
      tr.appendElement("td").appendElement("a").attr("href", "/outlets/" + h.outlet())
          .text(h.outlet());
      tr.appendElement("td").text(h.lastSuccess() == null ? "never" : h.lastSuccess().toString());
      tr.appendElement("td").text(String.valueOf(h.today().fetched()));
      tr.appendElement("td").addClass(h.alerts().isEmpty() ? "ok" : "alert")
          .text(h.alerts().isEmpty() ? "ok" : String.join(" ", h.alerts()));
    }
    return doc;
  }

  Document one(Context ctx) {
    String id = ctx.pathParam("id");
    if (!outlets.ids().contains(id)) {
      throw new NotFoundResponse("no such outlet: " + id);
    }
    OutletHealth health = outlets.health(id);
    Document doc = Html.page(id);
    Element main = Html.main(doc);
    main.appendElement("h1").text(id);
    LocalDate last = outlets.today();
    List<DayCount> days = counts.between(id, last.minusDays(CHART_DAYS - 1), last);
    Element figure = main.appendElement("figure");
    Chart.append(figure, days, "New articles and edits per day, last " + CHART_DAYS + " days");
    Element caption = figure.appendElement("figcaption");
    caption.appendElement("span").addClass("key-articles").text("■ new articles");
    caption.appendText(" ");
    caption.appendElement("span").addClass("key-edits").text("■ substantive edits");
    caption.appendText(" ");
    caption.appendElement("span").addClass("key-cosmetic").text("■ cosmetic edits");
    caption.appendText(" (re-extractions by our own rule changes are not edits)");
    health(main, health);
    return doc;
  }

  private static void health(Element main, OutletHealth h) {
    main.appendElement("h2").text("Health and drift, " + h.day() + " (UTC)");
    Element status = main.appendElement("div").addClass(h.alerts().isEmpty() ? "ok" : "alert");
    if (h.alerts().isEmpty()) {
      status.appendElement("p").text("No alerts: the outlet's pages still read as articles.");
    } else {
      Element ul = status.appendElement("ul");
      h.alerts().forEach(a -> ul.appendElement("li").text(a));
    }
    HealthCounts c = h.today();
    Element dl = main.appendElement("dl").addClass("metadata");
    Html.row(dl, "Last success", h.lastSuccess() == null ? "never" : h.lastSuccess());
    Html.row(dl, "Discovered", c.discovered());
    Html.row(dl, "Fetched", c.fetched());
    Html.row(dl, "Extracted by the outlet's rules", c.extractedByRules());
    Html.row(dl, "Fell back to the generic extractor", c.fellBackToGeneric());
    Html.row(dl, "Empty body", c.emptyBody());
    Html.row(dl, "Missing date", c.missingDate());
    Html.row(dl, "Missing title", c.missingTitle());
    Html.row(dl, "Words per article", c.extracted() == 0 ? 0 : c.words() / c.extracted());
    Html.row(dl, "Boilerplate found in stored bodies", c.boilerplateFound());
  }
}
