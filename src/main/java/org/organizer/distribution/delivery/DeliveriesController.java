package org.organizer.distribution.delivery;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/deliveries}: what went out per publication event, what is still queued, what failed and why.
 * Editors see recipients' addresses here, as they do when they send; correspondents do not.
 */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class DeliveriesController {

    private static final int BATCHES_SHOWN = 50;
    private static final int DELIVERIES_SHOWN = 200;
    private static final int REFRESH_SECONDS = 3;

    private final Deliveries deliveries;

    DeliveriesController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping("/admin/deliveries")
    String overview(Model model) {
        List<BatchSummary> batches = deliveries.recentBatches(BATCHES_SHOWN);
        boolean going = batches.stream().anyMatch(BatchSummary::inProgress);
        model.addAttribute("page", new DeliveriesPage(batches, going ? REFRESH_SECONDS : 0));
        return "distribution/deliveries";
    }

    @GetMapping("/admin/deliveries/{id}")
    String batch(@PathVariable String id, @RequestParam(required = false) @Nullable String notice, Model model) {
        BatchSummary batch = deliveries.batch(batchId(id)).orElseThrow(DeliveryBatchNotFound::new);
        model.addAttribute(
                "page",
                new BatchPage(
                        batch,
                        deliveries.deliveries(batch.id(), DeliveryState.FAILED, DELIVERIES_SHOWN),
                        deliveries.deliveries(batch.id(), DeliveryState.QUEUED, DELIVERIES_SHOWN).stream()
                                .filter(d -> d.attempts() > 0)
                                .toList(),
                        batch.inProgress() ? REFRESH_SECONDS : 0,
                        "retried".equals(notice) ? "distribution.deliveries.retried" : null));
        return "distribution/batch";
    }

    /** Without a delivery id, every failed delivery of the batch is queued again. */
    @PostMapping("/admin/deliveries/{id}/retry")
    String retry(@PathVariable String id, @RequestParam(required = false) @Nullable String delivery) {
        UUID batch = batchId(id);
        deliveries.batch(batch).orElseThrow(DeliveryBatchNotFound::new);
        deliveries.retryFailed(batch, delivery == null || delivery.isBlank() ? null : batchId(delivery));
        return "redirect:/admin/deliveries/" + batch + "?notice=retried";
    }

    private static UUID batchId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new DeliveryBatchNotFound();
        }
    }
}
