package org.organizer.cases;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code --demo}, an installation without cases gets two case files about clearly invented people (every
 * name ends in "(fictional)"): persons in roles, a timeline, an institution, a source, a lawyer for the team
 * only, a court for the network, and summaries in English, Spanish and Arabic published with the recorded
 * consent of the victims (one name too). A demo case worker and the administrator who opens the cases form the
 * teams: the press demo's administrator when it exists already, else a demo cases administrator (the press demo
 * creates its own with a password, so this one must never take its address).
 *
 * <p>Case-team values need an encryption key, and there is no default key: without one configured
 * ({@code organizer.cases.encryption-keys}) the demo loads no case and says so in the log. It never makes up a
 * key: a key written into the data directory would sit next to the database it protects.
 */
@Component
@ConditionalOnProperty(name = "organizer.demo", havingValue = "true")
class CaseDemo {

    static final String ADMINISTRATOR_EMAIL = "admin@demo.invalid";
    static final String WORKER_EMAIL = "caseworker@demo.invalid";

    private static final Logger log = LoggerFactory.getLogger(CaseDemo.class);

    /** The demo's cases, for the log and for tests. */
    record Loaded(List<CaseSummary> cases) {}

    private final Cases cases;
    private final CaseRepository rows;
    private final FieldCipher cipher;
    private final Accounts accounts;
    private final TransactionTemplate transaction;

