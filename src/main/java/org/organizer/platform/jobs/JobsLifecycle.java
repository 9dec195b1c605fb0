package org.organizer.platform.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.context.SmartLifecycle;

/**
 * Starts running jobs once the application is up and stops before the database goes away. When this node
 * does not run jobs the scheduler still serves as the client that schedules them for the nodes that do.
 */
final class JobsLifecycle implements SmartLifecycle {

    private final Scheduler scheduler;
    private final boolean runJobs;
    private volatile boolean running;

    JobsLifecycle(Scheduler scheduler, boolean runJobs) {
        this.scheduler = scheduler;
        this.runJobs = runJobs;
    }

    @Override
    public void start() {
        if (runJobs) {
            scheduler.start();
        }
        running = true;
    }

    @Override
    public void stop() {
        if (runJobs) {
            // Waits for running jobs to finish; a job cut short is taken over after missed heartbeats.
            scheduler.stop();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
