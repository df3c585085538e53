package dev.kliping.web;

import dev.kliping.archive.Archive;
import dev.kliping.search.SearchIndex;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.jsoup.nodes.Document;

/** The HTML pages: search, an article's timeline, a diff, the outlets and one outlet. */
final class PageRoutes {
  private final SearchPage search;
  private final ArticlePage article;
  private final DiffPage diff;
  private final OutletPages outlets;

  PageRoutes(Archive archive, SearchIndex index, Outlets outlets) {
    this.search = new SearchPage(index, outlets);
    this.article = new ArticlePage(archive);
    this.diff = new DiffPage(archive);
    this.outlets = new OutletPages(outlets, new DayCounts(archive));
  }

  void register(Javalin app) {
    app.get("/", ctx -> html(ctx, search.render(ctx)));
    app.get("/article", ctx -> html(ctx, article.render(ctx)));
    app.get("/diff", ctx -> html(ctx, diff.render(ctx)));
    app.get("/outlets", ctx -> html(ctx, outlets.list()));
    app.get("/outlets/{id}", ctx -> html(ctx, outlets.one(ctx)));
  }

  private static void html(Context ctx, Document doc) {
    ctx.html(Html.render(doc));
  }
}
