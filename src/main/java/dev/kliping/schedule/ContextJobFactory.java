package dev.kliping.schedule;

import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Makes kliping's jobs with the daemon's context, which cannot be stored in the job store. */
final class ContextJobFactory implements JobFactory {
  private final DaemonContext daemon;

  ContextJobFactory(DaemonContext daemon) {
    this.daemon = daemon;
  }

  @Override
  public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
    Class<? extends Job> type = bundle.getJobDetail().getJobClass();
    if (type == OutletPassJob.class) {
      return new OutletPassJob(daemon);
    }
    if (type == RevisitJob.class) {
      return new RevisitJob(daemon);
    }
    throw new SchedulerException("unknown job class " + type.getName());
  }
}
