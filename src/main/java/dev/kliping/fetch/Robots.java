package dev.kliping.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import dev.kliping.archive.Exchange;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * Answers whether robots.txt lets kliping fetch a URL, fetching each host's robots.txt once per
 * instance. A missing robots.txt (4xx) allows everything; a server error or no answer disallows
 * everything for now, as RFC 9309 asks.
 */
final class Robots {
  private final Function<String, FetchResult> fetch;
  private final List<String> agentNames;
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Map<String, BaseRobotRules> byHost = new ConcurrentHashMap<>();

  Robots(Function<String, FetchResult> fetch, String userAgent) {
    this.fetch = fetch;
    // The product token is the user agent up to the first slash or space: "kliping".
    this.agentNames = List.of(userAgent.split("[/ ]", 2)[0].toLowerCase(Locale.ROOT));
  }

  boolean allows(String url) {
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      return false;
    }
    String origin = parsed.scheme() + "://" + parsed.host() + ":" + parsed.port();
    BaseRobotRules rules = byHost.computeIfAbsent(origin, o -> load(parsed));
    return rules.isAllowed(url);
  }

  private BaseRobotRules load(HttpUrl url) {
    String robotsUrl = url.newBuilder().encodedPath("/robots.txt").query(null).fragment(null)
        .build().toString();
    FetchResult result = fetch.apply(robotsUrl);
    Exchange response = result.response();
    if (response == null) {
      return parser.failedFetch(503);
    }
    if (result.outcome() != FetchOutcome.OK) {
      return parser.failedFetch(response.status());
    }
    return parser.parseContent(robotsUrl, response.body(), response.header("Content-Type"),
        agentNames);
  }
}
