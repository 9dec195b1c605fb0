package org.organizer.platform.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;

/**
 * Runs jobs on this node between the application's start and stop. A stopped db-scheduler cannot start
 * again (its thread pools are shut down), so every start builds a fresh one; this matters when a context is
 * stopped and started again, as Spring's test framework does with contexts it keeps for later.
 */
final class JobsLifecycle implements SmartLifecycle {

    private final Supplier<Scheduler> schedulers;
    private final boolean runJobs;
    private volatile @Nullable Scheduler running;

    JobsLifecycle(Supplier<Scheduler> schedulers, boolean runJobs) {
        this.schedulers = schedulers;
        this.runJobs = runJobs;
    }

    @Override
    public synchronized void start() {
        if (runJobs && running == null) {
            Scheduler scheduler = schedulers.get();
            scheduler.start();
            running = scheduler;
        }
    }

    @Override
    public synchronized void stop() {
        Scheduler scheduler = running;
        if (scheduler != null) {
            // Waits for running jobs to finish; a job cut short is taken over after missed heartbeats.
            scheduler.stop();
            running = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}
