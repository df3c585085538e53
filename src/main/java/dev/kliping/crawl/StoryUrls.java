package dev.kliping.crawl;

import dev.kliping.config.OutletConfig;
import dev.kliping.fetch.FetchResult;
import okhttp3.HttpUrl;

/** What a story's URL and its fetch say: the whole-story address, taken down, moved. */
final class StoryUrls {
  private StoryUrls() {}

  /** The URL that shows the whole story on one page, where the outlet offers one. */
  static String wholeStory(OutletConfig outlet, String url) {
    if (outlet.singlePageQuery() == null) {
      return url;
    }
    String[] pair = outlet.singlePageQuery().split("=", 2);
    return HttpUrl.get(url).newBuilder()
        .setQueryParameter(pair[0], pair.length > 1 ? pair[1] : "").build().toString();
  }

  /** The server says the page is gone: 404 Not Found or 410 Gone. */
  static boolean isGone(FetchResult result) {
    return result.response() != null
        && (result.response().status() == 404 || result.response().status() == 410);
  }

  /** A redirect to another page, not just to another spelling of this one (www or not). */
  static boolean movedElsewhere(String url, FetchResult result) {
    if (result.exchanges().size() < 2) {
      return false;
    }
    HttpUrl from = HttpUrl.get(url);
    HttpUrl to = HttpUrl.parse(result.finalUrl());
    return to == null || !bareHost(from).equals(bareHost(to))
        || !from.encodedPath().equals(to.encodedPath());
  }

  private static String bareHost(HttpUrl url) {
    return url.host().startsWith("www.") ? url.host().substring(4) : url.host();
  }
}
