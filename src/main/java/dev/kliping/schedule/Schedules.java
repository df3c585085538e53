package dev.kliping.schedule;

import dev.kliping.config.OutletConfig;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz, with its job store in the archive database so schedules and misfires survive
 * restarts: one cron job per outlet and one revisit job. An outlet whose scheduled pass should
 * have run since its last success (the daemon was down, or it crashed mid-pass) is crawled at
 * start-up, then the schedule goes on.
 */
final class Schedules {
  private static final Logger log = LoggerFactory.getLogger(Schedules.class);
  static final String PASSES = "outlet-pass";
  private static final JobKey REVISITS = JobKey.jobKey("revisits", "kliping");
  private static final String DATA_SOURCE = "archive";

  private Schedules() {}

  static Scheduler create(DataSource archive, DaemonContext context, boolean postgres)
      throws SchedulerException {
    DBConnectionManager.getInstance().addConnectionProvider(DATA_SOURCE,
        new ArchiveConnections(archive));
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", "kliping");
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    // Passes are network-bound and polite (one request per host at a time): a few threads do.
    p.setProperty("org.quartz.threadPool.threadCount", "3");
    p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    p.setProperty("org.quartz.jobStore.driverDelegateClass", postgres
        ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
        : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
    p.setProperty("org.quartz.jobStore.dataSource", DATA_SOURCE);
    p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
    p.setProperty("org.quartz.jobStore.misfireThreshold", "30000");
    Scheduler scheduler = new StdSchedulerFactory(p).getScheduler();
    scheduler.setJobFactory(new ContextJobFactory(context));
    return scheduler;
  }

  /**
   * Brings the stored jobs in line with the configuration: adds new outlets (and runs them at
   * once, since they have never been crawled), updates changed crons, drops removed outlets.
   */
  static void align(Scheduler scheduler, List<OutletConfig> outlets, int revisitSeconds,
      Function<String, Instant> lastSuccess, Instant now) throws SchedulerException {
    Set<JobKey> wanted = new HashSet<>();
    for (OutletConfig outlet : outlets) {
      JobKey key = JobKey.jobKey(outlet.id(), PASSES);
      wanted.add(key);
      TriggerKey triggerKey = TriggerKey.triggerKey(outlet.id(), PASSES);
      Trigger trigger = TriggerBuilder.newTrigger().withIdentity(triggerKey).forJob(key)
          .withSchedule(CronScheduleBuilder.cronSchedule(outlet.schedule())
              // Catching up is decided from the archive (isDue), not from Quartz misfires.
              .withMisfireHandlingInstructionDoNothing())
          .build();
      if (!scheduler.checkExists(key)) {
        // A pass cut short by a crash is run again when the daemon comes back.
        JobDetail job = JobBuilder.newJob(OutletPassJob.class).withIdentity(key)
            .usingJobData(OutletPassJob.OUTLET, outlet.id()).storeDurably().requestRecovery()
            .build();
        scheduler.scheduleJob(job, trigger);
        log.info("{}: scheduled '{}'", outlet.id(), outlet.schedule());
      } else if (!sameCron(scheduler.getTrigger(triggerKey), outlet.schedule())) {
        scheduler.rescheduleJob(triggerKey, trigger);
        log.info("{}: schedule changed to '{}'", outlet.id(), outlet.schedule());
      }
      if (isDue(outlet.schedule(), lastSuccess.apply(outlet.id()), now)) {
        scheduler.triggerJob(key);
        log.info("{}: due (last success {}), pass now", outlet.id(),
            lastSuccess.apply(outlet.id()));
      }
    }
    for (JobKey stored : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(PASSES))) {
      if (!wanted.contains(stored)) {
        scheduler.deleteJob(stored);
        log.info("{}: no longer configured, schedule removed", stored.getName());
      }
    }
    scheduleRevisits(scheduler, revisitSeconds);
  }

  private static void scheduleRevisits(Scheduler scheduler, int seconds)
      throws SchedulerException {
    Trigger trigger = TriggerBuilder.newTrigger().withIdentity("revisits", "kliping")
        .forJob(REVISITS).startNow()
        .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(seconds)
            .withMisfireHandlingInstructionNextWithRemainingCount())
        .build();
    if (!scheduler.checkExists(REVISITS)) {
      scheduler.scheduleJob(JobBuilder.newJob(RevisitJob.class).withIdentity(REVISITS)
          .storeDurably().build(), trigger);
    } else {
      scheduler.rescheduleJob(trigger.getKey(), trigger);
    }
  }

  /** Due when a scheduled pass should have run since the last successful one, or never ran. */
  static boolean isDue(String cron, Instant lastSuccess, Instant now) {
    if (lastSuccess == null) {
      return true;
    }
    try {
      Date next = new CronExpression(cron).getNextValidTimeAfter(Date.from(lastSuccess));
      return next != null && !next.toInstant().isAfter(now);
    } catch (ParseException e) {
      throw new IllegalArgumentException("bad cron '" + cron + "'", e);
    }
  }

  private static boolean sameCron(Trigger trigger, String cron) {
    return trigger instanceof CronTrigger c && c.getCronExpression().equals(cron);
  }
}
