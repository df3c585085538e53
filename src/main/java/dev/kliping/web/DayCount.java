package dev.kliping.web;

import java.time.LocalDate;

/**
 * One day's new articles (first versions) and publisher edits, by capture time, UTC; our own
 * re-extractions are not edits and are not counted.
 *
 * @param edits every publisher edit: {@code substantive} plus {@code cosmetic}
 * @param substantive edits that change what the story says (or that predate classification)
 * @param cosmetic edits of punctuation, spelling, case or order only
 */
public record DayCount(LocalDate day, int articles, int edits, int substantive, int cosmetic) {}
