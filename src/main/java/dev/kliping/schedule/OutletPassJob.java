package dev.kliping.schedule;

import dev.kliping.archive.OutletPass;
import dev.kliping.config.OutletConfig;
import dev.kliping.crawl.OutletSummary;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled pass over one outlet: discover, visit new and due articles, then the revisits
 * that are due. Quartz never runs two of one outlet at once; the outlet lock keeps the revisit
 * job out too, and a pass that fires while revisits are on its outlet waits for them to give way
 * rather than being skipped (see {@link OutletLocks}).
 */
@DisallowConcurrentExecution
final class OutletPassJob implements Job {
  static final String OUTLET = "outlet";
  private static final Logger log = LoggerFactory.getLogger(OutletPassJob.class);

  private final DaemonContext daemon;

  OutletPassJob(DaemonContext daemon) {
    this.daemon = daemon;
  }

  @Override
  public void execute(JobExecutionContext context) {
    pass(context.getMergedJobDataMap().getString(OUTLET));
  }

  /** The pass over the outlet with this id, as Quartz fires it. */
  void pass(String id) {
    OutletConfig outlet = daemon.outlet(id).orElse(null);
    if (outlet == null) {
      log.warn("{}: no longer configured; pass skipped", id);
      return;
    }
    Runnable pass = () -> daemon.work().run(id, OutletPass.PASS, () -> {
      try {
        OutletSummary done = daemon.crawler().scheduledPass(outlet);
        OutletSummary revisits = daemon.crawler().revisit(outlet, daemon.revisitBatch());
        log.info("{}: pass done: {}; revisits: {}", id, done, revisits);
      } catch (RuntimeException e) {
        // A job that throws is retried by nobody: log it and wait for the next fire.
        log.error("{}: pass failed: {}", id, e.toString(), e);
      }
    });
    // Revisits of the outlet in flight give way to the pass; it never gives way to them.
    daemon.locks().runPass(id, pass);
  }
}
