package dev.kliping.schedule;

import dev.kliping.config.OutletConfig;
import java.text.ParseException;
import java.time.Duration;
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
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
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
 * restarts: one job per outlet (on its cron, or on the default interval at its own slot) and one
 * revisit job. An outlet on a cron whose scheduled pass should have run since its last success
 * (the daemon was down, or it crashed mid-pass) is crawled at start-up, then the schedule goes on.
 */
final class Schedules {
  private static final Logger log = LoggerFactory.getLogger(Schedules.class);
  static final String PASSES = "outlet-pass";
  private static final JobKey REVISITS = JobKey.jobKey("revisits", "kliping");
  private static final String DATA_SOURCE = "archive";

  private Schedules() {}

  /** @param threads how many jobs may run at once: passes of different outlets, revisits */
  static Scheduler create(DataSource archive, DaemonContext context, boolean postgres,
      int threads) throws SchedulerException {
    return create(archive, context, postgres, threads, null, null);
  }

  /**
   * As above, as one node of a cluster when node is not null: Quartz's clustered JDBC job store,
   * where the nodes share the triggers, a job marked {@code @DisallowConcurrentExecution} runs on
   * one node at a time, and the jobs a dead node was running (it stops checking in) are run again
   * by another (they request recovery).
   *
   * @param checkin how often the node checks in with the others
   */
  static Scheduler create(DataSource archive, DaemonContext context, boolean postgres,
      int threads, String node, Duration checkin) throws SchedulerException {
    DBConnectionManager.getInstance().addConnectionProvider(DATA_SOURCE,
        new ArchiveConnections(archive));
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", "kliping");
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    // Passes are network-bound and polite (one request per host at a time, however many passes
    // run): a few threads keep many outlets going, and the pool bounds them.
    p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
    p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    p.setProperty("org.quartz.jobStore.driverDelegateClass", postgres
        ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
        : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
    p.setProperty("org.quartz.jobStore.dataSource", DATA_SOURCE);
    p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
    p.setProperty("org.quartz.jobStore.misfireThreshold", "30000");
    if (node != null) {
      p.setProperty("org.quartz.scheduler.instanceId", node);
      p.setProperty("org.quartz.jobStore.isClustered", "true");
      p.setProperty("org.quartz.jobStore.clusterCheckinInterval",
          Long.toString(checkin.toMillis()));
      // Quartz's advice for clusters: take triggers under the store's row lock, so two nodes
      // never acquire the same one.
      p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
    }
    Scheduler scheduler = new StdSchedulerFactory(p).getScheduler();
    scheduler.setJobFactory(new ContextJobFactory(context));
    return scheduler;
  }

  /**
   * Brings the stored jobs in line with the configuration: adds new outlets, updates changed
   * schedules, drops removed outlets. An outlet on a cron that is due (never crawled, or a pass
   * was missed) is crawled at once; an outlet on the default interval waits for its slot, at most
   * one interval away, so that many outlets never start together.
   */
  static void align(Scheduler scheduler, List<OutletConfig> outlets, Duration interval,
      int revisitSeconds, Function<String, Instant> lastSuccess, Instant now)
      throws SchedulerException {
    align(scheduler, outlets, interval, revisitSeconds, lastSuccess, now, true);
  }

  /**
   * As above; without the revisit job when {@code revisitJob} is false (cluster nodes run their
   * own revisit rounds, see {@link NodeRevisits}), which removes a stored one.
   */
  static void align(Scheduler scheduler, List<OutletConfig> outlets, Duration interval,
      int revisitSeconds, Function<String, Instant> lastSuccess, Instant now, boolean revisitJob)
      throws SchedulerException {
    Set<JobKey> wanted = new HashSet<>();
    for (OutletConfig outlet : outlets) {
      JobKey key = JobKey.jobKey(outlet.id(), PASSES);
      wanted.add(key);
      TriggerKey triggerKey = TriggerKey.triggerKey(outlet.id(), PASSES);
      Trigger trigger = passTrigger(outlet, interval, now, triggerKey, key);
      if (!scheduler.checkExists(key)) {
        // A pass cut short by a crash is run again when the daemon comes back, or, in a
        // cluster, at once by another node.
        JobDetail job = JobBuilder.newJob(OutletPassJob.class).withIdentity(key)
            .usingJobData(OutletPassJob.OUTLET, outlet.id()).storeDurably().requestRecovery()
            .build();
        try {
          scheduler.scheduleJob(job, trigger);
          log.info("{}: scheduled {}", outlet.id(), describe(outlet, interval, trigger));
        } catch (ObjectAlreadyExistsException e) {
          // Another node of the cluster, starting at the same moment, stored it first.
        }
      } else if (!sameSchedule(scheduler.getTrigger(triggerKey), outlet, interval)) {
        scheduler.rescheduleJob(triggerKey, trigger);
        log.info("{}: schedule changed to {}", outlet.id(), describe(outlet, interval, trigger));
      }
      Instant last = lastSuccess.apply(outlet.id());
      if (outlet.schedule() != null && isDue(outlet.schedule(), last, now)) {
        catchUp(scheduler, key);
        log.info("{}: due (last success {}), pass now", outlet.id(), last);
      }
    }
    for (JobKey stored : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(PASSES))) {
      if (!wanted.contains(stored)) {
        scheduler.deleteJob(stored);
        log.info("{}: no longer configured, schedule removed", stored.getName());
      }
    }
    if (revisitJob) {
      scheduleRevisits(scheduler, revisitSeconds);
    } else if (scheduler.checkExists(REVISITS)) {
      scheduler.deleteJob(REVISITS);
    }
  }

