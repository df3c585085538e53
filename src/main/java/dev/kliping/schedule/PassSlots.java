package dev.kliping.schedule;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;

/**
 * Where in the default interval an outlet without a cron is crawled: at a fixed offset taken
 * from a hash of its id, counted from the epoch. The slot does not depend on the other outlets,
 * so adding one moves no other, and a restart keeps every outlet's slot; a hundred outlets land
 * spread over the interval instead of all at its start.
 */
final class PassSlots {
  private PassSlots() {}

  /** The outlet's offset within each interval, from zero up to (not including) the interval. */
  static Duration offset(String outletId, Duration interval) {
    long hash = ByteBuffer.wrap(sha256(outletId)).getLong();
    return Duration.ofMillis(Math.floorMod(hash, interval.toMillis()));
  }

  /** The outlet's first slot after {@code now}: within one interval of it. */
  static Instant next(String outletId, Duration interval, Instant now) {
    long every = interval.toMillis();
    long t = now.toEpochMilli();
    long latest = t - Math.floorMod(t - offset(outletId, interval).toMillis(), every);
    return Instant.ofEpochMilli(latest + every);
  }

  /** True when {@code start} is one of the outlet's slots: a stored trigger still in step. */
  static boolean inStep(String outletId, Duration interval, Instant start) {
    return Math.floorMod(start.toEpochMilli(), interval.toMillis())
        == offset(outletId, interval).toMillis();
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