    CaseDemo(Cases cases, CaseRepository rows, FieldCipher cipher, Accounts accounts, TransactionTemplate transaction) {
        this.cases = cases;
        this.rows = rows;
        this.cipher = cipher;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void load() {
        if (!cipher.configured()) {
            log.info("No case encryption key is configured: the case demo is not loaded. To see it, set one, e.g."
                    + " ORGANIZER_CASES_ENCRYPTIONKEYS_1=$(head -c32 /dev/urandom | base64), and start with --demo"
                    + " again (docs/cases.md)");
            return;
        }
        if (!rows.list(null, null, null).isEmpty()) {
            log.info("Cases exist; the case demo is not loaded");
            return;
        }
        Loaded loaded = transaction.execute(status -> loadInto(administrator()));
        if (loaded != null) {
            log.info("Case demo loaded: /en/cases, /admin/cases (case worker: {})", WORKER_EMAIL);
        }
    }

    private Actor administrator() {
        return accounts.byEmail(ADMINISTRATOR_EMAIL)
                .orElseGet(() -> accounts.create(
                        "cases-admin@demo.invalid", "Demo Cases Administrator", Role.ADMINISTRATOR, null));
    }

    /** Adds the demo cases whatever exists already; {@link #load()} calls it only when there is no case. */
    Loaded loadInto(Actor admin) {
        if (accounts.byEmail(WORKER_EMAIL).isEmpty()) {
            accounts.create(WORKER_EMAIL, "Demo Case Worker", Role.CORRESPONDENT, null);
        }
        Actor worker = accounts.byEmail(WORKER_EMAIL).orElseThrow();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        CaseSummary dockers = cases.open(
                admin,
                "PE",
                "DETAINED",
                "en",
                "Marta Inventada (fictional), a leader of an invented dockers' union, was arrested at the port gate"
                        + " during a strike for permanent contracts and has been held since without trial.");
        UUID id = dockers.id();
        cases.addTeamMember(admin, id, worker.email());
        cases.setVisibility(worker, id, "CASE", id, "summary", "en", "PUBLIC");
        summary(
                worker,
                id,
                "es",
                "Marta Inventada (ficticia), dirigente de un sindicato portuario inventado, fue"
                        + " detenida en la puerta del puerto durante una huelga por contratos fijos y sigue presa sin juicio.");
        summary(
                worker,
                id,
                "ar",
                "اعتُقلت مارتا إنفنتادا (شخصية خيالية)، وهي قيادية في نقابة عمال موانئ متخيَّلة، عند"
                        + " بوابة الميناء خلال إضراب من أجل عقود دائمة، وما زالت محتجزة دون محاكمة.");
        UUID marta = cases.addPerson(
                worker,
                id,
                "VICTIM",
                null,
                "Marta Inventada (fictional)",
                "1984",
                "Crane operator (fictional)",
                "Dockers' Union of an Invented Port (fictional)",
                "41");
        cases.setVisibility(worker, id, "PERSON", marta, "name", null, "PUBLIC");
        consent(worker, id, marta, "NAME", "PERSON", today.minusDays(20));
        consent(worker, id, marta, "STORY", "PERSON", today.minusDays(20));
        cases.addPerson(
                worker, id, "SOURCE", null, "Tomás Ejemplo (fictional)", null, "Dock worker (fictional)", null, null);
        event(worker, id, "ARREST", today.minusDays(60), "Callao", "Arrested at the port gate by a police unit.");
        event(worker, id, "DETENTION", today.minusDays(59), "Lima", "Held in pre-trial detention.");
        event(worker, id, "CHARGE", today.minusDays(45), "Lima", "Charged with obstructing a public service.");
        event(worker, id, "HEARING", today.minusDays(10), "Lima", "Hearing postponed; the defence was not heard.");
        cases.addInstitution(worker, id, "POLICE_UNIT", "Port Police Unit 7 (fictional)");
        cases.addSource(
                worker, id, "https://example.org/demo/dockers-strike", "Statement of the invented dockers' union");
        cases.setField(worker, id, "CASE", id, "charges", null, "Obstructing a public service (fictional case)");
        cases.setField(worker, id, "CASE", id, "lawyer", null, "Lucía Muestra (fictional)");
        cases.setField(worker, id, "CASE", id, "caseNumber", null, "DEMO-2026-0001");
        cases.setField(worker, id, "CASE", id, "court", null, "Second Criminal Court of an invented district");
        cases.setVisibility(worker, id, "CASE", id, "court", null, "NETWORK");

        CaseSummary textile = cases.open(
                admin,
                "TN",
                "ON_TRIAL",
                "en",
                "Two organisers of an invented textile workers' union, both fictional people, face trial after a"
                        + " sit-in against unpaid wages.");
        UUID other = textile.id();
        cases.addTeamMember(admin, other, worker.email());
        cases.setVisibility(worker, other, "CASE", other, "summary", "en", "PUBLIC");
        summary(
                worker,
                other,
                "es",
                "Dos organizadoras de un sindicato textil inventado, ambas personas ficticias,"
                        + " son juzgadas tras una sentada contra salarios impagos.");
        summary(
                worker,
                other,
                "ar",
                "تُحاكم منظِّمتان في نقابة عمال نسيج متخيَّلة، وكلتاهما شخصيتان خياليتان، بعد"
                        + " اعتصام احتجاجًا على أجور غير مدفوعة.");
        UUID salma = cases.addPerson(
                worker,
                other,
                "VICTIM",
                null,
                "Salma Mithal (fictional)",
                "1990",
                "Seamstress (fictional)",
                null,
                "35");
        UUID nour = cases.addPerson(
                worker,
                other,
                "VICTIM",
                null,
                "Nour Namudhaj (fictional)",
                "1995",
                "Seamstress (fictional)",
                null,
                "30");
        consent(worker, other, salma, "STORY", "PERSON", today.minusDays(8));
        consent(worker, other, nour, "STORY", "FAMILY", today.minusDays(7));
        event(worker, other, "ARREST", today.minusDays(30), "Monastir", "Arrested at the end of the sit-in.");
        event(worker, other, "RELEASE", today.minusDays(28), "Monastir", "Released on bail.");
        event(worker, other, "HEARING", today.minusDays(3), "Monastir", "First hearing; the trial goes on.");
        cases.addInstitution(worker, other, "COURT", "Court of First Instance of an invented town (fictional)");
        cases.setField(worker, other, "CASE", other, "charges", null, "Obstructing the freedom of work (fictional)");
        cases.setField(worker, other, "CASE", other, "lawyer", null, "Karim Mustanad (fictional)");
        return new Loaded(List.of(dockers, textile));
    }

    private void summary(Actor worker, UUID id, String language, String text) {
        cases.setField(worker, id, "CASE", id, "summary", language, text);
        cases.setVisibility(worker, id, "CASE", id, "summary", language, "PUBLIC");
    }

    private void consent(Actor worker, UUID id, UUID person, String scope, String by, LocalDate on) {
        cases.recordConsent(worker, id, person, scope, by, on.toString());
    }

    private void event(Actor worker, UUID id, String kind, LocalDate on, String city, @Nullable String description) {
        cases.addEvent(worker, id, kind, on.toString(), eventCountry(id), city, description);
    }

    private String eventCountry(UUID id) {
        return rows.byId(id).orElseThrow().country();
    }
}
