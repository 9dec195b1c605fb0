package org.organizer.distribution.delivery;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues messages as durable deliveries and reports on them. Each delivery is a row editors can see and a
 * job in the same transaction, so either both exist or neither; the job runs on whichever node picks it.
 */
@Service
public class Deliveries {

    /** Rows per insert statement and per batch of scheduled jobs. */
    private static final int CHUNK = 5_000;

    private final DeliveryRepository repository;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> deliveryTask;
    /** Every confirmation link is a mail in the batch of today of its purpose: read once a day, not per mail. */
    private final Map<String, KnownBatch> batchesOfToday = new ConcurrentHashMap<>();

    Deliveries(DeliveryRepository repository, SchedulerClient scheduler, OneTimeTask<Void> deliveryTask) {
        this.repository = repository;
        this.scheduler = scheduler;
        this.deliveryTask = deliveryTask;
    }

    /** Starts a batch: one publication event, e.g. an edition sent as a newsletter. */
    @Transactional
    public UUID startBatch(BatchKind kind, String title, @Nullable UserId createdBy) {
        UUID id = UUID.randomUUID();
        repository.insertBatch(id, kind, title.strip(), createdBy == null ? null : createdBy.value());
        return id;
    }

    /**
     * The batch of today with this title, started if there is none yet: single e-mails of one purpose
     * (confirmation links) are grouped per day instead of filling the deliveries page one by one.
     */
    @Transactional
    public UUID batchOfToday(BatchKind kind, String title) {
        String key = kind.code() + "\n" + title.strip();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        KnownBatch known = batchesOfToday.get(key);
        if (known != null && known.day().equals(today)) {
            return known.id();
        }
        UUID id = repository.batchOfToday(kind, title.strip()).orElseGet(() -> startBatch(kind, title, null));
        // Remembered once committed: a batch started in a transaction that rolls back does not exist.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                batchesOfToday.put(key, new KnownBatch(today, id));
            }
        });
        return id;
    }

    /** A batch of today found or started on this node; batches are never deleted. */
    private record KnownBatch(LocalDate day, UUID id) {}

    /**
     * Queues deliveries in a batch. Urgent ones (a confirmation link someone waits for) go ahead of a large
     * newsletter that is still going out.
     *
     * @return the ids of the new deliveries, in the order given
     */
    @Transactional
    public List<UUID> enqueue(UUID batch, String channel, List<NewDelivery> deliveries, Urgency urgency) {
        Instant now = Instant.now();
        List<UUID> queued = new ArrayList<>(deliveries.size());
        for (int from = 0; from < deliveries.size(); from += CHUNK) {
            List<NewDelivery> chunk = deliveries.subList(from, Math.min(deliveries.size(), from + CHUNK));
            List<UUID> ids = chunk.stream().map(d -> UUID.randomUUID()).toList();
            repository.insertDeliveries(batch, channel, ids, chunk);
            List<SchedulableInstance<?>> jobs = new ArrayList<>(ids.size());
            for (UUID id : ids) {
                jobs.add(deliveryTask
                        .instanceBuilder(id.toString())
                        .priority(urgency.priority)
                        .scheduledTo(now));
            }
            scheduler.scheduleBatch(jobs);
            queued.addAll(ids);
        }
        return queued;
    }

    /** Queues one failed delivery, or all failed deliveries of a batch, for another attempt now. */
    @Transactional
    public int retryFailed(UUID batch, @Nullable UUID delivery) {
        List<UUID> requeued = repository.requeueFailed(batch, delivery);
        Instant now = Instant.now();
        for (UUID id : requeued) {
            scheduler.scheduleIfNotExists(deliveryTask
                    .instanceBuilder(id.toString())
                    .priority(Urgency.NORMAL.priority)
                    .scheduledTo(now));
        }
        return requeued.size();
    }

    /**
     * Forgets an address everywhere deliveries keep it (the recipient shown to editors, and whole queued
     * e-mails of the mail channel), e.g. when a reader deletes their newsletter subscription. What was
     * already sent stays counted; a queued delivery to the address fails instead of going out.
     *
     * @return how many deliveries named the address
     */
    @Transactional
    public int forgetRecipient(String recipient) {
        return repository.forgetRecipient(recipient);
    }

    public List<BatchSummary> recentBatches(int limit) {
        return repository.recentBatches(limit);
    }

    public Optional<BatchSummary> batch(UUID id) {
        return repository.batch(id);
    }

    public List<DeliveryRecord> deliveries(UUID batch, DeliveryState state, int limit) {
        return repository.deliveries(batch, state, limit);
    }

    public Optional<DeliveryRecord> delivery(UUID id) {
        return repository.delivery(id);
    }

    /** How soon a delivery should go compared with others waiting. */
    public enum Urgency {
        /** Someone is waiting for it, e.g. a confirmation link. */
        HIGH(90),
        NORMAL(50);

        private final int priority;

        Urgency(int priority) {
            this.priority = priority;
        }
    }
}
