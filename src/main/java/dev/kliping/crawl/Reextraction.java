package dev.kliping.crawl;

import dev.kliping.archive.Archive;
import dev.kliping.archive.Capture;
import dev.kliping.archive.Exchange;
import dev.kliping.archive.VersionOutcome;
import dev.kliping.archive.VersionSource;
import dev.kliping.config.OutletConfig;
import dev.kliping.extract.Article;
import dev.kliping.archive.Version;
import dev.kliping.config.LearnedBoilerplateSettings;
import dev.kliping.extract.Boilerplate;
import dev.kliping.extract.Extractor;
import dev.kliping.extract.LearnedBoilerplate;
import dev.kliping.version.NormalizedArticle;
import dev.kliping.version.Cause;
import dev.kliping.version.Provenance;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one place where kliping tells a publisher's edit from a text its own rules changed. A
 * changed text is a re-extraction, never an edit, when the fetched bytes are the bytes behind the
 * page's latest version (the same payload digest); and when our rules changed since that version,
 * its capture is first read again with today's rules, so that only what the outlet changed is
 * left for the edit. Used by the crawl and by {@code kliping reextract}. Thread-safe.
 */
public final class Reextraction {
  private final Archive archive;
  private final ArticleReader reader;
  private final Boilerplate catalogue;
  private final LearnedLines learned;
  private final String release = Provenance.runningRelease();
  private final Map<String, Hashed> hashes = new java.util.concurrent.ConcurrentHashMap<>();

  Reextraction(Archive archive, ArticleReader reader, Boilerplate catalogue,
      LearnedLines learned) {
    this.archive = Objects.requireNonNull(archive, "archive");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.learned = Objects.requireNonNull(learned, "learned");
  }

  /**
   * Re-extraction of stored captures only, with no network: for {@code kliping reextract}.
   * Further pages of a story are read from their captures, never fetched.
   */
  public static Reextraction offline(Archive archive, Extractor extractor, Boilerplate catalogue,
      LearnedBoilerplateSettings learning) {
    LearnedLines learned = new LearnedLines(archive, learning);
    return new Reextraction(archive, new ArticleReader(null, null, extractor, learned), catalogue,
        learned);
  }

  /** What re-running today's rules over one outlet's stored captures found (or did). */
  public record OutletReport(String outlet, int pages, int changed, int noArticle,
      Map<String, Integer> why) {}

  /**
   * Re-runs today's rules over the capture behind each of the outlet's pages' latest version; a
   * text that changes is stored as a re-extraction of that capture, unless {@code dryRun}.
   */
  public OutletReport reextract(OutletConfig outlet, boolean dryRun) {
    int pages = 0;
    int changed = 0;
    int noArticle = 0;
    Map<String, Integer> why = new TreeMap<>();
    learned.refresh(outlet.id());
    for (long pageId : archive.pagesWithVersions(outlet.id())) {
      Optional<VersionSource> src = archive.latestSource(pageId);
      if (src.isEmpty()) {
        continue;
      }
      pages++;
      Article article = reread(outlet, src.get());
      if (article == null) {
        noArticle++;
        continue;
      }
      Version latest = src.get().version();
      if (NormalizedArticle.of(article).contentHash().equals(latest.contentHash())) {
        continue;
      }
      changed++;
      why.merge(reason(latest.provenance(), provenance(outlet, article.extractor())), 1,
          Integer::sum);
      if (!dryRun) {
        archive.store(pageId, src.get().capture(), article,
            provenance(outlet, article.extractor()), Cause.REEXTRACTION);
      }
    }
    return new OutletReport(outlet.id(), pages, changed, noArticle, why);
  }

  /** Why a text made then differs from one made now, in words for the report. */
  private static String reason(Provenance then, Provenance now) {
    if (then.rulesHash() == null) {
      return "made before provenance was recorded";
    }
    if (!then.rulesHash().equals(now.rulesHash())) {
      return "outlet rules or boilerplate changed";
    }
    if (!Objects.equals(then.extractor(), now.extractor())) {
      return "extractor changed (" + then.extractor() + " to " + now.extractor() + ")";
    }
    if (!Objects.equals(then.klipingVersion(), now.klipingVersion())) {
      return "kliping changed (" + then.klipingVersion() + " to " + now.klipingVersion() + ")";
    }
    return "same rules and release: the extractor's code changed";
  }

