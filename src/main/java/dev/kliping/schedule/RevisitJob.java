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
 * Visits the known articles that have come due, outlet by outlet, so edits are caught between
 * discovery passes. An outlet in the middle of a pass is left to that pass.
 */
@DisallowConcurrentExecution
final class RevisitJob implements Job {
  private static final Logger log = LoggerFactory.getLogger(RevisitJob.class);

  private final DaemonContext daemon;

  RevisitJob(DaemonContext daemon) {
    this.daemon = daemon;
  }

  @Override
  public void execute(JobExecutionContext context) {
    for (OutletConfig outlet : daemon.outlets()) {
      revisit(outlet);
    }
  }

  /**
   * Visits the outlet's due pages, unless a pass of it is running or waiting here; ends after the
   * page in flight when a pass comes, which visits the due pages itself.
   */
  void revisit(OutletConfig outlet) {
    daemon.locks().runRevisits(outlet.id(), () -> daemon.work().run(outlet.id(),
        OutletPass.REVISITS, () -> {
          try {
            OutletSummary s = daemon.crawler().revisit(outlet, daemon.revisitBatch(),
                () -> daemon.locks().passWaiting(outlet.id()));
            if (s.fetched() + s.errors() > 0) {
              log.info("{}: revisits: {}", outlet.id(), s);
            }
          } catch (RuntimeException e) {
            log.error("{}: revisits failed: {}", outlet.id(), e.toString(), e);
          }
        }));
  }
}
