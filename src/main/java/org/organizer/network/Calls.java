package org.organizer.network;

import java.time.LocalDate;
import java.util.Optional;
import org.organizer.network.calls.CallRepository;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask about calls: days of action refer to them by {@link CallId}, endorsements are
 * taken only while {@link #isOpenForEndorsement(CallId)}. Answers include drafts; show only what
 * {@link Call#isPublic()} and {@link Call.Version#published()} allow.
 */
@Service
public class Calls {

    private final CallRepository repository;

    Calls(CallRepository repository) {
        this.repository = repository;
    }

    public Optional<Call> byId(CallId id) {
        return repository.byId(id);
    }

    /** The call with this slug in this language, whatever its state. */
    public Optional<Call> bySlug(String language, String slug) {
        return repository.bySlug(language, slug);
    }

    public Optional<LocalDate> decidedDate(CallId id) {
        return byId(id).map(Call::decidedDate);
    }

    public boolean isOpenForEndorsement(CallId id) {
        return byId(id).map(c -> c.status() == CallStatus.OPEN).orElse(false);
    }
}
