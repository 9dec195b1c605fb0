package org.organizer.network;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.network.calls.DemoCall;
import org.organizer.network.days.DemoDay;
import org.organizer.network.endorsements.DemoEndorsements;
import org.organizer.network.web.OrganisationForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code --demo}, an empty directory gets the network's whole cycle at once: four
 * fictional organisations in different countries (one verified by the demo editor's vouch), a call in English,
 * Spanish and Arabic whose date was decided by a poll, endorsed by organisations of several countries, and a
 * day of action linked to it with actions in port cities around the world. Nothing is mailed.
 */
@Component
@ConditionalOnProperty(name = "organizer.demo", havingValue = "true")
class NetworkDemo {

    static final String EDITOR_EMAIL = "editor@demo.invalid";
    private static final List<String> LANGUAGES = List.of("en", "es", "ar");

    private static final Logger log = LoggerFactory.getLogger(NetworkDemo.class);

    /** The demo's results, for the log and for tests. */
    record Loaded(CallId call, DayOfAction day) {}

    private final OrganisationDirectory directory;
    private final Accounts accounts;
    private final DemoCall calls;
    private final DemoEndorsements endorsements;
    private final DemoDay days;
    private final TransactionTemplate transaction;

    NetworkDemo(
            OrganisationDirectory directory,
            Accounts accounts,
            DemoCall calls,
            DemoEndorsements endorsements,
            DemoDay days,
            TransactionTemplate transaction) {
        this.directory = directory;
        this.accounts = accounts;
        this.calls = calls;
        this.endorsements = endorsements;
        this.days = days;
        this.transaction = transaction;
    }

    /**
     * Loads on an empty directory, in whichever order the demos run: the demo editor is the press demo's,
     * created here first when the press demo has not run yet (it then finds and reuses it).
     */
    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (!directory.all().isEmpty()) {
            log.info("Organisations exist; the network demo is not loaded");
            return;
        }
        Loaded loaded = transaction.execute(status -> loadInto(accounts.byEmail(EDITOR_EMAIL)
                .orElseGet(() -> accounts.create(EDITOR_EMAIL, "Demo Editor", Role.EDITOR, null))));
        if (loaded != null) {
            log.info(
                    "Network demo loaded: /en/calls and /en/days/{}",
                    loaded.day().slug());
        }
    }

    /** Adds the demo network whatever exists already; {@link #load()} calls it only on an empty directory. */
    Loaded loadInto(Actor editor) {
        Organisation harbour = organisation(
                editor,
                "trade-union",
                "IT",
                "Genoa",
                "Harbour Workers' Union (demo)",
                "Sindicato de Trabajadores del Puerto (demo)",
                "نقابة عمال الميناء (تجريبي)");
        directory.vouch(editor, harbour.id(), "A fictional organisation of the demo, vouched for by the demo editor.");
        Organisation dockers = organisation(
                editor,
                "trade-union",
                "BR",
                "Santos",
                "Dockers' Federation of the South (demo)",
                "Federación de Estibadores del Sur (demo)",
                "اتحاد عمال الشحن في الجنوب (تجريبي)");
        Organisation transport = organisation(
                editor,
                "association",
                "ZA",
                "Durban",
                "Port and Transport Workers' Association (demo)",
                "Asociación de Trabajadores del Puerto y el Transporte (demo)",
                "جمعية عمال الموانئ والنقل (تجريبي)");
        Organisation warehouse = organisation(
                editor,
                "committee",
                "KR",
                "Busan",
                "Warehouse Workers' Committee (demo)",
                "Comité de Trabajadores de Almacenes (demo)",
                "لجنة عمال المستودعات (تجريبي)");

        LocalDate decided = LocalDate.now(ZoneOffset.UTC).plusWeeks(4);
        CallId call = calls.issue(editor, harbour.id(), decided);
        for (Organisation o : List.of(harbour, dockers, transport, warehouse)) {
            endorse(call, o.names().get("en"), o.kind().code(), o.country());
        }
        endorse(call, "Marseille Dock Workers' Assembly (demo)", "committee", "FR");
        endorse(call, "Lima Port Workers' Network (demo)", "network", "PE");

        DayOfAction day = days.create(editor, call, decided, "safe-ports-" + decided);
        action(editor, day, "strike", "Genoa", "IT", "06:00", "Europe/Rome", harbour.slug(), "");
        action(
                editor,
                day,
                "picket",
                "Marseille",
                "FR",
                "07:30",
                "Europe/Paris",
                "",
                "Marseille Dock Workers' Assembly (demo)");
        action(editor, day, "march", "Santos", "BR", "10:00", "America/Sao_Paulo", dockers.slug(), "");
        action(editor, day, "rally", "Durban", "ZA", "12:00", "Africa/Johannesburg", transport.slug(), "");
        action(editor, day, "assembly", "Busan", "KR", "18:00", "Asia/Seoul", warehouse.slug(), "");
        action(editor, day, "vigil", "Lima", "PE", "19:00", "America/Lima", "", "Lima Port Workers' Network (demo)");
        action(
                editor,
                day,
                "meeting",
                "Rotterdam",
                "NL",
                "17:00",
                "Europe/Amsterdam",
                "",
                "Rotterdam Port Workers (demo)");
        action(editor, day, "picket", "Valparaíso", "CL", "08:00", "America/Santiago", "", "Valparaíso Dockers (demo)");
        return new Loaded(call, day);
    }

    private Organisation organisation(
            Actor editor, String kind, String country, String city, String en, String es, String ar) {
        Map<String, String> params = new HashMap<>();
        params.put("kind", kind);
        params.put("country", country);
        params.put("city", city);
        params.put("languages", "en");
        params.put("name.en", en);
        params.put("name.es", es);
        params.put("name.ar", ar);
        return directory.create(editor, OrganisationForm.of(params, LANGUAGES));
    }

    private void endorse(CallId call, String name, String kind, String country) {
        endorsements.endorse(
                call,
                Map.of(
                        "name",
                        name,
                        "kind",
                        kind,
                        "country",
                        country,
                        "website",
                        "",
                        "signerName",
                        "",
                        "signerRole",
                        "",
                        "email",
                        "endorsement." + country.toLowerCase(java.util.Locale.ROOT) + "@example.org"));
    }

    private void action(
            Actor editor,
            DayOfAction day,
            String kind,
            String city,
            String country,
            String time,
            String zone,
            String organisation,
            String organiser) {
        days.publishAction(
                editor,
                day,
                Map.of(
                        "kind", kind,
                        "city", city,
                        "country", country,
                        "time", time,
                        "zone", zone,
                        "organisation", organisation,
                        "organiser", organiser,
                        "description", ""));
    }
}
