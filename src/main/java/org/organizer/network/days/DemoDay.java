package org.organizer.network.days;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.organizer.accounts.Actor;
import org.organizer.maps.Gazetteer;
import org.organizer.network.CallId;
import org.organizer.network.DayOfAction;
import org.organizer.network.DayOfActionChanged;
import org.organizer.network.Organisations;
import org.organizer.platform.LinkTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's day of action and its published actions, checked like the registration form's (cities from the
 * gazetteer) but recorded as published, so no mail is sent. Used by {@code NetworkDemo} (with {@code --demo});
 * it does nothing by itself.
 */
@Component
public class DemoDay {

    private final DayService service;
    private final DayRepository repository;
    private final Gazetteer gazetteer;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;

    DemoDay(
            DayService service,
            DayRepository repository,
            Gazetteer gazetteer,
            Organisations organisations,
            ApplicationEventPublisher events) {
        this.service = service;
        this.repository = repository;
        this.gazetteer = gazetteer;
        this.organisations = organisations;
        this.events = events;
    }

    /** The day, titled in English, Spanish and Arabic, linked to the call. */
    @Transactional
    public DayOfAction create(Actor editor, CallId call, LocalDate date, String slug) {
        DayRules.Checked checked = DayRules.check(
                Map.of(
                        "title.en",
                        "Day of action for safe ports",
                        "title.es",
                        "Jornada de acción por puertos seguros",
                        "title.ar",
                        "يوم عمل من أجل موانئ آمنة",
                        "slug",
                        slug,
                        "date",
                        date.toString(),
                        "call",
                        call.value().toString()),
                List.of("en", "es", "ar"));
        return service.createDay(editor, checked);
    }

    /** A published action, typed as in the registration form (kind, city, country, time, zone, organiser...). */
    @Transactional
    public void publishAction(Actor editor, DayOfAction day, Map<String, String> typed) {
        ActionRules.Checked checked =
                ActionRules.check(ActionForm.of(typed), day.date(), gazetteer, organisations, false, "en");
        Action action = new Action(
                UUID.randomUUID(),
                day.id(),
                checked.kind(),
                checked.city(),
                checked.place().country(),
                checked.place().latitude(),
                checked.place().longitude(),
                checked.meetingPoint(),
                checked.showMeetingPoint(),
                checked.startsAt(),
                checked.zone(),
                checked.organisation() == null ? null : checked.organisation().id(),
                checked.organiser(),
                checked.description(),
                ActionStatus.PUBLISHED,
                null);
        repository.insertAction(action, editor.email(), null, LinkTokens.hash(LinkTokens.newToken()), editor.id());
        events.publishEvent(new DayOfActionChanged(day.id()));
    }
}
