package dev.kliping.fetch;

import dev.kliping.archive.Exchange;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Makes one HTTP request when the host's turn comes: waits for the {@link HostThrottle}, sends the
 * conditional-GET validators, reads the response within the limits, and holds the host longer
 * when it pushed back. Never throws for a network problem: a failure is an {@link Attempt} too.
 */
final class PoliteCall {
  private final OkHttpClient client;
  private final HostThrottle throttle;
  private final HostTurns turns;
  private final Pushback pushback;
  private final ExchangeReader reader;
  private final Duration hostDelay;
  private final Duration maxWait;

  PoliteCall(OkHttpClient client, HostThrottle throttle, HostTurns turns, Pushback pushback,
      ExchangeReader reader, Duration hostDelay, Duration maxWait) {
    this.client = client;
    this.throttle = throttle;
    this.turns = turns;
    this.pushback = pushback;
    this.reader = reader;
    this.hostDelay = hostDelay;
    this.maxWait = maxWait;
  }

  /** A response with the hold it put on its host, or a failure: outcome and reason. */
  record Attempt(Exchange exchange, Pushback.Hold hold, FetchOutcome failure, String reason) {
    static Attempt failed(FetchOutcome outcome, String reason) {
      return new Attempt(null, Pushback.Hold.NONE, outcome, reason);
    }
  }

  /** @param crawlDelay the site's robots.txt Crawl-delay; used when longer than our own delay */
  Attempt execute(HttpUrl url, Validators validators, Duration crawlDelay) {
    String host = url.host();
    Duration delay = longer(hostDelay, shorter(crawlDelay, maxWait));
    Duration held;
    try {
      held = throttle.acquire(host, delay, maxWait);
    } catch (InterruptedIOException e) {
      return Attempt.failed(FetchOutcome.FAILED, e.getMessage());
    }
    if (!held.isZero()) {
      return heldBack(host, held);
    }
    // The other nodes of a cluster may be at this host too: their turn comes after ours.
    try {
      held = turns.take(host, maxWait);
    } catch (InterruptedIOException e) {
      throttle.release(host, Duration.ZERO);
      return Attempt.failed(FetchOutcome.FAILED, e.getMessage());
    } catch (RuntimeException e) {
      // The shared turns are out of reach (the database): this process's turn must not stay held.
      throttle.release(host, Duration.ZERO);
      throw e;
    }
    if (!held.isZero()) {
      throttle.release(host, Duration.ZERO);
      return heldBack(host, held);
    }
    Pushback.Hold hold = Pushback.Hold.NONE;
    try {
      Exchange exchange = call(url, validators);
      hold = pushback.after(host, exchange);
      return new Attempt(exchange, hold, null, null);
    } catch (IOException e) {
      return failure(e);
    } finally {
      try {
        turns.give(host, longer(delay, hold.duration()));
      } finally {
        throttle.release(host, hold.duration());
      }
    }
  }

  private static Attempt heldBack(String host, Duration held) {
    return Attempt.failed(FetchOutcome.HOST_HELD,
        host + " asked us to wait another " + held.toSeconds() + " s");
  }

  private Exchange call(HttpUrl url, Validators validators) throws IOException {
    RemoteAddress.Holder address = new RemoteAddress.Holder();
    Request.Builder request = new Request.Builder().url(url)
        .tag(RemoteAddress.Holder.class, address);
    if (validators.etag() != null) {
      request.header("If-None-Match", validators.etag());
    }
    if (validators.lastModified() != null) {
      request.header("If-Modified-Since", validators.lastModified());
    }
    try (Response response = client.newCall(request.build()).execute()) {
      return reader.read(response, address.address);
    }
  }

  private Attempt failure(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BlockedAddressException) {
        return Attempt.failed(FetchOutcome.BLOCKED, t.getMessage());
      }
    }
    if (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)) {
      // OkHttp's callTimeout: the whole exchange, slow body included, took too long.
      return Attempt.failed(FetchOutcome.FAILED,
          "whole-call deadline passed (" + describe(e) + ")");
    }
    return Attempt.failed(FetchOutcome.FAILED, describe(e));
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Duration shorter(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
