package dev.kliping.web;

import java.time.LocalDate;

/** One day's new articles (first versions) and edits (later versions), by capture time, UTC. */
public record DayCount(LocalDate day, int articles, int edits) {}
