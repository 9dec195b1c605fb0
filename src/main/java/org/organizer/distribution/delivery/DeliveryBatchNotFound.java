package org.organizer.distribution.delivery;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** The address names no batch of deliveries (or not a valid id). */
final class DeliveryBatchNotFound extends UserFacingException {
    DeliveryBatchNotFound() {
        super(HttpStatus.NOT_FOUND, "distribution.deliveries.notFound");
    }
}
