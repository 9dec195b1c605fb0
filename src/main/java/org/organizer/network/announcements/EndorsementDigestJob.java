package org.organizer.network.announcements;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SystemClock;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalDate;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;

/**
 * The digest as a durable recurring job: once a day at {@code organizer.network.announcements.digest-at}, on
 * one node only. Its schedule is written to the jobs table when the application is ready (the jobs
 * configuration knows tasks, but does not start recurring ones itself); a changed time replaces the old one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnnouncementProperties.class)
class EndorsementDigestJob {

    static final String TASK = "network-endorsement-digest";

    @Bean
    RecurringTask<Void> endorsementDigestTask(AnnouncementProperties properties, @Lazy EndorsementDigest digest) {
        return Tasks.recurring(TASK, Schedules.daily(properties.digestZone(), properties.digestAt()))
                .execute((instance, context) -> digest.run(LocalDate.now(properties.digestZone())));
    }

    @Bean
    DigestSchedule endorsementDigestSchedule(RecurringTask<Void> endorsementDigestTask, SchedulerClient scheduler) {
        return new DigestSchedule(endorsementDigestTask, scheduler);
    }

    record DigestSchedule(RecurringTask<Void> task, SchedulerClient scheduler) {
        @EventListener(ApplicationReadyEvent.class)
        void schedule() {
            task.onStartup(scheduler, new SystemClock());
        }
    }
}