  /**
   * Fires the outlet's pass now, under a fixed trigger name: nodes of a cluster starting together
   * each find the outlet due, and the second of them finds the first one's trigger instead of
   * queueing a second pass.
   */
  private static void catchUp(Scheduler scheduler, JobKey key) throws SchedulerException {
    Trigger now = TriggerBuilder.newTrigger()
        .withIdentity(TriggerKey.triggerKey(key.getName(), "catch-up")).forJob(key).startNow()
        .build();
    try {
      scheduler.scheduleJob(now);
    } catch (ObjectAlreadyExistsException e) {
      // Already coming.
    }
  }

  /** The outlet's cron, or the default interval from the outlet's own slot in it. */
  private static Trigger passTrigger(OutletConfig outlet, Duration interval, Instant now,
      TriggerKey triggerKey, JobKey key) {
    TriggerBuilder<Trigger> builder = TriggerBuilder.newTrigger().withIdentity(triggerKey)
        .forJob(key);
    if (outlet.schedule() != null) {
      return builder.withSchedule(CronScheduleBuilder.cronSchedule(outlet.schedule())
              // Catching up is decided from the archive (isDue), not from Quartz misfires.
              .withMisfireHandlingInstructionDoNothing())
          .build();
    }
    return builder.startAt(Date.from(PassSlots.next(outlet.id(), interval, now)))
        .withSchedule(SimpleScheduleBuilder.simpleSchedule()
            .withIntervalInMilliseconds(interval.toMillis()).repeatForever()
            // A slot missed while the daemon was down is not made up: the next one comes soon.
            .withMisfireHandlingInstructionNextWithRemainingCount())
        .build();
  }

  private static String describe(OutletConfig outlet, Duration interval, Trigger trigger) {
    return outlet.schedule() != null ? "'" + outlet.schedule() + "'"
        : "every " + interval.toMinutes() + " min, first at " + trigger.getStartTime().toInstant();
  }

  private static void scheduleRevisits(Scheduler scheduler, int seconds)
      throws SchedulerException {
    Trigger trigger = TriggerBuilder.newTrigger().withIdentity("revisits", "kliping")
        .forJob(REVISITS).startNow()
        .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(seconds)
            .withMisfireHandlingInstructionNextWithRemainingCount())
        .build();
    if (!scheduler.checkExists(REVISITS)) {
      try {
        scheduler.scheduleJob(JobBuilder.newJob(RevisitJob.class).withIdentity(REVISITS)
            .storeDurably().build(), trigger);
      } catch (ObjectAlreadyExistsException e) {
        // Another node stored it first.
      }
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

  private static boolean sameSchedule(Trigger stored, OutletConfig outlet, Duration interval) {
    if (outlet.schedule() != null) {
      return stored instanceof CronTrigger c && c.getCronExpression().equals(outlet.schedule());
    }
    return stored instanceof SimpleTrigger s && s.getRepeatInterval() == interval.toMillis()
        && PassSlots.inStep(outlet.id(), interval, s.getStartTime().toInstant());
  }
}
