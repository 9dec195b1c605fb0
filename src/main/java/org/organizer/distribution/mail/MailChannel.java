package org.organizer.distribution.mail;

import org.organizer.distribution.delivery.Delivery;
import org.organizer.distribution.delivery.DeliveryChannel;
import org.organizer.distribution.delivery.PermanentDeliveryFailure;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Single e-mails whose whole content travels in the delivery: confirmation links, notices. */
@Component
class MailChannel implements DeliveryChannel {

    static final String NAME = "mail";

    private final SmtpMail smtp;
    private final JsonMapper json;

    MailChannel(SmtpMail smtp, JsonMapper json) {
        this.smtp = smtp;
        this.json = json;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void deliver(Delivery delivery) throws Exception {
        OutgoingMail mail;
        try {
            mail = json.readValue(delivery.payload(), OutgoingMail.class);
        } catch (JacksonException e) {
            throw new PermanentDeliveryFailure("The queued e-mail cannot be read: " + e.getOriginalMessage(), e);
        }
        smtp.send(delivery.id(), mail);
    }

    String payload(OutgoingMail mail) {
        return json.writeValueAsString(mail);
    }
}
