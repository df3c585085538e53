package dev.kliping.web;

import dev.kliping.search.SearchRefused;
import dev.kliping.search.SearchTimedOut;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How failures are answered: JSON {"error": ...} under /api/, a plain page elsewhere, the
 * security headers always. An unexpected exception is logged here and shown to the client only
 * as "internal error", so no stack trace or path leaks.
 */
final class Errors {
  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  private Errors() {}

  static void register(Javalin app) {
    app.exception(HttpResponseException.class,
        (e, ctx) -> answer(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage()));
    app.exception(SearchRefused.class,
        (e, ctx) -> answer(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
    app.exception(SearchTimedOut.class,
        (e, ctx) -> answer(ctx, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      answer(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error");
    });
    app.error(HttpStatus.NOT_FOUND.getCode(), ctx -> {
      if (ctx.result() == null) {
        answer(ctx, HttpStatus.NOT_FOUND, "not found");
      }
    });
  }

  static void answer(Context ctx, HttpStatus status, String message) {
    SecurityHeaders.apply(ctx.res());
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.json(Map.of("error", message == null ? status.getMessage() : message));
    } else {
      ctx.html(Html.render(Html.errorPage(status.getCode(), message)));
    }
  }
}
