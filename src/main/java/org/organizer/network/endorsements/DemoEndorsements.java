package org.organizer.network.endorsements;

import java.util.Map;
import java.util.UUID;
import org.organizer.network.CallId;
import org.organizer.network.EndorsementPublished;
import org.organizer.network.Organisations;
import org.organizer.platform.LinkTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirmed, published endorsements for the demo's call, checked like the public form's but recorded as
 * confirmed, so no mail is sent. Used by {@code NetworkDemo} (with {@code --demo}); it does nothing by itself.
 */
@Component
public class DemoEndorsements {

    private final Organisations organisations;
    private final EndorsementRepository repository;
    private final ApplicationEventPublisher events;

    DemoEndorsements(Organisations organisations, EndorsementRepository repository, ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.repository = repository;
        this.events = events;
    }

    /** Publishes the endorsement of an organisation typed as in the public form (name, kind, country, email...). */
    @Transactional
    public void endorse(CallId call, Map<String, String> typed) {
        EndorsementRules.Form form = EndorsementRules.check(typed);
        UUID id = UUID.randomUUID();
        repository.add(
                id,
                call,
                organisations.recognise(form.name(), form.websiteHost()).orElse(null),
                form,
                LinkTokens.hash(LinkTokens.newToken()));
        repository.confirm(id, EndorsementRepository.State.PUBLIC, null);
        repository.log(id, null, "published", null);
        events.publishEvent(new EndorsementPublished(call, id, form.country()));
        events.publishEvent(new EndorsementsChanged());
    }
}
