package org.organizer.platform.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.logging.LogLevel;
import com.github.kagkarlsson.scheduler.task.Task;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.web.context.WebApplicationContext;

/**
 * Durable jobs in PostgreSQL with db-scheduler. Modules contribute their {@link Task}s as beans and schedule
 * instances through {@link SchedulerClient}. Built here rather than with the library's Spring Boot starter,
 * whose Boot 3 health and metrics integration does not activate under Boot 4.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobsProperties.class)
class JobsConfiguration {

    /**
     * Schedules jobs for whichever node runs them. Transaction-aware, so a job scheduled inside a
     * transaction exists exactly when that transaction commits.
     */
    @Bean
    SchedulerClient schedulerClient(DataSource dataSource, List<Task<?>> tasks) {
        return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .enablePriority()
                .build();
    }

    @Bean
    JobsLifecycle jobsLifecycle(
            DataSource dataSource, List<Task<?>> tasks, JobsProperties properties, ApplicationContext context) {
        boolean runJobs = properties.enabled() && context instanceof WebApplicationContext;
        return new JobsLifecycle(
                () -> Scheduler.create(dataSource, tasks)
                        .threads(properties.threads())
                        .pollUsingLockAndFetch(0.5, 1.0)
                        .pollingInterval(properties.pollingInterval())
                        .heartbeatInterval(properties.heartbeatInterval())
                        .missedHeartbeatsLimit(properties.missedHeartbeats())
                        .enablePriority()
                        .failureLogging(LogLevel.DEBUG, false)
                        .shutdownMaxWait(properties.shutdownWait())
                        .build(),
                runJobs);
    }
}
