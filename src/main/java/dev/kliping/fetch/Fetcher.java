package dev.kliping.fetch;

import dev.kliping.archive.Exchange;
import dev.kliping.config.HttpSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The only code that touches the network: fetches one URL politely (robots.txt, one request at a
 * time per host with a delay, Retry-After, size and time limits), follows redirects itself so
 * each hop is recorded and checked again (robots.txt, hosts, addresses), and reports every
 * outcome as data. Results of fetches it makes on its own account (robots.txt) go to the
 * listener, so they can be recorded too. Thread-safe.
 */
public final class Fetcher {
  private final HttpSettings settings;
  private final Robots robots;
  private final PoliteCall call;
  private final Consumer<FetchResult> listener;

  public Fetcher(OkHttpClient client, HttpSettings settings, Clock clock,
      Consumer<FetchResult> listener) {
    this(client, settings, clock, Sleeper.system(),
        () -> ThreadLocalRandom.current().nextDouble(), listener);
  }

  /**
   * @param sleeper all politeness waits go through it (a test passes a fake clock)
   * @param jitter numbers in [0, 1) that spread backoff waits
   */
  public Fetcher(OkHttpClient client, HttpSettings settings, Clock clock, Sleeper sleeper,
      DoubleSupplier jitter, Consumer<FetchResult> listener) {
    this(client, settings, clock, sleeper, jitter, HostTurns.ALONE, listener);
  }

  /** @param turns hosts' turns shared with the other nodes of a cluster, else ALONE */
  public Fetcher(OkHttpClient client, HttpSettings settings, Clock clock, HostTurns turns,
      Consumer<FetchResult> listener) {
    this(client, settings, clock, Sleeper.system(),
        () -> ThreadLocalRandom.current().nextDouble(), turns, listener);
  }

  private Fetcher(OkHttpClient client, HttpSettings settings, Clock clock, Sleeper sleeper,
      DoubleSupplier jitter, HostTurns turns, Consumer<FetchResult> listener) {
    Objects.requireNonNull(client, "client");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.listener = Objects.requireNonNull(listener, "listener");
    Duration hostDelay = Duration.ofMillis(settings.hostDelayMillis());
    Duration maxHold = Duration.ofSeconds(settings.maxRetryAfterSeconds());
    // Backoff starts at the host delay, but at one second at least: replay runs use no delay.
    Duration backoffBase = hostDelay.compareTo(Duration.ofSeconds(1)) > 0
        ? hostDelay : Duration.ofSeconds(1);
    Pushback pushback = new Pushback(clock, maxHold, new Backoff(backoffBase, maxHold, jitter));
    this.call = new PoliteCall(client, new HostThrottle(sleeper),
        Objects.requireNonNull(turns, "turns"), pushback,
        new ExchangeReader(settings.maxBodyBytes(), clock), hostDelay,
        Duration.ofSeconds(settings.maxHostWaitSeconds()));
    this.robots = new Robots(this::fetchOnOwnAccount, settings.userAgent(), sleeper,
        Duration.ofHours(settings.robotsCacheHours()));
  }

  /** Fetches a URL if robots.txt allows it (and each redirect hop). */
  public FetchResult fetch(String url) {
    return fetch(url, Validators.NONE, null);
  }

  /** A conditional GET: a page unchanged since the validators' copy ends {@code NOT_MODIFIED}. */
  public FetchResult fetch(String url, Validators validators) {
    return fetch(url, validators, null);
  }

  /**
   * @param validators sent with the first request only: they belong to this URL
   * @param hosts the hosts the URL and every redirect hop must be on, or null for any
   */
  public FetchResult fetch(String url, Validators validators, Collection<String> hosts) {
    return follow(url, Objects.requireNonNull(validators, "validators"), hosts, true);
  }

  /** The sitemaps named by robots.txt of the URL's site ({@code Sitemap:} lines). */
  public List<String> sitemapsOf(String url) {
    HttpUrl parsed = HttpUrl.parse(url);
    return parsed == null ? List.of() : robots.sitemaps(parsed);
  }

  /** The settings this fetcher was made with. */
  public HttpSettings settings() {
    return settings;
  }

  private FetchResult fetchOnOwnAccount(String url) {
    FetchResult result = follow(url, Validators.NONE, null, false);
    listener.accept(result);
    return result;
  }

  private FetchResult follow(String url, Validators validators, Collection<String> hosts,
      boolean askRobots) {
    List<Exchange> hops = new ArrayList<>();
    HttpUrl next = HttpUrl.parse(url);
    if (next == null) {
      return FetchResult.failed(url, hops, FetchOutcome.FAILED, "not an http(s) URL");
    }
    if (hosts != null && !hosts.contains(next.host())) {
      return FetchResult.failed(url, hops, FetchOutcome.OFF_HOST,
          "not on the outlet's hosts: " + next.host());
    }
    for (int hop = 0; ; hop++) {
      if (hop > 0 && hosts != null && !hosts.contains(next.host())) {
        return FetchResult.failed(url, hops, FetchOutcome.BAD_REDIRECT,
            "redirect leaves the outlet's hosts: " + next);
      }
      Robots.Verdict verdict = askRobots ? robots.check(next) : Robots.Verdict.ALLOWED;
      if (!verdict.allowed()) {
        return FetchResult.failed(url, hops, verdict.outcome(), verdict.reason());
      }
      PoliteCall.Attempt attempt = call.execute(next, hop == 0 ? validators : Validators.NONE,
          askRobots ? robots.crawlDelay(next) : Duration.ZERO);
      if (attempt.exchange() == null) {
        String where = hop == 0 ? "" : "redirect hop " + hop + " to " + next + ": ";
        return FetchResult.failed(url, hops, attempt.failure(), where + attempt.reason());
      }
      Exchange exchange = attempt.exchange();
      hops.add(exchange);
      String location = exchange.header("Location");
      if (!isRedirect(exchange.status()) || location == null) {
        return classify(url, hops, exchange, attempt.hold());
      }
      if (hop == settings.maxRedirects()) {
        return FetchResult.failed(url, hops, FetchOutcome.BAD_REDIRECT,
            "more than " + settings.maxRedirects() + " redirects");
      }
      HttpUrl target = next.resolve(location);
      if (target == null) {
        return FetchResult.failed(url, hops, FetchOutcome.BAD_REDIRECT,
            "redirect to an unusable location: " + location);
      }
      next = target;
    }
  }

  private static boolean isRedirect(int status) {
    return status >= 300 && status < 400 && status != 304;
  }

  private static FetchResult classify(String url, List<Exchange> hops, Exchange last,
      Pushback.Hold hold) {
    int status = last.status();
    if (status == 304) {
      return new FetchResult(url, hops, FetchOutcome.NOT_MODIFIED, null);
    }
    if (status >= 200 && status < 300) {
      return new FetchResult(url, hops, FetchOutcome.OK, null);
    }
    FetchOutcome outcome = status >= 500 ? FetchOutcome.SERVER_ERROR : FetchOutcome.CLIENT_ERROR;
    String reason = "HTTP " + status + (hold.duration().isZero() && hold.source() == null
        ? "" : "; " + hold.describe());
    return new FetchResult(url, hops, outcome, reason);
  }
}