  /**
   * SHA-256 of everything that shapes the outlet's texts besides the page: its rules and the
   * boilerplate catalogue applied with them. Learned data that takes part in extraction belongs
   * in {@code extra}, so that its growth counts as a rule change too.
   */
  public static String rulesHash(OutletConfig outlet, Boilerplate catalogue, Object... extra) {
    return Provenance.rulesHash(outlet.rules(), catalogue, extra);
  }

  /**
   * How a text of the outlet made now, by this extractor, is made: the boilerplate learned from
   * the archive takes part, so a body that changes because that list grew is a re-extraction.
   */
  Provenance provenance(OutletConfig outlet, String extractor) {
    return new Provenance(extractor, release, rulesHash(outlet));
  }

  /** The rules hash last made for an outlet, and from which rules and learned lines. */
  private record Hashed(OutletConfig outlet, LearnedBoilerplate learned, String hash) {}

  /**
   * The outlet's rules hash. Hashing its rules as JSON took about 1.5% of a crawl's CPU when done
   * per article, so the last hash per outlet is kept while neither its rules nor its learned
   * lines (refreshed once per pass) are replaced.
   */
  private String rulesHash(OutletConfig outlet) {
    LearnedBoilerplate lines = learned.of(outlet.id());
    Hashed last = hashes.get(outlet.id());
    if (last != null && last.outlet() == outlet && last.learned() == lines) {
      return last.hash();
    }
    String hash = rulesHash(outlet, catalogue, lines.fingerprint());
    hashes.put(outlet.id(), new Hashed(outlet, lines, hash));
    return hash;
  }

  /** True when two captures hold the same bytes: the re-fetch changed nothing on the outlet. */
  static boolean sameBytes(Capture fetched, Capture behindLatest) {
    return fetched.payloadDigest() != null
        && fetched.payloadDigest().equals(behindLatest.payloadDigest());
  }

  /**
   * Stores an article just fetched for the page: a re-extraction when its bytes are those of the
   * latest version, else a publisher's version, after any re-extraction our changed rules call
   * for.
   */
  VersionOutcome store(OutletConfig outlet, long pageId, Capture capture, Article article) {
    return store(outlet, pageId, capture, article, archive.latestSource(pageId));
  }

  /**
   * As {@link #store(OutletConfig, long, Capture, Article)}, given the page's latest version and
   * its capture as the caller read them at the start of its visit.
   */
  VersionOutcome store(OutletConfig outlet, long pageId, Capture capture, Article article,
      Optional<VersionSource> latest) {
    Provenance now = provenance(outlet, article.extractor());
    Optional<Version> latestVersion = latest.map(VersionSource::version);
    if (latest.isPresent() && sameBytes(capture, latest.get().capture())) {
      return archive.store(pageId, capture, article, now, Cause.REEXTRACTION, latestVersion);
    }
    // A re-extraction stored here becomes the latest; the archive sees the version read before
    // is no longer the highest and reads it.
    latest.ifPresent(src -> again(outlet, pageId, src));
    return archive.store(pageId, capture, article, now, Cause.EDIT, latestVersion);
  }

  /**
   * Reads the version's capture again with today's rules when they differ from those that made
   * it, and stores a changed text as a re-extraction of the same capture.
   *
   * @return what storing did, or empty when the rules are the same or the capture holds no
   *     article now
   */
  Optional<VersionOutcome> again(OutletConfig outlet, long pageId, VersionSource src) {
    Provenance then = src.version().provenance();
    if (!then.differsFrom(provenance(outlet, then.extractor()))) {
      return Optional.empty();
    }
    Article article = reread(outlet, src);
    if (article == null) {
      return Optional.empty();
    }
    return Optional.of(archive.store(pageId, src.capture(), article,
        provenance(outlet, article.extractor()), Cause.REEXTRACTION));
  }

  /** The article in the version's capture (and its further pages) under today's rules. */
  Article reread(OutletConfig outlet, VersionSource src) {
    Exchange first = archive.read(src.capture());
    return reader.reread(outlet, first, url -> archive.captureAfter(url,
        src.capture().fetchedAt()).map(archive::read));
  }
}
