package dev.kliping.web;

import dev.kliping.search.SearchHit;
import dev.kliping.search.SearchIndex;
import dev.kliping.search.SearchQuery;
import dev.kliping.search.SearchResult;
import dev.kliping.search.Snippet;
import io.javalin.http.Context;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The search page: a form with every filter, and the hits with their marked snippets. */
final class SearchPage {
  private final SearchIndex index;
  private final Outlets outlets;

  SearchPage(SearchIndex index, Outlets outlets) {
    this.index = index;
    this.outlets = outlets;
  }

  Document render(Context ctx) {
    SearchQuery query = Params.search(ctx);
    Document doc = Html.page(query.text().isEmpty() ? "Search" : query.text());
    Element main = Html.main(doc);
    main.appendElement("h1").text("Search the archive");
    form(main, ctx);
    results(main, index.search(query));
    return doc;
  }

  private void form(Element main, Context ctx) {
    Element form = main.appendElement("form").attr("method", "get").attr("action", "/")
        .addClass("search");
    input(form, "Words or \"a phrase\"", "search", Params.Q, ctx).attr("autofocus", "");
    Element outlet = label(form, "Outlet").appendElement("select").attr("name", Params.OUTLET);
    outlet.appendElement("option").attr("value", "").text("all outlets");
    for (String id : outlets.ids()) {
      Element o = outlet.appendElement("option").attr("value", id).text(id);
      if (id.equals(ctx.queryParam(Params.OUTLET))) {
        o.attr("selected", "");
      }
    }
    Element date = label(form, "Dates are").appendElement("select").attr("name", Params.DATE);
    for (String d : new String[] {"published", "captured"}) {
      Element o = date.appendElement("option").attr("value", d).text(d);
      if (d.equals(ctx.queryParam(Params.DATE))) {
        o.attr("selected", "");
      }
    }
    input(form, "From", "date", Params.FROM, ctx);
    input(form, "To", "date", Params.TO, ctx);
    input(form, "Author", "text", Params.AUTHOR, ctx);
    input(form, "As of (UTC)", "datetime-local", Params.AS_OF, ctx);
    Element changed = label(form, "Only stories changed after publication")
        .appendElement("input").attr("type", "checkbox").attr("name", Params.CHANGED);
    if (Params.flag(ctx.queryParam(Params.CHANGED))) {
      changed.attr("checked", "");
    }
    form.appendElement("button").attr("type", "submit").text("Search");
  }

  private static Element label(Element form, String text) {
    Element label = form.appendElement("label");
    label.appendElement("span").text(text);
    return label;
  }

  private static Element input(Element form, String text, String type, String name,
      Context ctx) {
    String value = ctx.queryParam(name);
    return label(form, text).appendElement("input").attr("type", type).attr("name", name)
        .attr("value", value == null ? "" : value);
  }

  private static void results(Element main, SearchResult result) {
    main.appendElement("p").addClass("total").text(result.total() == 1 ? "1 version matches"
        : result.total() + " versions match");
    Element list = main.appendElement("ol").addClass("hits");
    for (SearchHit hit : result.hits()) {
      Element li = list.appendElement("li");
      li.appendElement("a").addClass("title")
          .attr("href", Html.link("/article", Map.of("url", hit.url(), "version", hit.version())))
          .text(hit.title() == null ? hit.url() : hit.title());
      li.appendElement("p").addClass("meta").text(hit.outlet() + " · published "
          + (hit.published() == null ? "unknown" : hit.published()) + " · version "
          + hit.version() + " captured " + hit.captured());
      snippet(li.appendElement("p").addClass("snippet"), hit.snippet());
    }
  }

  /** The snippet's text with its matched spans in mark elements, every piece as text. */
  static void snippet(Element p, Snippet s) {
    int at = 0;
    for (Snippet.Mark m : s.marks()) {
      if (m.start() < at || m.end() > s.text().length()) {
        continue;
      }
      p.appendText(s.text().substring(at, m.start()));
      p.appendElement("mark").text(s.text().substring(m.start(), m.end()));
      at = m.end();
    }
    p.appendText(s.text().substring(at));
  }
}
