package dev.kliping.durability;

import dev.kliping.archive.Exchange;
import dev.kliping.archive.ResponseReader;
import dev.kliping.config.OutletConfig;
import dev.kliping.config.Settings;
import dev.kliping.discover.ArticleUrls;
import dev.kliping.discover.UrlCanonicalizer;
import dev.kliping.extract.Article;
import dev.kliping.extract.Extractor;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Reads recorded responses the way the crawl did, from the configuration: an outlet's page is a
 * URL on its hosts that matches its article patterns once canonical (and without the outlet's
 * single-page query, which the crawl adds when fetching); its article comes from the outlet's
 * rules. Used by {@code kliping rebuild}.
 */
public final class ConfiguredResponses implements ResponseReader {
  private final Settings settings;
  private final Extractor extractor;
  private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();
  private final Map<String, ArticleUrls> articleUrls = new HashMap<>();

  public ConfiguredResponses(Settings settings, Extractor extractor) {
    this.settings = settings;
    this.extractor = extractor;
    settings.outlets().forEach(o -> articleUrls.put(o.id(), new ArticleUrls(o)));
  }

  @Override
  public Optional<PageRef> page(String url) {
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      return Optional.empty();
    }
    Optional<OutletConfig> outlet = settings.outletForHost(parsed.host());
    if (outlet.isEmpty()) {
      return Optional.empty();
    }
    String query = outlet.get().singlePageQuery();
    if (query != null) {
      parsed = parsed.newBuilder().removeAllQueryParameters(query.split("=", 2)[0]).build();
    }
    String canonical = canonicalizer.canonical(parsed.toString());
    if (canonical == null || !articleUrls.get(outlet.get().id()).isArticle(canonical)) {
      return Optional.empty();
    }
    return Optional.of(new PageRef(outlet.get().id(), canonical));
  }

  @Override
  public Article article(String outletId, Exchange response) {
    OutletConfig outlet = settings.outlet(outletId).orElse(null);
    if (outlet == null || !response.mayBeHtml()) {
      return null;
    }
    Article article = extractor.extract(response.body(), response.declaredCharset(), response.url(),
        outlet.rules(), false);
    return article.found() ? article.withDefaultLanguage(outlet.language()) : null;
  }
}
