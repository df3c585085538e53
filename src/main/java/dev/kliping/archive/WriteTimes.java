package dev.kliping.archive;

/**
 * Where an archive's work went since it was opened, summed over all threads: for the crawl
 * benchmark's time per stage.
 *
 * @param warcRecords exchanges written to WARC files
 * @param warcNanos time writing them and forcing them to disk
 * @param transactions database transactions and reads
 * @param databaseNanos time in them, waits for a connection included
 */
public record WriteTimes(long warcRecords, long warcNanos, long transactions,
    long databaseNanos) {}
