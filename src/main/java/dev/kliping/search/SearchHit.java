package dev.kliping.search;

import java.time.Instant;
import java.time.OffsetDateTime;

/** One version that matched: where it is, what it says, and a passage of its body. */
public record SearchHit(String url, String outlet, String title, OffsetDateTime published,
    int version, Instant captured, Snippet snippet) {}
