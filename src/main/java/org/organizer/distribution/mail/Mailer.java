package org.organizer.distribution.mail;

import java.util.List;
import java.util.UUID;
import org.organizer.distribution.delivery.BatchKind;
import org.organizer.distribution.delivery.Deliveries;
import org.organizer.distribution.delivery.NewDelivery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends single e-mails (confirmation links, notices) as durable deliveries: queued in the caller's
 * transaction, so a mail goes out exactly when what it confirms was saved.
 */
@Service
public class Mailer {

    private final Deliveries deliveries;
    private final MailChannel channel;

    Mailer(Deliveries deliveries, MailChannel channel) {
        this.deliveries = deliveries;
        this.channel = channel;
    }

    /**
     * @param purpose what this mail is, e.g. "Newsletter confirmations"; mails of one purpose are listed
     *     together per day on the deliveries page
     * @return the delivery's id
     */
    @Transactional
    public UUID send(String purpose, OutgoingMail mail) {
        var batch = deliveries.batchOfToday(BatchKind.MAIL, purpose);
        return deliveries
                .enqueue(
                        batch,
                        MailChannel.NAME,
                        List.of(new NewDelivery(mail.to(), channel.payload(mail))),
                        Deliveries.Urgency.HIGH)
                .getFirst();
    }
}
