package dev.kliping.fetch;

import dev.kliping.archive.Exchange;
import java.util.List;
import java.util.Objects;

/**
 * What fetching one URL produced: every response on the way (redirect hops first, the final
 * response last), how it ended and, when it failed, why in plain words.
 */
public record FetchResult(String url, List<Exchange> exchanges, FetchOutcome outcome,
    String reason) {

  public FetchResult {
    Objects.requireNonNull(url, "url");
    exchanges = List.copyOf(exchanges);
    Objects.requireNonNull(outcome, "outcome");
  }

  /** The last response, or null when the server never answered. */
  public Exchange response() {
    return exchanges.isEmpty() ? null : exchanges.get(exchanges.size() - 1);
  }

  /** The URL of the last response: where redirects led. */
  public String finalUrl() {
    Exchange last = response();
    return last == null ? url : last.url();
  }

  static FetchResult failed(String url, List<Exchange> hops, FetchOutcome outcome, String reason) {
    return new FetchResult(url, hops, outcome, reason);
  }
}
