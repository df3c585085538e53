package dev.kliping.search;

import java.time.Duration;

/**
 * A search stopped because it ran past its time budget; its partial results are dropped, since
 * a count or ranking cut short would be wrong without saying so.
 */
public final class SearchTimedOut extends RuntimeException {
  SearchTimedOut(Duration budget) {
    super("the search was stopped after " + budget.toMillis() + " ms, its time budget;"
        + " use fewer words or narrow it with filters");
  }
}
