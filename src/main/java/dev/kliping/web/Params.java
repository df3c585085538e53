package dev.kliping.web;

import dev.kliping.search.Moments;
import dev.kliping.search.SearchQuery;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The query parameters of the API and the pages, read strictly: a bad value is a 400 that names
 * the parameter, never a guess. The same names encode a query for the daemon client.
 */
final class Params {
  static final String Q = "q";
  static final String OUTLET = "outlet";
  static final String FROM = "from";
  static final String TO = "to";
  static final String DATE = "date";
  static final String AUTHOR = "author";
  static final String CHANGED = "changed";
  static final String SUBSTANTIVE = "substantive";
  static final String CORRECTIONS = "corrections";
  static final String AS_OF = "as_of";
  static final String ALL_VERSIONS = "all_versions";
  static final String LIMIT = "limit";

  private Params() {}

  /** The search the request asks for; defaults as {@link SearchQuery#text}. */
  static SearchQuery search(Context ctx) {
    return search(ctx::queryParam, SearchQuery.DEFAULT_LIMIT);
  }

  static SearchQuery search(Function<String, String> get, int defaultLimit) {
    Instant from = named(FROM, () -> Moments.start(get.apply(FROM)));
    Instant to = named(TO, () -> Moments.end(get.apply(TO)));
    Instant asOf = named(AS_OF, () -> Moments.start(get.apply(AS_OF)));
    boolean changed = named(CHANGED, () -> flag(get.apply(CHANGED)));
    boolean substantive = named(SUBSTANTIVE, () -> flag(get.apply(SUBSTANTIVE)));
    boolean corrections = named(CORRECTIONS, () -> flag(get.apply(CORRECTIONS)));
    boolean allVersions = named(ALL_VERSIONS, () -> flag(get.apply(ALL_VERSIONS)));
    try {
      String date = blankToNull(get.apply(DATE));
      return new SearchQuery(get.apply(Q), blankToNull(get.apply(OUTLET)), from, to,
          date == null ? null : dateField(date), blankToNull(get.apply(AUTHOR)), changed, asOf,
          allVersions, integer(get.apply(LIMIT), LIMIT, defaultLimit), substantive, corrections);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
  }

  /** The value read, or a 400 whose message starts with the parameter's name. */
  static <T> T named(String name, Supplier<T> read) {
    try {
      return read.get();
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(name + ": " + e.getMessage());
    }
  }

  /** The query's parameters, only those set, for a URL; the inverse of {@link #search}. */
  static Map<String, String> encode(SearchQuery q) {
    Map<String, String> p = new LinkedHashMap<>();
    put(p, Q, q.text().isEmpty() ? null : q.text());
    put(p, OUTLET, q.outlet());
    put(p, FROM, q.from());
    put(p, TO, q.to());
    put(p, DATE, q.dateField().name().toLowerCase(Locale.ROOT));
    put(p, AUTHOR, q.author());
    put(p, CHANGED, q.changedOnly() ? "true" : null);
    put(p, SUBSTANTIVE, q.substantiveOnly() ? "true" : null);
    put(p, CORRECTIONS, q.correctionsOnly() ? "true" : null);
    put(p, AS_OF, q.asOf());
    put(p, ALL_VERSIONS, q.allVersions() ? "true" : null);
    put(p, LIMIT, q.limit());
    return p;
  }

  private static void put(Map<String, String> p, String name, Object value) {
    if (value != null) {
      p.put(name, value.toString());
    }
  }

  private static SearchQuery.DateField dateField(String value) {
    try {
      return SearchQuery.DateField.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("date must be published or captured, not '" + value
          + "'", e);
    }
  }

  /** A required string parameter. */
  static String required(Context ctx, String name) {
    String v = blankToNull(ctx.queryParam(name));
    if (v == null) {
      throw new BadRequestResponse("the parameter '" + name + "' is required");
    }
    return v;
  }

  /** An optional whole number; null when absent. */
  static Integer optionalInt(Context ctx, String name) {
    String v = blankToNull(ctx.queryParam(name));
    try {
      return v == null ? null : integer(v, name, 0);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
  }

  static int integer(String value, String name, int otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'",
          e);
    }
  }

  /** HTML checkboxes send "on"; the API takes true/1/yes. */
  static boolean flag(String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default -> throw new IllegalArgumentException("not true or false: '" + value + "'");
    };
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
