package dev.kliping.web;

import dev.kliping.archive.Archive;
import dev.kliping.search.Moments;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;

/**
 * Stories and copied texts: the JSON routes {@code /api/stories}, {@code /api/stories/{id}} and
 * {@code /api/reuse}, and the pages {@code /stories}, {@code /stories/{id}} and
 * {@code /side-by-side}.
 */
final class StoryRoutes {
  private final Archive archive;
  private final StoryPages pages;

  StoryRoutes(Archive archive) {
    this.archive = archive;
    this.pages = new StoryPages(archive);
  }

  void register(Javalin app) {
    app.get("/api/stories", ctx -> ctx.json(Map.of("stories", list(ctx))));
    app.get("/api/stories/{id}", ctx -> ctx.json(archive.stories().story(id(ctx))
        .orElseThrow(() -> new NotFoundResponse("no such story: " + ctx.pathParam("id")))));
    app.get("/api/reuse", ctx -> {
      String url = Params.required(ctx, "url");
      ctx.json(archive.stories().reuse(url)
          .orElseThrow(() -> new NotFoundResponse("no such page in the archive: " + url)));
    });
    app.get("/stories", ctx -> ctx.html(Html.render(pages.list(list(ctx)))));
    app.get("/stories/{id}", ctx -> ctx.html(Html.render(pages.story(id(ctx)))));
    app.get("/side-by-side", ctx -> ctx.html(Html.render(new SideBySidePage(archive)
        .render(Params.required(ctx, "source"), Params.required(ctx, "target")))));
  }

  private java.util.List<dev.kliping.archive.StorySummary> list(Context ctx) {
    try {
      return archive.stories().list(Moments.start(ctx.queryParam(Params.FROM)),
          Moments.end(ctx.queryParam(Params.TO)), Params.blankToNull(ctx.queryParam("outlet")));
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
  }

  private static long id(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("id: not a story number: " + ctx.pathParam("id"));
    }
  }
}
