package org.organizer.network.announcements;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.organizer.distribution.announce.Announcement;
import org.organizer.distribution.announce.AnnouncementKind;
import org.organizer.distribution.announce.Announcements;
import org.organizer.network.Call;
import org.organizer.network.CallId;
import org.organizer.network.Calls;
import org.organizer.network.EndorsementPublished;
import org.organizer.network.EndorsementWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily digest of new endorsements: each endorsement made public is noted (call and country only), and
 * once a day every call with new ones gets one announcement in each of its published languages, counting
 * them by country. An endorsement withdrawn before the digest is not counted.
 */
@Service
class EndorsementDigest {

    private final JdbcClient jdbc;
    private final Calls calls;
    private final Announcements announcements;
    private final AnnouncementTexts texts;

    EndorsementDigest(JdbcClient jdbc, Calls calls, Announcements announcements, AnnouncementTexts texts) {
        this.jdbc = jdbc;
        this.calls = calls;
        this.announcements = announcements;
        this.texts = texts;
    }

    /**
     * Noted in the transaction that makes the endorsement public (and forgotten in the one that withdraws it),
     * so a withdrawal can never be handled before the publication it undoes.
     */
    @EventListener
    void on(EndorsementPublished event) {
        jdbc.sql("""
                        INSERT INTO network_endorsement_digest_entry (endorsement_id, call_id, country)
                        VALUES (?, ?, ?) ON CONFLICT DO NOTHING
                        """)
                .params(event.endorsementId(), event.callId().value(), event.country())
                .update();
    }

    @EventListener
    void on(EndorsementWithdrawn event) {
        jdbc.sql("DELETE FROM network_endorsement_digest_entry WHERE endorsement_id = ?")
                .param(event.endorsementId())
                .update();
    }

    private record Entry(UUID endorsement, UUID call, String country) {}

    /**
     * Announces the endorsements noted so far, one digest per call and day. Rows are locked, so two nodes
     * running it at once do not count an endorsement twice; a call that already had its digest that day keeps
     * its new endorsements for the next one.
     *
     * @return how many calls were announced
     */
    @Transactional
    public int run(LocalDate day) {
        List<Entry> entries = jdbc.sql("""
                        SELECT endorsement_id, call_id, country FROM network_endorsement_digest_entry
                        ORDER BY published_at FOR UPDATE SKIP LOCKED
                        """)
                .query((rs, row) -> new Entry(
                        rs.getObject("endorsement_id", UUID.class),
                        rs.getObject("call_id", UUID.class),
                        rs.getString("country")))
                .list();
        Map<UUID, List<Entry>> byCall =
                entries.stream().collect(Collectors.groupingBy(Entry::call, LinkedHashMap::new, Collectors.toList()));
        int announced = 0;
        for (var call : byCall.entrySet()) {
            Call found = calls.byId(new CallId(call.getKey())).orElse(null);
            if (found == null) {
                forget(call.getValue());
                continue;
            }
            if (!found.isPublic()) {
                continue;
            }
            Map<String, Announcement.Version> versions = versions(found, call.getValue());
            if (versions.isEmpty()) {
                continue;
            }
            if (announcements.announce(Announcement.of(
                    "endorsements:" + found.id() + ":" + day, AnnouncementKind.ENDORSEMENTS_DIGEST, versions))) {
                forget(call.getValue());
                announced++;
            }
        }
        return announced;
    }

    private Map<String, Announcement.Version> versions(Call call, List<Entry> entries) {
        Map<String, Long> byCountry =
                new TreeMap<>(entries.stream().collect(Collectors.groupingBy(Entry::country, Collectors.counting())));
        Map<String, Announcement.Version> versions = new LinkedHashMap<>();
        for (Call.Version version : call.versions()) {
            if (!version.published()) {
                continue;
            }
            String language = version.language();
            String countries = byCountry.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
                            .thenComparing(e -> AnnouncementTexts.country(language, e.getKey())))
                    .map(e -> texts.t(
                            language,
                            "network.announce.endorsements.country",
                            AnnouncementTexts.country(language, e.getKey()),
                            e.getValue()))
                    .collect(Collectors.joining(", "));
            versions.put(
                    language,
                    new Announcement.Version(
                            texts.t(language, "network.announce.endorsements.title", entries.size(), version.title()),
                            texts.t(language, "network.announce.endorsements.text", countries),
                            CallAnnouncements.path(version)));
        }
        return versions;
    }

    private void forget(List<Entry> entries) {
        jdbc.sql("DELETE FROM network_endorsement_digest_entry WHERE endorsement_id = ANY (?)")
                .param(entries.stream().map(Entry::endorsement).toArray(UUID[]::new))
                .update();
    }
}
