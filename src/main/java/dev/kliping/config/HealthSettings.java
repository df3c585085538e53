package dev.kliping.config;

/**
 * When the daemon's {@code /readyz} says it is not ready.
 *
 * @param maxIndexLag versions stored but not yet searchable, at most
 * @param minFreeDiskMb free space on the archive's disk, at least, in MiB
 * @param outletLateFactor an outlet is late when its last successful pass is older than this
 *     many times its schedule's interval
 */
public record HealthSettings(long maxIndexLag, long minFreeDiskMb, double outletLateFactor) {
  public static final HealthSettings DEFAULTS = new HealthSettings(1000, 1024, 2.0);
}
